/**
 * The LRS connection a fellow or their program sets up in Settings. Kept in this browser only
 * (a device-only setting: never in the build, never in a backup file).
 */
import { getSetting, setSetting } from '@/db/settings'
import type { Actor } from '@/lib/xapi/types'
import { CONFIG_KEY, STATUS_KEY } from './keys'

export type LrsAuth = { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; token: string }

export interface XapiConfig {
  enabled: boolean
  /** The LRS's xAPI base, e.g. https://lrs.example.org/xapi/ ("statements" is added to it). */
  endpoint: string
  auth: LrsAuth
  /** The fellow's name in the LRS account: anything they choose, not necessarily their real name. */
  accountName: string
  /** Who issues the account name; defaults to this deployment's address. */
  accountHomePage: string
  /** Sent instead of the account only when the fellow enters one. */
  email?: string
  /** Scaled score at or above which a finished test is reported as passed (0–1). */
  passMark: number
}

export { CONFIG_KEY, STATUS_KEY }

/** This deployment's address, ending in "/": the root of every activity id Dolor sends. */
export function deploymentBase(): string {
  return new URL(import.meta.env.BASE_URL, globalThis.location?.origin ?? 'http://localhost/').href
}

export function defaultConfig(): XapiConfig {
  return { enabled: false, endpoint: '', auth: { kind: 'basic', username: '', password: '' }, accountName: '', accountHomePage: deploymentBase(), passMark: 0.7 }
}

export async function loadConfig(): Promise<XapiConfig | undefined> {
  return getSetting<XapiConfig | undefined>(CONFIG_KEY, undefined)
}

export function saveConfig(config: XapiConfig): Promise<boolean> {
  return setSetting(CONFIG_KEY, config)
}

export function actorOf(config: XapiConfig): Actor {
  return config.email?.trim()
    ? { objectType: 'Agent', mbox: `mailto:${config.email.trim()}` }
    : { objectType: 'Agent', account: { homePage: config.accountHomePage, name: config.accountName.trim() } }
}

/** The statements resource under the configured endpoint, whether or not it ends in "/". */
export function statementsUrl(endpoint: string): string {
  return new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href
}

export function authorizationHeader(auth: LrsAuth): string {
  if (auth.kind === 'bearer') return `Bearer ${auth.token.trim()}`
  // btoa needs Latin-1: encode the UTF-8 bytes so a name like "Zoë" survives.
  const bytes = new TextEncoder().encode(`${auth.username}:${auth.password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

const loopback = new Set(['localhost', '127.0.0.1', '[::1]'])

/** What is wrong with a configuration before it is saved, field by field; empty when it is usable. */
export function configProblems(config: XapiConfig): Partial<Record<'endpoint' | 'credentials' | 'accountName' | 'accountHomePage' | 'email' | 'passMark', string>> {
  const problems: ReturnType<typeof configProblems> = {}
  let url: URL | undefined
  try {
    url = new URL(config.endpoint)
  } catch {
    problems.endpoint = 'Enter the LRS address, for example https://lrs.example.org/xapi/'
  }
  if (url && url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback.has(url.hostname)))
    problems.endpoint = 'Use an https:// address: credentials must not travel unencrypted (http:// is accepted only for this computer, for testing).'
  if (config.auth.kind === 'basic' ? !config.auth.username.trim() || !config.auth.password : !config.auth.token.trim())
    problems.credentials = config.auth.kind === 'basic' ? 'Enter the username (key) and password (secret) your LRS gave you.' : 'Enter the token your LRS gave you.'
  if (!config.email?.trim() && !config.accountName.trim()) problems.accountName = 'Choose a name for your records, for example the code your program gave you.'
  try {
    new URL(config.accountHomePage)
  } catch {
    problems.accountHomePage = 'Enter an address such as https://your-program.example.org/'
  }
  if (config.email?.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(config.email.trim())) problems.email = 'Enter an e-mail address such as name@example.org, or leave it empty.'
  if (!(config.passMark >= 0 && config.passMark <= 1)) problems.passMark = 'The pass mark is a percentage from 0 to 100.'
  return problems
}

export interface SenderStatus {
  lastSentAt?: number
  lastError?: { at: number; message: string }
}

export const loadStatus = () => getSetting<SenderStatus>(STATUS_KEY, {})
export const saveStatus = (status: SenderStatus) => setSetting(STATUS_KEY, status)

/**
 * Keeps the outbox moving while Dolor is open: projects new learning into statements when
 * records change, sends when online, and wakes for the next retry. Only one tab sends at a
 * time (Web Locks), though any tab may project: the cursor makes that safe.
 */
import { nextRetryAt, retryNow } from '@/db/outbox'
import { watchLearning } from '@/db/watch'
import { loadConfig, loadStatus, saveStatus, type XapiConfig } from './config'
import { projectLearning } from './projector'
import { drainOutbox, type SendOptions } from './sender'

let stopWatching: (() => void) | undefined
let timer: ReturnType<typeof setTimeout> | undefined
let running: Promise<void> | undefined
let again = false
/** After a 401/403, wait for new settings (or "Send now") rather than hammer the LRS. */
let authBlocked = false
let sendOptions: SendOptions = {}

async function withSendLock(task: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return task()
  await locks.request('dolor-xapi-sender', { ifAvailable: true }, async (lock) => {
    if (lock) await task()
  })
}

async function cycle(): Promise<void> {
  const config = await loadConfig()
  if (!config?.enabled) return
  const projected = await projectLearning(config)
  if (projected.invalid.length) await recordError(`Dolor built a statement that breaks the xAPI rules and did not queue it: ${projected.invalid[0]}`)
  if (authBlocked || (typeof navigator !== 'undefined' && navigator.onLine === false)) return
  await withSendLock(() => send(config))
  const next = await nextRetryAt()
  if (next !== undefined && next > Date.now()) schedule(next - Date.now())
}

async function send(config: XapiConfig): Promise<void> {
  const result = await drainOutbox(config, sendOptions)
  const status = await loadStatus()
  if (result.error) {
    authBlocked = Boolean(result.authFailed)
    await saveStatus({ ...status, ...(result.delivered ? { lastSentAt: Date.now() } : {}), lastError: { at: Date.now(), message: result.error } })
  } else if (result.delivered) {
    await saveStatus({ lastSentAt: Date.now() })
  }
}

async function recordError(message: string) {
  await saveStatus({ ...(await loadStatus()), lastError: { at: Date.now(), message } })
}

/** Runs a cycle now, or right after the one in progress. */
export function kick(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    do {
      again = false
      await cycle().catch((error: unknown) => recordError(error instanceof Error ? error.message : String(error)))
    } while (again)
  })().finally(() => (running = undefined))
  return running
}

function schedule(delayMs: number) {
  clearTimeout(timer)
  timer = setTimeout(() => void kick(), Math.max(0, delayMs))
}

const onOnline = () => {
  authBlocked = false
  void retryNow().then(() => kick())
}

/** Starts the runner once per tab (idempotent). */
export function startXapi(options: SendOptions = {}): void {
  sendOptions = options
  if (stopWatching) return void kick()
  stopWatching = watchLearning(() => void kick())
  globalThis.addEventListener?.('online', onOnline)
  void kick()
}

/** "Send now" and saved settings: forget earlier backoff and credential failures, then send. */
export async function sendNow(): Promise<void> {
  authBlocked = false
  await retryNow()
  await kick()
}

export function stopXapi(): void {
  stopWatching?.()
  stopWatching = undefined
  clearTimeout(timer)
  globalThis.removeEventListener?.('online', onOnline)
}

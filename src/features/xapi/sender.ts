/**
 * Drains the outbox to the LRS. Statements carry their own UUIDs, so a batch whose reply was lost
 * can be sent again safely: the LRS either stores it or reports the ids as already there (409),
 * which counts as delivered. Nothing leaves the outbox until the LRS has it or refuses it as
 * invalid; an LRS that is down, slow or rate-limiting is retried with growing pauses.
 */
import { deferStatements, dueStatements, markDelivered, rejectStatements } from '@/db/outbox'
import type { OutboxRow } from '@/db/types'
import { authorizationHeader, statementsUrl, type XapiConfig } from './config'

export const XAPI_VERSION = '1.0.3'

export interface SendOptions {
  fetch?: typeof fetch
  now?: () => number
  batchSize?: number
  /** A request slower than this is abandoned and retried later. */
  timeoutMs?: number
}

export interface DrainResult {
  delivered: number
  rejected: number
  /** Set when sending stopped early: the LRS is unreachable, refusing credentials, or failing. */
  error?: string
  /** The LRS refused the credentials: retrying will not help until the settings change. */
  authFailed?: boolean
}

/** 5 s, 10 s, 20 s … up to 30 minutes, with ±20 % jitter so many browsers do not retry in step. */
export function backoffMs(tries: number, random = Math.random): number {
  const base = Math.min(5_000 * 2 ** tries, 30 * 60_000)
  return Math.round(base * (0.8 + 0.4 * random()))
}

type Reply = { kind: 'status'; status: number; body: string } | { kind: 'network'; message: string }

async function request(url: string, init: RequestInit, options: Required<Pick<SendOptions, 'fetch' | 'timeoutMs'>>): Promise<Reply> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    // no-store: a GET must ask the LRS each time (a cached 401 would hide fixed credentials).
    const response = await options.fetch(url, { ...init, cache: 'no-store', signal: controller.signal })
    const body = await response.text().catch(() => '')
    return { kind: 'status', status: response.status, body }
  } catch (error) {
    const aborted = controller.signal.aborted
    return { kind: 'network', message: aborted ? `the LRS did not answer within ${Math.round(options.timeoutMs / 1000)} s` : error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}

const describe = (reply: Reply) =>
  reply.kind === 'network' ? `Could not reach the LRS (${reply.message}).` : `The LRS answered ${reply.status}${reply.body ? `: ${reply.body.replace(/\s+/g, ' ').slice(0, 200)}` : ''}.`

export async function drainOutbox(config: XapiConfig, options: SendOptions = {}): Promise<DrainResult> {
  const opts = { fetch: options.fetch ?? globalThis.fetch.bind(globalThis), timeoutMs: options.timeoutMs ?? 30_000 }
  const now = options.now ?? Date.now
  const batchSize = options.batchSize ?? 50
  const url = statementsUrl(config.endpoint)
  const headers = { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorizationHeader(config.auth) }
  const result: DrainResult = { delivered: 0, rejected: 0 }

  const post = (rows: OutboxRow[]) => request(url, { method: 'POST', headers, body: JSON.stringify(rows.map((r) => r.statement)) }, opts)
  const put = (row: OutboxRow) => request(`${url}?statementId=${encodeURIComponent(row.id)}`, { method: 'PUT', headers, body: JSON.stringify(row.statement) }, opts)

  const deliver = async (rows: OutboxRow[]) => {
    await markDelivered(rows.map((r) => r.id))
    result.delivered += rows.length
  }

  /** Sends rows; returns false when sending must stop for now (the rows are deferred or kept). */
  const send = async (rows: OutboxRow[]): Promise<boolean> => {
    const reply = rows.length === 1 ? await put(rows[0]!) : await post(rows)
    if (reply.kind === 'status') {
      const { status } = reply
      if (status === 200 || status === 204) return deliver(rows).then(() => true)
      // 409: some ids are already stored, from a send whose reply was lost. Alone, the
      // statement is there; in a batch, send each on its own (PUT) to learn which.
      if (status === 409) {
        if (rows.length === 1) return deliver(rows).then(() => true)
        for (const row of rows) if (!(await send([row]))) return false
        return true
      }
      // 400 or 413: something in the batch is refused. Halve until the culprit is alone, so
      // its neighbours still go through; a statement refused alone is set aside, not retried.
      if (status === 400 || status === 413) {
        if (rows.length === 1) {
          await rejectStatements([rows[0]!.id], describe(reply))
          result.rejected += 1
          result.error = `The LRS refused a statement as invalid. ${describe(reply)}`
          return true
        }
        const half = Math.ceil(rows.length / 2)
        return (await send(rows.slice(0, half))) && send(rows.slice(half))
      }
      if (status === 401 || status === 403) {
        result.error = `The LRS refused the credentials (${status}). Check the username and password or token in Settings; nothing is lost meanwhile.`
        result.authFailed = true
        return false
      }
    }
    // Down, slow, rate-limited (429) or failing (5xx): wait and try again later.
    const tries = Math.max(...rows.map((r) => r.tries))
    await deferStatements(rows.map((r) => r.id), describe(reply), now() + backoffMs(tries))
    result.error = describe(reply)
    return false
  }

  for (;;) {
    const rows = await dueStatements(now(), batchSize)
    if (!rows.length) return result
    if (!(await send(rows))) return result
  }
}

export type ConnectionCheck = { ok: true; message: string } | { ok: false; message: string }

/** Asks the LRS who it is (no credentials needed), then whether it accepts these credentials. */
export async function testConnection(config: XapiConfig, options: SendOptions = {}): Promise<ConnectionCheck> {
  const opts = { fetch: options.fetch ?? globalThis.fetch.bind(globalThis), timeoutMs: options.timeoutMs ?? 15_000 }
  const base = statementsUrl(config.endpoint).replace(/statements$/, '')
  const about = await request(`${base}about`, { headers: { 'X-Experience-API-Version': XAPI_VERSION } }, opts)
  if (about.kind === 'network')
    return { ok: false, message: `Could not reach ${base} (${about.message}). Check the address, that the LRS is running, and that it allows requests from this site (CORS).` }
  if (about.status !== 200) return { ok: false, message: `${base}about answered ${about.status}: this does not look like an xAPI endpoint. The address usually ends in /xapi/ or similar.` }
  const auth = await request(`${statementsUrl(config.endpoint)}?limit=1`, { headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorizationHeader(config.auth) } }, opts)
  if (auth.kind === 'network') return { ok: false, message: `The LRS answered, but the authenticated request failed (${auth.message}).` }
  if (auth.status === 200) return { ok: true, message: 'Connected: the LRS accepts these credentials.' }
  if (auth.status === 401) return { ok: false, message: 'The LRS is reachable but refused these credentials (401).' }
  if (auth.status === 403) return { ok: true, message: 'Connected. These credentials cannot read statements (403), which is normal for write-only keys; sending should work.' }
  return { ok: false, message: `The LRS answered ${auth.status} to an authenticated request.` }
}

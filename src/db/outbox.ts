/**
 * The xAPI outbox: statements wait here until the LRS has them. Rows are keyed by the
 * statement's UUID, so re-sending after a lost reply can only ever repeat the same statement.
 */
import { db } from './database'
import { read, write } from './safe'
import type { OutboxRow } from './types'

export interface Projection<C> {
  /** Bumped by every commit: a tab whose read is out of date loses the race and starts again. */
  revision: number
  cursor: C
}

const CURSOR_KEY = 'xapiCursor'

export function readProjection<C>(): Promise<Projection<C> | undefined> {
  return read(async () => (await db.settings.get(CURSOR_KEY))?.value as Projection<C> | undefined, undefined)
}

/**
 * Queues statements and moves the cursor past what they describe, atomically. Returns false
 * (and writes nothing) when another tab committed since `revision` was read.
 */
export async function commitProjection<C>(revision: number, cursor: C, statements: { id: string; statement: unknown }[], now = Date.now()): Promise<boolean> {
  let committed = false
  const ok = await write(() =>
    db.transaction('rw', db.settings, db.outbox, async () => {
      const current = (await db.settings.get(CURSOR_KEY))?.value as Projection<C> | undefined
      if ((current?.revision ?? 0) !== revision) return
      const rows: OutboxRow[] = statements.map((s, i) => ({ id: s.id, statement: s.statement, createdAt: now + i / 1000, tries: 0, nextTryAt: 0, state: 'pending' }))
      if (rows.length) await db.outbox.bulkAdd(rows)
      await db.settings.put({ key: CURSOR_KEY, value: { revision: revision + 1, cursor } satisfies Projection<C>, updatedAt: now })
      committed = true
    }),
  )
  return ok && committed
}

/** Starts projecting afresh from `cursor` (sending switched on): what happened before is not sent. */
export async function resetProjection<C>(cursor: C, now = Date.now()): Promise<boolean> {
  return write(async () => {
    const current = (await db.settings.get(CURSOR_KEY))?.value as Projection<C> | undefined
    await db.settings.put({ key: CURSOR_KEY, value: { revision: (current?.revision ?? 0) + 1, cursor }, updatedAt: now })
  })
}

/** The oldest pending statements that are not backing off. */
export function dueStatements(now: number, limit: number): Promise<OutboxRow[]> {
  return read(async () => {
    return db.outbox.orderBy('createdAt').filter((r) => r.state === 'pending' && r.nextTryAt <= now).limit(limit).toArray()
  }, [])
}

/** When the earliest backing-off statement may be tried again (undefined when none wait). */
export function nextRetryAt(): Promise<number | undefined> {
  return read(async () => {
    const rows = await db.outbox.filter((r) => r.state === 'pending').toArray()
    return rows.length ? Math.min(...rows.map((r) => r.nextTryAt)) : undefined
  }, undefined)
}

export function markDelivered(ids: readonly string[]): Promise<boolean> {
  return write(() => db.outbox.bulkDelete([...ids]))
}

export function deferStatements(ids: readonly string[], error: string, nextTryAt: number): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.outbox, async () => {
      await db.outbox
        .where('id')
        .anyOf([...ids])
        .modify((r) => {
          r.tries += 1
          r.nextTryAt = nextTryAt
          r.lastError = error
        })
    }),
  )
}

export function rejectStatements(ids: readonly string[], error: string): Promise<boolean> {
  return write(() => db.outbox.where('id').anyOf([...ids]).modify({ state: 'rejected', lastError: error }))
}

/** Puts refused statements back in the queue (after the LRS or its settings were fixed). */
export function retryRejected(): Promise<boolean> {
  return write(() => db.outbox.filter((r) => r.state === 'rejected').modify({ state: 'pending', nextTryAt: 0, tries: 0 }))
}

export function discardRejected(): Promise<boolean> {
  return write(() => db.outbox.filter((r) => r.state === 'rejected').delete())
}

/** Makes every backing-off statement due now ("Send now", back online, new settings). */
export function retryNow(): Promise<boolean> {
  return write(() => db.outbox.filter((r) => r.state === 'pending' && r.nextTryAt > 0).modify({ nextTryAt: 0 }))
}

export interface OutboxSummary {
  pending: number
  rejected: number
  /** The error of the most recently failed statement, if any is still waiting. */
  lastError?: string
}

export function outboxSummary(): Promise<OutboxSummary> {
  return read(async () => {
    const rows = await db.outbox.toArray()
    const failed = rows.filter((r) => r.lastError).sort((a, b) => b.createdAt - a.createdAt)[0]
    return { pending: rows.filter((r) => r.state === 'pending').length, rejected: rows.filter((r) => r.state === 'rejected').length, ...(failed?.lastError ? { lastError: failed.lastError } : {}) }
  }, { pending: 0, rejected: 0 })
}

export function listOutbox(): Promise<OutboxRow[]> {
  return read(() => db.outbox.orderBy('createdAt').toArray(), [])
}

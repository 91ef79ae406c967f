/**
 * Every schema version Dolor has shipped, oldest first. A new version is a new dated
 * entry with a named upgrade function and an upgrade test (tests/unit/db-upgrade.test.ts)
 * that seeds the version before it. Never edit a shipped entry.
 */
import type { Transaction } from 'dexie'
import { needsReview, newCard } from '@/lib/srs'
import type { Attempt, ReviewCard } from './types'

export interface SchemaVersion {
  version: number
  /** The day the version was written, for humans reading the history. */
  date: string
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

export const v1_2026_11_27: SchemaVersion = {
  version: 1,
  date: '2026-11-27',
  stores: {
    sectionProgress: '[moduleId+sectionId], moduleId, lastVisitedAt',
    attempts: '++id, questionId, answeredAt, [context+contextId]',
    caseRuns: 'caseId, moduleId, updatedAt',
    settings: 'key',
  },
}

/**
 * v2: self-assessment tests (issue 10), plus flags and notes that follow an item across
 * tests and review. Purely additive: v1 rows are untouched, so the upgrade has nothing to move.
 */
export const v2_2026_11_27: SchemaVersion = {
  version: 2,
  date: '2026-11-27',
  stores: {
    tests: 'id, createdAt, status',
    flags: 'questionId, flaggedAt',
    notes: 'questionId, updatedAt',
  },
}

/**
 * v3: spaced review (issue 11). Cards keyed by item with `due` indexed for "what is due now";
 * an append-only log per review. Additive: attempts already answered wrongly are queued by
 * the upgrade, so a fellow who had been studying finds their misses waiting.
 */
export const v3_2026_11_27: SchemaVersion = {
  version: 3,
  date: '2026-11-27',
  stores: {
    reviewCards: 'questionId, due, moduleId',
    reviewLogs: '++id, questionId, reviewedAt',
  },
  upgrade: queueEarlierMisses,
}

async function queueEarlierMisses(tx: Transaction): Promise<void> {
  const cards = new Map<string, ReviewCard>()
  await tx.table('attempts').each((a: Attempt) => {
    if (a.context === 'review' || !needsReview(a.correct, a.confidence)) return
    const known = cards.get(a.questionId)
    if (!known || a.answeredAt < known.addedAt) cards.set(a.questionId, { ...newCard(a.answeredAt), questionId: a.questionId, moduleId: a.moduleId, addedAt: a.answeredAt })
  })
  await tx.table('reviewCards').bulkPut([...cards.values()])
}

/**
 * v4: the xAPI outbox (issue 13). A statement is written here, with its UUID, before any attempt
 * to send it, and leaves only when the LRS has it. `createdAt` keeps sending in the order things
 * happened; `nextTryAt` lets the sender skip rows that are backing off. Additive: nothing to move.
 */
export const v4_2026_11_27: SchemaVersion = {
  version: 4,
  date: '2026-11-27',
  stores: {
    outbox: 'id, createdAt, nextTryAt',
  },
}

export const schemaVersions: readonly SchemaVersion[] = [v1_2026_11_27, v2_2026_11_27, v3_2026_11_27, v4_2026_11_27]

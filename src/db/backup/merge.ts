/**
 * Merging a backup into what a browser already holds, without losing either side. Pure:
 * the same rules run for the preview ("what will this add?") and inside the import
 * transaction, against the rows as they are at that moment.
 *
 * - attempts and review logs are append-only: a union by identity (item, place and time),
 *   keeping the file's numeric id where this browser has not used it (so a restore onto an
 *   empty browser is exact) and taking a fresh one where it has;
 * - section progress: completed wins, earliest first visit, latest last visit, most time;
 * - case runs: the run updated last; tests: the one furthest along; notes: the newer;
 *   settings: the newer (a row without a date counts as oldest, and a tie keeps this browser's);
 * - flags: a union;
 * - review cards: each card keeps whichever side's history (log) is longer, with that log.
 */
import type { BackupTables } from './format'

type Row<K extends keyof BackupTables> = BackupTables[K][number]

export interface MergePlan {
  put: { [K in keyof BackupTables]: Row<K>[] }
  /** Local review-log ids replaced by a longer history from the file. */
  deleteReviewLogIds: number[]
  /** New rows and changed rows, per table, for the preview. */
  summary: { [K in keyof BackupTables]: { added: number; updated: number } }
}

const attemptKey = (a: Row<'attempts'>) => `${a.questionId}\u0000${a.context}\u0000${a.contextId}\u0000${a.answeredAt}`
const logKey = (l: Row<'reviewLogs'>) => `${l.questionId}\u0000${l.reviewedAt}`

/** Rows of an append-only table that the file adds, with ids kept where they are free. */
function appendOnly<T extends { id?: number }>(local: readonly T[], incoming: readonly T[], identity: (r: T) => string, usedIds: Set<number>): T[] {
  const known = new Set(local.map(identity))
  const added: T[] = []
  for (const row of incoming) {
    const k = identity(row)
    if (known.has(k)) continue
    known.add(k)
    if (row.id !== undefined && !usedIds.has(row.id)) {
      usedIds.add(row.id)
      added.push(row)
    } else {
      const fresh = { ...row }
      delete fresh.id
      added.push(fresh)
    }
  }
  return added
}

/** JSON with keys sorted, so two rows compare by content whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  )
}

/** Merges keyed rows: `pick` returns the row to keep, or undefined to keep the local one as is. */
function keyed<T>(local: readonly T[], incoming: readonly T[], keyOf: (r: T) => string, pick: (mine: T, theirs: T) => T | undefined) {
  const mine = new Map(local.map((r) => [keyOf(r), r]))
  const put: T[] = []
  let added = 0
  let updated = 0
  for (const theirs of incoming) {
    const k = keyOf(theirs)
    const current = mine.get(k)
    if (!current) {
      put.push(theirs)
      mine.set(k, theirs)
      added++
      continue
    }
    const chosen = pick(current, theirs)
    if (chosen && canonical(chosen) !== canonical(current)) {
      put.push(chosen)
      mine.set(k, chosen)
      updated++
    }
  }
  return { put, added, updated }
}

const progressOf = (t: Row<'tests'>) => [t.status === 'completed' ? 1 : 0, Object.keys(t.answers).length, t.elapsedMs] as const
function furtherAlong(a: Row<'tests'>, b: Row<'tests'>): boolean {
  const [x, y] = [progressOf(a), progressOf(b)]
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}

export function planMerge(local: BackupTables, incoming: BackupTables): MergePlan {
  const sectionProgress = keyed(local.sectionProgress, incoming.sectionProgress, (r) => `${r.moduleId}\u0000${r.sectionId}`, (m, t) => {
    const completed = m.status === 'completed' || t.status === 'completed'
    const completedAt = [m.completedAt, t.completedAt].filter((x): x is number => x !== undefined)
    return {
      moduleId: m.moduleId,
      sectionId: m.sectionId,
      status: completed ? ('completed' as const) : ('visited' as const),
      firstVisitedAt: Math.min(m.firstVisitedAt, t.firstVisitedAt),
      lastVisitedAt: Math.max(m.lastVisitedAt, t.lastVisitedAt),
      ...(completed && completedAt.length ? { completedAt: Math.min(...completedAt) } : {}),
      secondsSpent: Math.max(m.secondsSpent, t.secondsSpent),
    }
  })
  const caseRuns = keyed(local.caseRuns, incoming.caseRuns, (r) => r.caseId, (m, t) => (t.updatedAt > m.updatedAt ? t : undefined))
  const tests = keyed(local.tests, incoming.tests, (r) => r.id, (m, t) => (furtherAlong(t, m) ? t : undefined))
  const notes = keyed(local.notes, incoming.notes, (r) => r.questionId, (m, t) => (t.updatedAt > m.updatedAt ? t : undefined))
  const settings = keyed(local.settings, incoming.settings, (r) => r.key, (m, t) => ((t.updatedAt ?? 0) > (m.updatedAt ?? 0) ? t : undefined))
  const flags = keyed(local.flags, incoming.flags, (r) => r.questionId, () => undefined)

  const attempts = appendOnly(local.attempts, incoming.attempts, attemptKey, new Set(local.attempts.flatMap((a) => (a.id === undefined ? [] : [a.id]))))

  // Review: per item, the longer history wins, card and log together.
  const logsBy = (logs: readonly Row<'reviewLogs'>[]) => {
    const m = new Map<string, Row<'reviewLogs'>[]>()
    for (const l of logs) m.set(l.questionId, [...(m.get(l.questionId) ?? []), l])
    return m
  }
  const myLogs = logsBy(local.reviewLogs)
  const theirLogs = logsBy(incoming.reviewLogs)
  const myCards = new Map(local.reviewCards.map((c) => [c.questionId, c]))
  const theirCards = new Map(incoming.reviewCards.map((c) => [c.questionId, c]))
  const cardsPut: Row<'reviewCards'>[] = []
  const replacedLogs: Row<'reviewLogs'>[] = []
  const incomingLogs: Row<'reviewLogs'>[] = []
  let cardsAdded = 0
  let cardsUpdated = 0
  for (const q of new Set([...theirCards.keys(), ...theirLogs.keys()])) {
    const mineLog = myLogs.get(q) ?? []
    const theirsLog = theirLogs.get(q) ?? []
    const theirCard = theirCards.get(q)
    const myCard = myCards.get(q)
    if (theirsLog.length > mineLog.length) {
      replacedLogs.push(...mineLog)
      incomingLogs.push(...theirsLog)
      if (theirCard) {
        cardsPut.push(theirCard)
        if (myCard) cardsUpdated++
        else cardsAdded++
      }
    } else if (!myCard && theirCard && mineLog.length === 0) {
      cardsPut.push(theirCard)
      cardsAdded++
    }
  }
  const deleteReviewLogIds = replacedLogs.flatMap((l) => (l.id === undefined ? [] : [l.id]))
  const remainingLogs = local.reviewLogs.filter((l) => !replacedLogs.includes(l))
  const reviewLogs = appendOnly(remainingLogs, incomingLogs, logKey, new Set(remainingLogs.flatMap((l) => (l.id === undefined ? [] : [l.id]))))

  return {
    put: { sectionProgress: sectionProgress.put, attempts, caseRuns: caseRuns.put, settings: settings.put, tests: tests.put, flags: flags.put, notes: notes.put, reviewCards: cardsPut, reviewLogs },
    deleteReviewLogIds,
    summary: {
      sectionProgress: { added: sectionProgress.added, updated: sectionProgress.updated },
      attempts: { added: attempts.length, updated: 0 },
      caseRuns: { added: caseRuns.added, updated: caseRuns.updated },
      settings: { added: settings.added, updated: settings.updated },
      tests: { added: tests.added, updated: tests.updated },
      flags: { added: flags.added, updated: 0 },
      notes: { added: notes.added, updated: notes.updated },
      reviewCards: { added: cardsAdded, updated: cardsUpdated },
      reviewLogs: { added: reviewLogs.length, updated: 0 },
    },
  }
}

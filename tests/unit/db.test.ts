/**
 * The database layer on fake-indexeddb: the shipped schema, the repositories, and what
 * happens when a write fails (the fellow is told; nothing saved before is lost).
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { latestAttempts, saveAttempt } from '@/db/attempts'
import { advanceCase, completeCase, getCaseRun, restartCase, saveCaseAnswer } from '@/db/case-runs'
import { db, DolorDatabase } from '@/db/database'
import { addTimeSpent, getSectionProgress, lastVisitedSection, recordVisit, setCompleted } from '@/db/progress'
import { openDatabase } from '@/db/safe'
import { schemaVersions, v1_2026_11_27, v2_2026_11_27, v3_2026_11_27, v4_2026_11_27 } from '@/db/schema'
import { getCard, listDueCards, logsFor, recordReview } from '@/db/review'
import { setAttemptConfidence } from '@/db/attempts'
import Dexie from 'dexie'
import { useStorageStatus } from '@/db/status'

beforeEach(async () => {
  useStorageStatus.setState({ state: 'unknown', message: undefined })
  await db.delete()
  await openDatabase()
})
afterEach(() => vi.restoreAllMocks())

describe('schema', () => {
  it('keeps shipped versions frozen: v1 (2026-11-27) is exactly what browsers already have', () => {
    expect(schemaVersions[0]).toBe(v1_2026_11_27)
    expect(v1_2026_11_27.stores).toEqual({
      sectionProgress: '[moduleId+sectionId], moduleId, lastVisitedAt',
      attempts: '++id, questionId, answeredAt, [context+contextId]',
      caseRuns: 'caseId, moduleId, updatedAt',
      settings: 'key',
    })
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1))
  })

  it('opens on an empty browser with every table and index of the latest version', async () => {
    const fresh = new DolorDatabase('dolor-schema-test')
    await fresh.open()
    const tables = Object.fromEntries(fresh.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]))
    expect(tables).toEqual({
      sectionProgress: ['[moduleId+sectionId]', 'moduleId', 'lastVisitedAt'],
      attempts: ['++id', 'questionId', 'answeredAt', '[context+contextId]'],
      caseRuns: ['caseId', 'moduleId', 'updatedAt'],
      settings: ['key'],
      tests: ['id', 'createdAt', 'status'],
      flags: ['questionId', 'flaggedAt'],
      notes: ['questionId', 'updatedAt'],
      reviewCards: ['questionId', 'due', 'moduleId'],
      reviewLogs: ['++id', 'questionId', 'reviewedAt'],
      outbox: ['id', 'createdAt', 'nextTryAt'],
    })
    fresh.close()
    await fresh.delete()
  })
})

describe('upgrades', () => {
  it('v1 → v2 (2026-11-27): a browser holding v1 data opens at the latest version with every row kept and the new tables empty', async () => {
    const name = 'dolor-upgrade-v1-v2'
    const old = new Dexie(name)
    old.version(1).stores(v1_2026_11_27.stores)
    await old.open()
    await old.table('sectionProgress').add({ moduleId: 'm', sectionId: 's', status: 'completed', firstVisitedAt: 1, lastVisitedAt: 2, completedAt: 3, secondsSpent: 40 })
    await old.table('attempts').add({ questionId: 'q', moduleId: 'm', selected: ['b'], correct: true, context: 'inline', contextId: 's', answeredAt: 5, msSpent: 9, contentHash: 'h' })
    await old.table('caseRuns').add({ caseId: 'c', moduleId: 'm', stageReached: 2, answers: {}, startedAt: 1, updatedAt: 2 })
    await old.table('settings').add({ key: 'theme', value: 'dark' })
    old.close()

    const upgraded = new DolorDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(schemaVersions.at(-1)?.version)
    expect(await upgraded.sectionProgress.get(['m', 's'])).toMatchObject({ status: 'completed', secondsSpent: 40 })
    expect(await upgraded.attempts.where('questionId').equals('q').count()).toBe(1)
    expect(await upgraded.caseRuns.get('c')).toMatchObject({ stageReached: 2 })
    expect(await upgraded.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' })
    expect(await upgraded.tests.count()).toBe(0)
    await upgraded.flags.put({ questionId: 'q', flaggedAt: 7 })
    expect(await upgraded.flags.count()).toBe(1)
    upgraded.close()
    await Dexie.delete(name)
  })
})

describe('upgrade v2 → v3 (2026-11-27)', () => {
  it('queues every item answered wrongly or unsurely before review existed, once, due when it was first missed', async () => {
    const name = 'dolor-upgrade-v2-v3'
    const old = new Dexie(name)
    old.version(1).stores(v1_2026_11_27.stores)
    old.version(2).stores(v2_2026_11_27.stores)
    await old.open()
    const base = { moduleId: 'm', selected: ['a'], context: 'inline', contextId: 's', msSpent: 1, contentHash: 'h' }
    await old.table('attempts').bulkAdd([
      { ...base, questionId: 'missed', correct: false, answeredAt: 50 },
      { ...base, questionId: 'missed', correct: false, answeredAt: 20 },
      { ...base, questionId: 'right', correct: true, answeredAt: 30 },
      { ...base, questionId: 'lucky', correct: true, confidence: 'guessing', answeredAt: 40 },
    ])
    await old.table('tests').add({ id: 't', createdAt: 1, status: 'completed' })
    old.close()

    const upgraded = new DolorDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(schemaVersions.at(-1)?.version)
    const cards = await upgraded.reviewCards.orderBy('questionId').toArray()
    expect(cards.map((c) => [c.questionId, c.due, c.addedAt, c.state])).toEqual([
      ['lucky', 40, 40, 'new'],
      ['missed', 20, 20, 'new'],
    ])
    expect(await upgraded.attempts.count()).toBe(4)
    expect(await upgraded.tests.get('t')).toMatchObject({ status: 'completed' })
    expect(await upgraded.reviewLogs.count()).toBe(0)
    upgraded.close()
    await Dexie.delete(name)
  })
})

describe('upgrade v3 → v4 (2026-11-27)', () => {
  it('adds an empty outbox and keeps every v3 row, cards and settings included', async () => {
    const name = 'dolor-upgrade-v3-v4'
    const old = new Dexie(name)
    for (const v of [v1_2026_11_27, v2_2026_11_27, v3_2026_11_27]) old.version(v.version).stores(v.stores)
    await old.open()
    await old.table('attempts').add({ questionId: 'q', moduleId: 'm', selected: ['a'], correct: false, context: 'inline', contextId: 's', answeredAt: 5, msSpent: 1, contentHash: 'h' })
    await old.table('reviewCards').add({ questionId: 'q', moduleId: 'm', addedAt: 5, due: 5, state: 'new' })
    await old.table('settings').add({ key: 'theme', value: 'dark', updatedAt: 3 })
    old.close()

    const upgraded = new DolorDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(v4_2026_11_27.version)
    expect(await upgraded.outbox.count()).toBe(0)
    expect(await upgraded.attempts.count()).toBe(1)
    expect(await upgraded.reviewCards.get('q')).toMatchObject({ due: 5 })
    expect(await upgraded.settings.get('theme')).toMatchObject({ value: 'dark' })
    await upgraded.outbox.add({ id: '00000000-0000-4000-8000-000000000001', statement: {}, createdAt: 1, tries: 0, nextTryAt: 0, state: 'pending' })
    expect(await upgraded.outbox.where('nextTryAt').belowOrEqual(0).count()).toBe(1)
    upgraded.close()
    await Dexie.delete(name)
  })
})

describe('spaced review', () => {
  const base = { moduleId: 'm', selected: ['a'], context: 'inline' as const, contextId: 's', msSpent: 5, contentHash: 'h' }

  it('a wrong answer queues the item once; a right, sure answer does not', async () => {
    await saveAttempt({ ...base, questionId: 'q1', correct: false, answeredAt: 100 })
    await saveAttempt({ ...base, questionId: 'q1', correct: false, answeredAt: 200 })
    await saveAttempt({ ...base, questionId: 'q2', correct: true, confidence: 'sure', answeredAt: 100 })
    expect(await db.reviewCards.count()).toBe(1)
    expect(await getCard('q1')).toMatchObject({ due: 100, addedAt: 100, reps: 0 })
  })

  it('confidence given after a right answer updates it, and "guessing" queues the item', async () => {
    await saveAttempt({ ...base, questionId: 'q', correct: true, answeredAt: 100 })
    expect(await getCard('q')).toBeUndefined()
    await setAttemptConfidence('q', 'inline', 's', 'guessing')
    expect((await latestAttempts('inline', 's')).get('q')?.confidence).toBe('guessing')
    expect(await getCard('q')).toMatchObject({ due: 100 })
  })

  it('a review answer reschedules the card and appends to its log; a miss brings it back sooner than a sure hit', async () => {
    const day = 86_400_000
    await saveAttempt({ ...base, questionId: 'a', correct: false, answeredAt: 0 })
    await saveAttempt({ ...base, questionId: 'b', correct: false, answeredAt: 0 })
    expect((await listDueCards(1)).map((c) => c.questionId).sort()).toEqual(['a', 'b'])
    const review = { moduleId: 'm', selected: ['a'], contextId: 'r1', msSpent: 5, contentHash: 'h', answeredAt: day }
    await recordReview({ ...review, questionId: 'a', correct: true, confidence: 'sure' })
    await recordReview({ ...review, questionId: 'b', correct: false })
    const [a, b] = [await getCard('a'), await getCard('b')]
    expect(a && b && a.due > b.due).toBe(true)
    expect(b!.due).toBeGreaterThan(day)
    expect(await logsFor('a')).toEqual([expect.objectContaining({ grade: 'good', correct: true, confidence: 'sure', reviewedAt: day, dueAfter: a!.due })])
    expect((await logsFor('b'))[0]).toMatchObject({ grade: 'again', before: expect.objectContaining({ reps: 0, state: 'new' }) })
    expect(await db.attempts.where('[context+contextId]').equals(['review', 'r1']).count()).toBe(2)
    // A review answer never creates a card of its own.
    expect(await db.reviewCards.count()).toBe(2)
  })
})

describe('section progress', () => {
  it('records visits, time and completion, and finds the last section visited', async () => {
    await recordVisit('m', 'a', 1000)
    await recordVisit('m', 'b', 2000)
    await recordVisit('m', 'a', 3000)
    await addTimeSpent('m', 'a', 30)
    await addTimeSpent('m', 'a', 12)
    expect(await getSectionProgress('m', 'a')).toMatchObject({ status: 'visited', firstVisitedAt: 1000, lastVisitedAt: 3000, secondsSpent: 42 })
    expect(await lastVisitedSection()).toMatchObject({ sectionId: 'a' })
    await setCompleted('m', 'a', true, 4000)
    expect(await getSectionProgress('m', 'a')).toMatchObject({ status: 'completed', completedAt: 4000, secondsSpent: 42 })
    await setCompleted('m', 'a', false)
    const undone = await getSectionProgress('m', 'a')
    expect(undone?.status).toBe('visited')
    expect(undone?.completedAt).toBeUndefined()
  })
})

describe('attempts and case runs', () => {
  it('keeps every attempt and returns the latest for a place', async () => {
    const base = { questionId: 'q', moduleId: 'm', correct: false, context: 'inline' as const, contextId: 's', msSpent: 5, contentHash: 'h' }
    await saveAttempt({ ...base, selected: ['a'], answeredAt: 1 })
    await saveAttempt({ ...base, selected: ['b'], correct: true, answeredAt: 2 })
    await saveAttempt({ ...base, selected: ['c'], contextId: 'other', answeredAt: 3 })
    expect((await latestAttempts('inline', 's')).get('q')).toMatchObject({ selected: ['b'], correct: true })
    expect(await db.attempts.count()).toBe(3)
    // A section reads all its items' latest answers in one query, saved in any order.
    await saveAttempt({ ...base, questionId: 'q2', selected: ['d'], answeredAt: 5 })
    await saveAttempt({ ...base, questionId: 'q2', selected: ['a'], answeredAt: 4 })
    const latest = await latestAttempts('inline', 's')
    expect([...latest.keys()].sort()).toEqual(['q', 'q2'])
    expect(latest.get('q')?.selected).toEqual(['b'])
    expect(latest.get('q2')?.selected).toEqual(['d'])
  })

  it('saves a case run as it goes, finishes it, and restarts it', async () => {
    await saveCaseAnswer('c', 'm', 'q1', { selected: ['a'], correct: true, answeredAt: 1, contentHash: 'h' }, 10)
    await advanceCase('c', 'm', 1, 11)
    await advanceCase('c', 'm', 0, 12) // never goes backwards
    expect(await getCaseRun('c')).toMatchObject({ stageReached: 1, startedAt: 10, answers: { q1: { correct: true } } })
    await completeCase('c', 'm', 20)
    expect((await getCaseRun('c'))?.completedAt).toBe(20)
    await restartCase('c', 'm', 30)
    expect(await getCaseRun('c')).toEqual({ caseId: 'c', moduleId: 'm', stageReached: 0, answers: {}, startedAt: 30, updatedAt: 30 })
  })
})

describe('when storage fails', () => {
  it('a full disk is reported as such, and earlier data stays', async () => {
    await recordVisit('m', 'a', 1)
    vi.spyOn(db.attempts, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'))
    const ok = await saveAttempt({ questionId: 'q', moduleId: 'm', selected: ['a'], correct: true, context: 'inline', contextId: 's', answeredAt: 1, msSpent: 1, contentHash: 'h' })
    expect(ok).toBe(false)
    expect(useStorageStatus.getState()).toMatchObject({ state: 'full' })
    expect(useStorageStatus.getState().message).toMatch(/storage is full/)
    expect(await db.sectionProgress.count()).toBe(1)
  })

  it('a browser without IndexedDB is reported, and reads fall back instead of throwing', async () => {
    db.close()
    const saved = globalThis.indexedDB
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB
    try {
      expect(await openDatabase()).toBe(false)
      expect(useStorageStatus.getState().state).toBe('unavailable')
      expect(await getSectionProgress('m', 'a')).toBeUndefined()
      expect(await recordVisit('m', 'a')).toBe(false)
    } finally {
      globalThis.indexedDB = saved
    }
  })
})

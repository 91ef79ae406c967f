/**
 * Backups: the file format, the merge rules, and the guarantees around them — a round trip
 * is exact, a bad file changes nothing (fuzzed), a failed import rolls back, and a second
 * tab writing during an import loses nothing.
 */
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveAttempt, setAttemptConfidence } from '@/db/attempts'
import { parseBackup, BACKUP_FORMAT, BACKUP_VERSION, type BackupTables } from '@/db/backup/format'
import { countRows, exportBackup, importBackup, previewImport, resetAll } from '@/db/backup/io'
import { planMerge } from '@/db/backup/merge'
import { saveCaseAnswer, completeCase } from '@/db/case-runs'
import { db, DolorDatabase, DB_NAME } from '@/db/database'
import { recordVisit, addTimeSpent, setCompleted } from '@/db/progress'
import { recordReview } from '@/db/review'
import { openDatabase } from '@/db/safe'
import { setSetting } from '@/db/settings'
import { useStorageStatus } from '@/db/status'
import { createTest, saveNote, setFlag } from '@/db/tests'
import type { TestRecord } from '@/db/types'

beforeEach(async () => {
  useStorageStatus.setState({ state: 'unknown', message: undefined })
  await db.delete()
  await openDatabase()
})
afterEach(() => vi.restoreAllMocks())

const emptyTables = (): BackupTables => ({ sectionProgress: [], attempts: [], caseRuns: [], settings: [], tests: [], flags: [], notes: [], reviewCards: [], reviewLogs: [] })

const test1: TestRecord = {
  id: '4f0c3c1e-0000-4000-8000-000000000001',
  createdAt: 10,
  mode: 'timed',
  config: { moduleIds: [], topics: ['mechanisms'], status: 'all', count: 2, secondsPerItem: 72, shuffleChoices: true },
  seed: 42,
  itemIds: ['q1', 'q2'],
  choiceOrder: { q1: ['b', 'a', 'c', 'd'], q2: ['a', 'b', 'c', 'd'] },
  hashes: { q1: 'h1', q2: 'h2' },
  answers: { q1: { selected: ['b'], correct: true, answeredAt: 20, confidence: 'sure' } },
  struck: { q1: ['c'] },
  marked: ['q2'],
  itemMs: { q1: 5000 },
  currentIndex: 1,
  timeLimitMs: 144000,
  elapsedMs: 5000,
  status: 'paused',
}

/** A browser that has done a bit of everything, through the app's own repositories. */
async function seedEverything() {
  const base = { moduleId: 'm', contentHash: 'h', msSpent: 1500 }
  await recordVisit('m', 's1', 1000)
  await addTimeSpent('m', 's1', 300)
  await setCompleted('m', 's1', true, 2000)
  await recordVisit('m', 's2', 3000)
  await saveAttempt({ ...base, questionId: 'q1', selected: ['a'], correct: false, context: 'inline', contextId: 's1', answeredAt: 1100 })
  await saveAttempt({ ...base, questionId: 'q2', selected: ['b'], correct: true, context: 'inline', contextId: 's1', answeredAt: 1200 })
  await setAttemptConfidence('q2', 'inline', 's1', 'guessing')
  await saveCaseAnswer('c1', 'm', 'q3', { selected: ['c'], correct: true, answeredAt: 1300, contentHash: 'h', confidence: 'unsure' }, 1250)
  await completeCase('c1', 'm', 1400)
  await recordReview({ ...base, questionId: 'q1', selected: ['d'], correct: true, confidence: 'sure', contextId: 'review-1', answeredAt: 90_000_000 })
  await createTest(test1)
  await setFlag('q2', true, 1500)
  await saveNote('q1', 'Remember: acetaminophen dose in liver disease.', 1600)
  await setSetting('theme', 'dark')
}

const tablesJson = (t: BackupTables) => JSON.parse(JSON.stringify(t)) as BackupTables

describe('the backup file', () => {
  it('round trip: export → reset → import reproduces every table exactly', async () => {
    await seedEverything()
    const before = await exportBackup(5)
    const counts = await countRows()
    expect(Object.values(counts).every((n) => n > 0)).toBe(true)

    const file = JSON.stringify(before)
    expect(await resetAll()).toBe(true)
    expect(Object.values(await countRows()).every((n) => n === 0)).toBe(true)

    const preview = await previewImport(file)
    if (!preview.ok) throw new Error(preview.error)
    expect(preview.plan.summary.attempts.added).toBe(counts.attempts)
    const result = await importBackup(preview.backup)
    expect(result.ok).toBe(true)
    const after = await exportBackup(5)
    expect(tablesJson(after.tables)).toEqual(tablesJson(before.tables))
    expect(after).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: db.verno })
  })

  it('leaves the LRS connection, its credentials and the outbox out of the file, and an import never brings them in', async () => {
    await seedEverything()
    await setSetting('xapiConfig', { enabled: true, endpoint: 'https://lrs.example.org/xapi/', auth: { kind: 'basic', username: 'k', password: 'secret-password' } })
    await db.outbox.add({ id: '00000000-0000-4000-8000-000000000009', statement: {}, createdAt: 1, tries: 0, nextTryAt: 0, state: 'pending' })
    const file = JSON.stringify(await exportBackup())
    expect(file).not.toContain('secret-password')
    expect(file).not.toContain('xapi')

    // A file that carries such a setting (hand-edited, or from elsewhere) cannot point this browser at another LRS.
    await resetAll()
    expect(await db.outbox.count()).toBe(0)
    const tampered = JSON.parse(file) as { tables: BackupTables }
    tampered.tables.settings.push({ key: 'xapiConfig', value: { endpoint: 'https://elsewhere.example/' }, updatedAt: Date.now() })
    const preview = await previewImport(JSON.stringify(tampered))
    if (!preview.ok) throw new Error(preview.error)
    await importBackup(preview.backup)
    expect(await db.settings.get('xapiConfig')).toBeUndefined()
    expect(await db.settings.get('theme')).toMatchObject({ value: 'dark' })
  })

  it('importing the same file twice adds nothing the second time', async () => {
    await seedEverything()
    const file = JSON.stringify(await exportBackup())
    const preview = await previewImport(file)
    if (!preview.ok) throw new Error(preview.error)
    expect(Object.values(preview.plan.summary).every((s) => s.added === 0 && s.updated === 0)).toBe(true)
  })

  it.each([
    ['', /empty/],
    ['{"format":"dolor-backup","version":1,"exportedAt":1,"schemaVersion":3,"tables":{"attempts":[{"questionId"', /not valid JSON, perhaps cut short/],
    ['[1,2,3]', /not a Dolor backup/],
    ['{"format":"anki-deck"}', /not a Dolor backup/],
    ['{"format":"dolor-backup","version":7,"exportedAt":1,"schemaVersion":9,"tables":{}}', /newer version of Dolor \(backup format 7\)/],
    ['{"format":"dolor-backup","version":1,"exportedAt":1,"schemaVersion":3,"tables":{"attempts":[{"questionId":"q","moduleId":"m","selected":["a"],"correct":"yes","context":"inline","contextId":"s","answeredAt":1,"msSpent":1,"contentHash":"h"}]}}', /tables\.attempts\[0\]\.correct/],
    ['{"format":"dolor-backup","version":1,"exportedAt":1,"schemaVersion":3,"tables":{"notes":[{"__proto__":{"polluted":true},"questionId":"q","text":"x","updatedAt":1}]}}', /not valid JSON.*reserved name "__proto__"/],
    ['{"format":"dolor-backup","version":1,"exportedAt":1,"schemaVersion":3,"tables":{"caseRuns":[{"caseId":"c","moduleId":"m","stageReached":0,"answers":{"constructor":{"selected":[],"correct":true,"answeredAt":1,"contentHash":"h"}},"startedAt":1,"updatedAt":1}]}}', /reserved name "constructor"/],
  ])('rejects a bad file with a specific message: %#', (text, message) => {
    const result = parseBackup(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })

  it('fuzz: 1,000+ malformed files are each rejected with a message, and never change a row', async () => {
    await seedEverything()
    const valid = JSON.stringify(await exportBackup(7))
    const before = JSON.stringify((await exportBackup(7)).tables)
    const paths = collectPaths(JSON.parse(valid) as unknown)
    const wrongValues = fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer({ min: -5, max: -1 }), fc.constant(Number.MAX_SAFE_INTEGER * 1e6), fc.array(fc.integer(), { maxLength: 2 }), fc.constant({}), fc.boolean())
    const malformed = fc.oneof(
      // Truncated anywhere: a copy cut short.
      fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      // One value replaced by one of a wrong kind.
      fc.tuple(fc.constantFrom(...paths), wrongValues).map(([path, value]) => corrupt(valid, path, value)),
      // Random JSON or text.
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 40 }),
      // Hostile keys and future formats.
      fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => valid.replace('"tables":{', `"tables":{"${k}":{"x":1},`)),
      fc.integer({ min: BACKUP_VERSION + 1, max: 1000 }).map((v) => valid.replace(`"version":${BACKUP_VERSION}`, `"version":${v}`)),
    )
    let checked = 0
    await fc.assert(
      fc.asyncProperty(malformed, async (text) => {
        const preview = await previewImport(text)
        if (preview.ok) {
          // A mutation that still yields a well-formed file (e.g. a string where any string is allowed) is not malformed.
          return true
        }
        checked++
        expect(preview.error.length).toBeGreaterThan(10)
        return true
      }),
      { numRuns: 1200 },
    )
    expect(checked).toBeGreaterThanOrEqual(1000)
    expect(JSON.stringify((await exportBackup(7)).tables)).toBe(before)
  }, 120_000)

  it('an import that fails part-way is rolled back whole', async () => {
    await seedEverything()
    const other = await exportBackup()
    await resetAll()
    await saveAttempt({ questionId: 'mine', moduleId: 'm', selected: ['a'], correct: true, context: 'inline', contextId: 's', answeredAt: 1, msSpent: 1, contentHash: 'h' })
    const before = JSON.stringify((await exportBackup()).tables)
    // The last table written fails: everything written before it in the import must be undone.
    vi.spyOn(db.reviewLogs, 'bulkPut').mockRejectedValue(new DOMException('disk', 'QuotaExceededError'))
    const result = await importBackup(other)
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Storage is full.*nothing already saved was changed/) })
    expect(JSON.stringify((await exportBackup()).tables)).toBe(before)
  })

  it('a second tab writing during an import loses nothing', async () => {
    await seedEverything()
    const file = await exportBackup()
    await resetAll()
    const otherTab = new DolorDatabase(DB_NAME)
    await otherTab.open()
    const writes = Array.from({ length: 40 }, (_, i) =>
      otherTab.attempts.add({ questionId: `tab2-${i}`, moduleId: 'm', selected: ['a'], correct: true, context: 'inline', contextId: 's', answeredAt: 10_000 + i, msSpent: 1, contentHash: 'h' }),
    )
    const [result] = await Promise.all([importBackup(file), ...writes])
    expect(result.ok).toBe(true)
    const ids = (await db.attempts.toArray()).map((a) => a.questionId)
    expect(ids.filter((q) => q.startsWith('tab2-'))).toHaveLength(40)
    for (const a of file.tables.attempts) expect(ids).toContain(a.questionId)
    expect(new Set((await db.attempts.toArray()).map((a) => a.id)).size).toBe(ids.length)
    otherTab.close()
  })
})

describe('merge rules', () => {
  const attempt = (id: number, questionId: string, answeredAt: number) => ({ id, questionId, moduleId: 'm', selected: ['a'], correct: true, context: 'inline' as const, contextId: 's', answeredAt, msSpent: 1, contentHash: 'h' })

  it('attempts: a union by identity, keeping free ids and renumbering taken ones', () => {
    const local = { ...emptyTables(), attempts: [attempt(1, 'a', 1), attempt(2, 'b', 2)] }
    const incoming = { ...emptyTables(), attempts: [attempt(1, 'a', 1), attempt(2, 'c', 3), attempt(9, 'd', 4)] }
    const plan = planMerge(local, incoming)
    expect(plan.put.attempts).toEqual([{ ...attempt(2, 'c', 3), id: undefined }, attempt(9, 'd', 4)].map((a) => (a.id === undefined ? (({ id: _, ...r }) => r)(a) : a)))
    expect(plan.summary.attempts).toEqual({ added: 2, updated: 0 })
  })

  it('section progress: completed wins, earliest first visit, latest last visit, most time', () => {
    const row = { moduleId: 'm', sectionId: 's' }
    const plan = planMerge(
      { ...emptyTables(), sectionProgress: [{ ...row, status: 'visited', firstVisitedAt: 5, lastVisitedAt: 50, secondsSpent: 100 }] },
      { ...emptyTables(), sectionProgress: [{ ...row, status: 'completed', firstVisitedAt: 2, lastVisitedAt: 20, completedAt: 19, secondsSpent: 40 }] },
    )
    expect(plan.put.sectionProgress).toEqual([{ ...row, status: 'completed', firstVisitedAt: 2, lastVisitedAt: 50, completedAt: 19, secondsSpent: 100 }])
  })

  it('settings and notes: the newer wins; a tie keeps this browser’s', () => {
    const plan = planMerge(
      { ...emptyTables(), settings: [{ key: 'theme', value: 'dark', updatedAt: 10 }, { key: 'reportName', value: 'A', updatedAt: 10 }], notes: [{ questionId: 'q', text: 'old', updatedAt: 1 }] },
      { ...emptyTables(), settings: [{ key: 'theme', value: 'light', updatedAt: 20 }, { key: 'reportName', value: 'B', updatedAt: 10 }], notes: [{ questionId: 'q', text: 'new', updatedAt: 2 }] },
    )
    expect(plan.put.settings).toEqual([{ key: 'theme', value: 'light', updatedAt: 20 }])
    expect(plan.put.notes).toEqual([{ questionId: 'q', text: 'new', updatedAt: 2 }])
  })

  it('review cards: each card keeps the longer history, with that history', () => {
    const card = (questionId: string, reps: number) => ({ questionId, moduleId: 'm', addedAt: 1, due: 100 * reps, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps, lapses: 0, state: 'review' as const })
    const log = (id: number, questionId: string, reviewedAt: number) => ({ id, questionId, reviewedAt, grade: 'good' as const, correct: true, before: card(questionId, 0), dueAfter: reviewedAt + 1 })
    const local = { ...emptyTables(), reviewCards: [card('x', 1), card('y', 3)], reviewLogs: [log(1, 'x', 10), log(2, 'y', 10), log(3, 'y', 20), log(4, 'y', 30)] }
    const incoming = { ...emptyTables(), reviewCards: [card('x', 2), card('y', 1)], reviewLogs: [log(1, 'x', 10), log(2, 'x', 40), log(3, 'y', 10)] }
    const plan = planMerge(local, incoming)
    expect(plan.put.reviewCards).toEqual([card('x', 2)])
    expect(plan.deleteReviewLogIds).toEqual([1])
    // x's two entries come in; id 1 is free again once x's old entry goes, id 2 is y's and is renumbered.
    expect(plan.put.reviewLogs.map((l) => [l.id, l.questionId, l.reviewedAt])).toEqual([
      [1, 'x', 10],
      [undefined, 'x', 40],
    ])
  })
})

function collectPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...path, Array.isArray(value) ? Number(k) : k]
      out.push(p)
      collectPaths(v, p, out)
    }
  }
  return out
}

function corrupt(text: string, path: (string | number)[], value: unknown): string {
  const data = JSON.parse(text) as Record<string | number, unknown>
  let node: Record<string | number, unknown> = data
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1]] = value
  return JSON.stringify(data)
}

/**
 * The outbox end to end, short of the browser: learning records → projector → outbox (real Dexie
 * on fake-indexeddb) → sender → an LRS played by MSW. Each scenario ends by checking that the
 * LRS holds exactly the statements that were queued, once each, and that nothing is left behind.
 */
import 'fake-indexeddb/auto'
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { saveAttempt } from '@/db/attempts'
import { completeCase, startCase } from '@/db/case-runs'
import { db } from '@/db/database'
import { listOutbox, outboxSummary } from '@/db/outbox'
import { recordVisit, setCompleted } from '@/db/progress'
import { openDatabase } from '@/db/safe'
import { createTest, updateTest } from '@/db/tests'
import { catalog } from '@/content/catalog'
import { findQuestion } from '@/content/questions'
import { defaultConfig, type XapiConfig } from '@/features/xapi/config'
import { projectLearning, startProjection } from '@/features/xapi/projector'
import { backoffMs, drainOutbox, testConnection } from '@/features/xapi/sender'
import { createFakeLrs, type FakeLrs } from '../support/fake-lrs'

const endpoint = 'https://lrs.test/xapi/'
const config: XapiConfig = { ...defaultConfig(), enabled: true, endpoint, auth: { kind: 'basic', username: 'dolor-key', password: 'dolor-secret' }, accountName: 'fellow-07', accountHomePage: 'https://program.example.org/' }

type Mode = 'up' | 'down' | 'slow' | 'lose-replies'
let lrs: FakeLrs
let mode: Mode
const server = setupServer(
  http.all(`${endpoint}*`, async ({ request }) => {
    if (mode === 'down') return HttpResponse.error()
    const reply = lrs.handle({ method: request.method, url: new URL(request.url), headers: Object.fromEntries(request.headers), body: await request.text() })
    // The LRS stores the batch, but the reply never reaches the browser (a dropped connection).
    if (mode === 'lose-replies') return HttpResponse.error()
    if (mode === 'slow') await delay(300)
    return new HttpResponse(reply.body ?? null, { status: reply.status, headers: reply.headers ?? {} })
  }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(async () => {
  lrs = createFakeLrs()
  mode = 'up'
  await db.delete()
  await openDatabase()
})
afterEach(() => server.resetHandlers())

const foundations = catalog.find((m) => m.id === 'foundations')!
const section = foundations.sections.find((s) => s.questionIds.length)!
const itemId = section.questionIds[0]!
const item = findQuestion(itemId)!
const T0 = Date.UTC(2026, 10, 27, 8)

async function answer(at: number, context: 'inline' | 'test' = 'inline', contextId = section.id, correct = false) {
  await saveAttempt({ questionId: itemId, moduleId: 'foundations', selected: correct ? item.correctIds : [item.choiceIds.find((c) => !item.correctIds.includes(c))!], correct, context, contextId, answeredAt: at, msSpent: 42_000, contentHash: item.contentHash })
}

async function queued(): Promise<string[]> {
  return (await listOutbox()).map((r) => r.id)
}

describe('projecting learning into the outbox', () => {
  it('queues valid statements for what happened after sending was switched on, and nothing before', async () => {
    await answer(T0 - 1000)
    await recordVisit('foundations', section.id, T0 - 500)
    await startProjection(T0)
    await recordVisit('foundations', section.id, T0 + 1000)
    await answer(T0 + 2000)
    await setCompleted('foundations', section.id, true, T0 + 3000)

    const result = await projectLearning(config)
    expect(result).toEqual({ queued: 3, invalid: [] })
    const rows = await listOutbox()
    const verbs = rows.map((r) => (r.statement as { verb: { display: { 'en-US': string } } }).verb.display['en-US'])
    expect(verbs).toEqual(['experienced', 'answered', 'completed'])
    const answered = rows[1]!.statement as { object: { definition: { choices: { description: { 'en-US': string } }[] } }; actor: unknown }
    expect(answered.object.definition.choices.every((c) => c.description['en-US'].length > 1)).toBe(true)
    expect(answered.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://program.example.org/', name: 'fellow-07' } })
    expect(rows.map((r) => r.id)).toEqual(rows.map((r) => (r.statement as { id: string }).id))

    // Nothing new: projecting again queues nothing.
    expect(await projectLearning(config)).toEqual({ queued: 0, invalid: [] })
  })

  it('sends nothing for old records that arrive later, such as a backup imported after switching on', async () => {
    await startProjection(T0)
    await answer(T0 - 5_000) // an imported answer: a new id, an old date
    await recordVisit('foundations', section.id, T0 - 4_000)
    expect(await projectLearning(config)).toEqual({ queued: 0, invalid: [] })
    await answer(T0 + 1)
    expect((await projectLearning(config)).queued).toBe(1)
  })

  it('queues each event once when two tabs project at the same moment', async () => {
    await startProjection(T0)
    for (let i = 1; i <= 5; i++) await answer(T0 + i)
    const [a, b] = await Promise.all([projectLearning(config), projectLearning(config)])
    expect(a.queued + b.queued).toBe(5)
    expect(await queued()).toHaveLength(5)
  })

  it('reports a finished test as completed and passed or failed, with one registration for the test and its items', async () => {
    await startProjection(T0)
    const id = crypto.randomUUID()
    await createTest({ id, createdAt: T0, mode: 'timed', config: { moduleIds: [], topics: [], status: 'all', count: 1, secondsPerItem: 90 }, seed: 1, itemIds: [itemId], hashes: {}, answers: { [itemId]: { selected: item.correctIds, correct: true, answeredAt: T0 + 10 } }, struck: {}, marked: [], itemMs: {}, currentIndex: 0, timeLimitMs: 90_000, elapsedMs: 30_000, status: 'in-progress' })
    await answer(T0 + 10, 'test', id, true)
    await updateTest(id, (t) => ({ ...t, status: 'completed', completedAt: T0 + 20 }))
    await projectLearning(config)
    const statements = (await listOutbox()).map((r) => r.statement as { verb: { display: { 'en-US': string } }; context: { registration?: string }; result: { score?: { scaled: number } } })
    expect(statements.map((s) => s.verb.display['en-US'])).toEqual(['answered', 'completed', 'passed'])
    expect(new Set(statements.map((s) => s.context.registration))).toEqual(new Set([id]))
    expect(statements[1]!.result.score?.scaled).toBe(1)
  })

  it('gives a case run one registration and reports its completion', async () => {
    const taper = catalog.flatMap((m) => m.cases)[0]!
    await startProjection(T0)
    await startCase(taper.id, taper.moduleId, T0 + 1)
    await completeCase(taper.id, taper.moduleId, T0 + 2)
    await projectLearning(config)
    const [s] = (await listOutbox()).map((r) => r.statement as { verb: { id: string }; object: { id: string }; context: { registration: string } })
    expect(s!.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed')
    expect(s!.object.id).toMatch(new RegExp(`/modules/${taper.moduleId}/cases/${taper.id}$`))
    expect(s!.context.registration).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('sending the outbox', () => {
  async function queue(count: number) {
    await startProjection(T0)
    for (let i = 1; i <= count; i++) await answer(T0 + i)
    await projectLearning(config)
    return queued()
  }

  it('delivers everything in batches and empties the outbox', async () => {
    const ids = await queue(7)
    const result = await drainOutbox(config, { batchSize: 3 })
    expect(result).toEqual({ delivered: 7, rejected: 0 })
    expect([...lrs.stored.keys()]).toEqual(ids)
    expect(lrs.log.map((l) => [l.method, l.ids.length, l.status])).toEqual([
      ['POST', 3, 200],
      ['POST', 3, 200],
      ['PUT', 1, 204],
    ])
    expect(await outboxSummary()).toEqual({ pending: 0, rejected: 0 })
  })

  it('keeps everything through a long outage, backing off, then delivers each statement once', async () => {
    const ids = await queue(4)
    mode = 'down'
    let now = T0 + 10_000
    for (let attempt = 0; attempt < 6; attempt++) {
      const result = await drainOutbox(config, { now: () => now })
      expect(result.delivered).toBe(0)
      expect(result.error).toMatch(/Could not reach the LRS/)
      // Before the backoff ends, nothing is due, so nothing is tried.
      expect((await drainOutbox(config, { now: () => now + 1000 })).error).toBeUndefined()
      now += backoffMs(attempt, () => 1) + 1
    }
    expect((await listOutbox()).map((r) => r.tries)).toEqual([6, 6, 6, 6])
    mode = 'up'
    expect(await drainOutbox(config, { now: () => now })).toEqual({ delivered: 4, rejected: 0 })
    expect([...lrs.stored.keys()]).toEqual(ids)
  })

  it('treats ids the LRS already has (a lost reply) as delivered: nothing is stored twice', async () => {
    const ids = await queue(3)
    mode = 'lose-replies'
    const lost = await drainOutbox(config, { now: () => T0 })
    expect(lost.delivered).toBe(0)
    expect(lrs.stored.size).toBe(3) // the LRS did store them
    mode = 'up'
    expect(await drainOutbox(config, { now: () => T0 + 60 * 60_000 })).toEqual({ delivered: 3, rejected: 0 })
    expect(lrs.log.map((l) => [l.method, l.status])).toEqual([
      ['POST', 200],
      ['POST', 409],
      ['PUT', 409],
      ['PUT', 409],
      ['PUT', 409],
    ])
    expect([...lrs.stored.keys()]).toEqual(ids)
    expect(await queued()).toEqual([])
  })

  it('a slow LRS: a request past the timeout is retried, and the copy it stored meanwhile is not duplicated', async () => {
    const ids = await queue(2)
    mode = 'slow'
    const slow = await drainOutbox(config, { timeoutMs: 50, now: () => T0 })
    expect(slow.error).toMatch(/did not answer within/)
    mode = 'up'
    expect(await drainOutbox(config, { now: () => T0 + 60 * 60_000 })).toEqual({ delivered: 2, rejected: 0 })
    expect([...lrs.stored.keys()]).toEqual(ids)
  })

  it('401: stops, keeps every statement, says why; with the right credentials it delivers', async () => {
    const ids = await queue(2)
    const wrong = { ...config, auth: { kind: 'basic' as const, username: 'dolor-key', password: 'wrong' } }
    const refused = await drainOutbox(wrong)
    expect(refused).toMatchObject({ delivered: 0, authFailed: true, error: expect.stringContaining('refused the credentials (401)') })
    expect(await queued()).toEqual(ids)
    expect(await drainOutbox(config)).toEqual({ delivered: 2, rejected: 0 })
  })

  it('400: isolates the statement the LRS refuses, sets it aside, and delivers the rest', async () => {
    const ids = await queue(4)
    // A statement the LRS considers malformed (it bypassed Dolor's own validation).
    await db.outbox.update(ids[2]!, { statement: { id: ids[2], verb: {} } })
    const result = await drainOutbox(config)
    expect(result).toMatchObject({ delivered: 3, rejected: 1, error: expect.stringContaining('refused a statement as invalid') })
    expect([...lrs.stored.keys()]).toEqual([ids[0], ids[1], ids[3]])
    expect(await outboxSummary()).toMatchObject({ pending: 0, rejected: 1, lastError: expect.stringContaining('400') })
    // Refused statements are not retried automatically.
    expect(await drainOutbox(config)).toEqual({ delivered: 0, rejected: 0 })
  })

  it('tests the connection: reachable, credentials accepted or refused, or unreachable', async () => {
    expect(await testConnection(config)).toEqual({ ok: true, message: 'Connected: the LRS accepts these credentials.' })
    expect((await testConnection({ ...config, auth: { kind: 'bearer', token: 'nope' } })).message).toMatch(/refused these credentials \(401\)/)
    mode = 'down'
    expect((await testConnection(config)).message).toMatch(/Could not reach https:\/\/lrs.test\/xapi\/.*CORS/)
  })
})

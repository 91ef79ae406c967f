/**
 * Turns what the fellow did (answers, visits, completions, finished cases and tests, all already
 * saved by their own features) into xAPI statements in the outbox. It reads the saved records past
 * a cursor, so the features that save them know nothing of xAPI, and a statement is queued exactly
 * once: the cursor moves in the same transaction that queues the statements, and a tab that lost the
 * race to another starts again from the new cursor.
 */
import { attemptsAfter, latestAttemptId } from '@/db/attempts'
import { listCaseRuns } from '@/db/case-runs'
import { commitProjection, readProjection, resetProjection } from '@/db/outbox'
import { listSectionProgress } from '@/db/progress'
import { listTests } from '@/db/tests'
import type { Attempt, CaseRun, TestRecord } from '@/db/types'
import { catalog, findCase, findModule, findSection } from '@/content/catalog'
import { findQuestion } from '@/content/questions'
import { buildStatements, type LearningEvent, type Named, type Place } from '@/lib/xapi/build'
import { statementProblems } from '@/lib/xapi/validate'
import type { Statement } from '@/lib/xapi/types'
import { actorOf, deploymentBase, type XapiConfig } from './config'

/** Where projection has got to. Maps hold, per thing, the time of the last event already queued. */
export interface Cursor {
  /** Sending was switched on at this time: nothing earlier is ever sent. */
  since: number
  lastAttemptId: number
  visits: Record<string, number>
  sectionsCompleted: Record<string, number>
  modulesCompleted: Record<string, number>
  casesCompleted: Record<string, number>
  testsCompleted: Record<string, number>
  /** One registration (UUID) per case run, keyed caseId@startedAt. */
  caseRegistrations: Record<string, string>
}

export async function startProjection(now = Date.now()): Promise<boolean> {
  const cursor: Cursor = { since: now, lastAttemptId: await latestAttemptId(), visits: {}, sectionsCompleted: {}, modulesCompleted: {}, casesCompleted: {}, testsCompleted: {}, caseRegistrations: {} }
  return resetProjection(cursor, now)
}

const named = (id: string, title: string | undefined): Named => ({ id, title: title ?? id })
const moduleNamed = (moduleId: string) => named(moduleId, findModule(moduleId)?.title)

export function testTitle(test: Pick<TestRecord, 'mode' | 'itemIds'>): string {
  return `Self-assessment test (${test.mode}, ${test.itemIds.length} items)`
}

interface Records {
  progress: Awaited<ReturnType<typeof listSectionProgress>>
  runs: CaseRun[]
  tests: TestRecord[]
  attempts: Attempt[]
}

/** The events in `records` that `cursor` has not yet seen, and the cursor that has seen them. */
export function newEvents(records: Records, cursor: Cursor, options: { newId: () => string; choiceTexts: Record<string, string[]>; passMark: number }): { events: LearningEvent[]; next: Cursor } {
  const { newId, choiceTexts, passMark } = options
  const next: Cursor = structuredClone(cursor)
  const events: LearningEvent[] = []
  const fresh = (t: number | undefined, seen: number | undefined): t is number => t !== undefined && t >= cursor.since && t !== seen

  for (const p of records.progress) {
    const key = `${p.moduleId}/${p.sectionId}`
    const section = named(p.sectionId, findSection(p.moduleId, p.sectionId)?.title)
    if (fresh(p.lastVisitedAt, cursor.visits[key]) && p.lastVisitedAt > (cursor.visits[key] ?? 0)) {
      events.push({ kind: 'section-experienced', at: p.lastVisitedAt, module: moduleNamed(p.moduleId), section })
      next.visits[key] = p.lastVisitedAt
    }
    if (p.status === 'completed' && fresh(p.completedAt, cursor.sectionsCompleted[key])) {
      events.push({ kind: 'section-completed', at: p.completedAt, module: moduleNamed(p.moduleId), section })
      next.sectionsCompleted[key] = p.completedAt
    }
  }

  for (const m of catalog) {
    if (!m.sections.length) continue
    const done = m.sections.map((s) => records.progress.find((p) => p.moduleId === m.id && p.sectionId === s.id && p.status === 'completed'))
    if (done.some((p) => !p)) continue
    const at = Math.max(...done.map((p) => p?.completedAt ?? 0))
    if (fresh(at, cursor.modulesCompleted[m.id])) {
      events.push({ kind: 'module-completed', at, module: named(m.id, m.title) })
      next.modulesCompleted[m.id] = at
    }
  }

  const registrationOf = (run: CaseRun) => (next.caseRegistrations[`${run.caseId}@${run.startedAt}`] ??= newId())
  for (const run of records.runs) {
    if (!fresh(run.completedAt, cursor.casesCompleted[run.caseId])) continue
    events.push({ kind: 'case-completed', at: run.completedAt, module: moduleNamed(run.moduleId), case: named(run.caseId, findCase(run.moduleId, run.caseId)?.title), registration: registrationOf(run) })
    next.casesCompleted[run.caseId] = run.completedAt
  }

  for (const test of records.tests) {
    if (test.status !== 'completed' || !fresh(test.completedAt, cursor.testsCompleted[test.id])) continue
    const correct = test.itemIds.filter((id) => test.answers[id]?.correct).length
    events.push({ kind: 'test-completed', at: test.completedAt, test: named(test.id, testTitle(test)), correct, total: test.itemIds.length, durationMs: test.elapsedMs, passMark, registration: test.id })
    next.testsCompleted[test.id] = test.completedAt
  }

  for (const a of records.attempts) {
    next.lastAttemptId = Math.max(next.lastAttemptId, a.id ?? 0)
    // Old answers can arrive with new ids (a backup imported): only what happened since sending was
    // switched on is sent, plus a timed test's answers, which are saved when the test ends.
    const endedTest = a.context === 'test' ? records.tests.find((t) => t.id === a.contextId)?.completedAt : undefined
    if (a.answeredAt < cursor.since && !(endedTest !== undefined && endedTest >= cursor.since)) continue
    const meta = findQuestion(a.questionId)
    if (!meta) continue // an item since removed from the content: nothing truthful to describe
    const texts = choiceTexts[a.questionId] ?? []
    let place: Place = { kind: 'review' }
    let registration: string | undefined
    if (a.context === 'inline') place = { kind: 'section', section: named(a.contextId, findSection(a.moduleId, a.contextId)?.title) }
    if (a.context === 'case') {
      place = { kind: 'case', case: named(a.contextId, findCase(a.moduleId, a.contextId)?.title) }
      const run = records.runs.find((r) => r.caseId === a.contextId)
      if (run) registration = registrationOf(run)
    }
    if (a.context === 'test') {
      const test = records.tests.find((t) => t.id === a.contextId)
      place = { kind: 'test', test: named(a.contextId, test ? testTitle(test) : undefined) }
      registration = a.contextId
    }
    events.push({
      kind: 'item-answered',
      at: a.answeredAt,
      module: moduleNamed(meta.moduleId),
      item: { id: meta.id, stem: meta.preview, choices: meta.choiceIds.map((id, i) => ({ id, text: texts[i] || id.toUpperCase() })), correctIds: meta.correctIds },
      selected: a.selected,
      correct: a.correct,
      msSpent: a.msSpent,
      place,
      ...(registration ? { registration } : {}),
    })
  }

  events.sort((x, y) => x.at - y.at)
  return { events, next }
}

export interface ProjectResult {
  queued: number
  /** Statements that failed the xAPI rules and were not queued (a bug in Dolor if ever non-empty). */
  invalid: string[]
}

/** Queues statements for everything new since the cursor. Safe to call often, from any tab. */
export async function projectLearning(config: XapiConfig, newId: () => string = () => crypto.randomUUID()): Promise<ProjectResult> {
  for (let round = 0; round < 5; round++) {
    const projection = await readProjection<Cursor>()
    if (!projection) return { queued: 0, invalid: [] }
    const { revision, cursor } = projection
    const [progress, runs, tests, attempts] = await Promise.all([listSectionProgress(), listCaseRuns(), listTests(), attemptsAfter(cursor.lastAttemptId)])
    const choiceTexts = attempts.length ? (await import('virtual:dolor/interactions')).choiceTexts : {}
    const { events, next } = newEvents({ progress, runs, tests, attempts }, cursor, { newId, choiceTexts, passMark: config.passMark })
    if (!events.length && JSON.stringify(next) === JSON.stringify(cursor)) return { queued: 0, invalid: [] }
    const options = { base: deploymentBase(), actor: actorOf(config), newId }
    const statements: Statement[] = []
    const invalid: string[] = []
    for (const event of events) {
      const built = buildStatements(event, options)
      for (const s of built) {
        const problems = statementProblems(s)
        if (problems.length) invalid.push(`${s.verb.display['en-US']} ${s.object.id}: ${problems.join('; ')}`)
        else statements.push(s)
      }
    }
    if (await commitProjection(revision, next, statements.map((s) => ({ id: s.id, statement: s })))) return { queued: statements.length, invalid }
  }
  return { queued: 0, invalid: [] }
}

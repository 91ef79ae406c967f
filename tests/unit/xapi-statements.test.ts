/** Statement building and the xAPI rules a statement must pass before it is queued. */
import { describe, expect, it } from 'vitest'
import { buildStatements, type LearningEvent } from '@/lib/xapi/build'
import { isoDuration, isoDurationPattern } from '@/lib/xapi/duration'
import { statementProblems } from '@/lib/xapi/validate'
import type { Statement } from '@/lib/xapi/types'

const base = 'https://dolor.example.org/'
let n = 0
const options = { base, actor: { objectType: 'Agent' as const, account: { homePage: base, name: 'fellow-07' } }, newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` }
const mod = { id: 'pharmacology', title: 'Pharmacology' }
const at = Date.UTC(2026, 10, 27, 9, 30)

const answered: LearningEvent = {
  kind: 'item-answered',
  at,
  module: mod,
  item: { id: 'pharmacology-mme', stem: 'A 58-year-old man takes…', choices: [{ id: 'a', text: 'Oxycodone' }, { id: 'b', text: 'Morphine' }, { id: 'c', text: 'Tramadol' }], correctIds: ['b'] },
  selected: ['c'],
  correct: false,
  msSpent: 83_450,
  place: { kind: 'test', test: { id: '3f1c2a9e-4b7d-4c1a-9e2f-0a1b2c3d4e5f', title: 'Self-assessment test (timed, 40 items)' } },
  registration: '3f1c2a9e-4b7d-4c1a-9e2f-0a1b2c3d4e5f',
}

describe('building statements', () => {
  it('an answered item is a choice cmi.interaction with its choices, correct pattern, response, success and duration, under its test', () => {
    const [s] = buildStatements(answered, options) as [Statement]
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered')
    expect(s.object).toMatchObject({
      id: 'https://dolor.example.org/items/pharmacology-mme',
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice', correctResponsesPattern: ['b'], choices: [{ id: 'a', description: { 'en-US': 'Oxycodone' } }, { id: 'b' }, { id: 'c' }] },
    })
    expect(s.result).toEqual({ response: 'c', success: false, duration: 'PT1M23.45S' })
    expect(s.context?.registration).toBe(answered.kind === 'item-answered' ? answered.registration : '')
    expect(s.context?.contextActivities?.parent?.[0]?.id).toBe('https://dolor.example.org/assess/3f1c2a9e-4b7d-4c1a-9e2f-0a1b2c3d4e5f')
    expect(s.context?.contextActivities?.grouping?.[0]?.id).toBe('https://dolor.example.org/modules/pharmacology')
    expect(s.timestamp).toBe('2026-11-27T09:30:00.000Z')
    expect(statementProblems(s)).toEqual([])
  })

  it('a finished test gives "completed" and "passed" or "failed" against the pass mark, with a scaled score', () => {
    const event = { kind: 'test-completed', at, test: { id: 't1', title: 'Test' }, correct: 28, total: 40, durationMs: 3_600_000, passMark: 0.7, registration: '3f1c2a9e-4b7d-4c1a-9e2f-0a1b2c3d4e5f' } as const
    const [completed, verdict] = buildStatements(event, options) as [Statement, Statement]
    expect(completed.verb.display['en-US']).toBe('completed')
    expect(completed.result).toMatchObject({ score: { scaled: 0.7, raw: 28, min: 0, max: 40 }, completion: true, duration: 'PT1H' })
    expect(verdict.verb.display['en-US']).toBe('passed')
    const [, failed] = buildStatements({ ...event, correct: 27 }, options) as [Statement, Statement]
    expect([failed.verb.display['en-US'], failed.result?.success, failed.result?.score?.scaled]).toEqual(['failed', false, 0.675])
    for (const s of [completed, verdict, failed]) expect(statementProblems(s)).toEqual([])
  })

  it('sections, modules and cases use page addresses as activity ids, with the module as parent', () => {
    const section = { id: 'opioid-pharmacology', title: 'Opioid pharmacology' }
    const [visit] = buildStatements({ kind: 'section-experienced', at, module: mod, section }, options) as [Statement]
    expect([visit.verb.display['en-US'], visit.object.id, visit.context?.contextActivities?.parent?.[0]?.id]).toEqual(['experienced', `${base}modules/pharmacology/opioid-pharmacology`, `${base}modules/pharmacology`])
    const [done] = buildStatements({ kind: 'module-completed', at, module: mod }, options) as [Statement]
    expect([done.verb.display['en-US'], done.object.id]).toEqual(['completed', `${base}modules/pharmacology`])
    const [caseDone] = buildStatements({ kind: 'case-completed', at, module: mod, case: { id: 'long-term-opioid-taper', title: 'Taper' }, registration: '3f1c2a9e-4b7d-4c1a-9e2f-0a1b2c3d4e5f' }, options) as [Statement]
    expect(caseDone.object.id).toBe(`${base}modules/pharmacology/cases/long-term-opioid-taper`)
    for (const s of [visit, done, caseDone]) expect(statementProblems(s)).toEqual([])
  })

  it('gives every statement its own UUID', () => {
    const ids = [answered, answered].flatMap((e) => buildStatements(e, options)).map((s) => s.id)
    expect(new Set(ids).size).toBe(2)
  })
})

describe('the xAPI rules', () => {
  const valid = buildStatements(answered, options)[0] as Statement
  const broken = (change: (s: Statement) => void) => {
    const s = structuredClone(valid)
    change(s)
    return statementProblems(s)
  }

  it('names each broken rule with its path', () => {
    expect(broken((s) => (s.id = 'not-a-uuid'))).toEqual(['id: must be a UUID'])
    expect(broken((s) => (s.object.id = 'items/relative'))).toEqual(['object.id: must be an absolute IRI'])
    expect(broken((s) => (s.verb.display = {}))).toEqual(['verb.display: must have at least one language'])
    expect(broken((s) => (s.result = { duration: '83 seconds' }))).toEqual(['result.duration: must be an ISO 8601 duration'])
    expect(broken((s) => (s.result = { score: { scaled: 1.2 } }))).toEqual(['result.score.scaled: Too big: expected number to be <=1'])
    expect(broken((s) => (s.result = { score: { raw: 41, min: 0, max: 40 } }))).toEqual(['result.score.raw: raw must lie between min and max'])
    expect(broken((s) => (s.timestamp = '27/11/2026'))).toEqual(['timestamp: must be an ISO 8601 timestamp with a time zone'])
    expect(broken((s) => (s.context = { registration: 'abc' }))).toEqual(['context.registration: must be a UUID'])
    expect(broken((s) => (s.object.definition!.correctResponsesPattern = ['z']))).toEqual(['object.definition.correctResponsesPattern: names z, which is not a choice'])
    expect(broken((s) => (s.actor = { objectType: 'Agent', mbox: 'fellow@example.org' }))).toHaveLength(1)
    expect(broken((s) => (s.actor = { objectType: 'Agent', account: { homePage: base, name: '' } }))).toHaveLength(1)
  })

  it('refuses unknown properties and a missing actor', () => {
    expect(statementProblems({ ...valid, extra: 1 })[0]).toMatch(/statement: Unrecognized key/)
    const withoutActor: Partial<Statement> = structuredClone(valid)
    delete withoutActor.actor
    expect(statementProblems(withoutActor)).toEqual(['actor: Invalid input'])
  })
})

describe('ISO 8601 durations', () => {
  it.each([
    [0, 'PT0S'],
    [450, 'PT0.45S'],
    [59_990, 'PT59.99S'],
    [60_000, 'PT1M'],
    [3_723_500, 'PT1H2M3.5S'],
    [7_200_000, 'PT2H'],
  ])('%i ms is %s', (ms, text) => {
    expect(isoDuration(ms)).toBe(text)
    expect(isoDurationPattern.test(text)).toBe(true)
  })

  it('rejects what is not a duration', () => {
    for (const bad of ['P', 'PT', '1M', 'PT-1S', 'P1H']) expect(isoDurationPattern.test(bad)).toBe(false)
    for (const good of ['P1D', 'P2W', 'P1Y2M3DT4H5M6.7S']) expect(isoDurationPattern.test(good)).toBe(true)
  })
})

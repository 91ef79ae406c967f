/**
 * The validator against one fixture per author mistake: each must be reported with the
 * right message at the right line and column, and a valid module must pass clean.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { collect } from '@/content/build/collect'
import { formatDiagnostic } from '@/content/build/diagnostics'
import { validateFile } from '@/content/build/validate-file'

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url))
const moduleReferences = [{ id: 'raja-2020', citation: 'Raja SN, et al. The revised IASP definition of pain. Pain. 2020.' }]

function check(name: string) {
  const file = `tests/fixtures/content/mistakes/${name}`
  return validateFile({
    file,
    text: readFileSync(`${fixtures}mistakes/${name}`, 'utf8'),
    kind: name.startsWith('case-') ? 'case' : 'section',
    moduleId: 'demo',
    moduleReferences,
    fileExists: () => true,
  }).diagnostics.map(formatDiagnostic)
}

const cases: [fixture: string, position: string, message: string][] = [
  ['unknown-component.mdx', '11:1', 'unknown component <Calout>  (did you mean <Callout>?)'],
  ['unknown-prop.mdx', '9:49', '<Question> has no prop `dificulty`  (did you mean `difficulty`?)'],
  ['prop-not-a-string.mdx', '9:49', '<Question> prop `difficulty` must be a quoted string'],
  ['bad-difficulty.mdx', '9:49', '<Question> prop `difficulty` must be one of "easy", "medium", "hard", not "trivial"'],
  ['no-correct-choice.mdx', '9:1', 'single-best-answer question has no correct choice'],
  ['two-correct-choices.mdx', '9:1', 'single-best-answer question has 2 correct choices (A, B)'],
  ['one-choice.mdx', '9:1', 'question demo-fixture has 1 choice; it needs at least 2'],
  ['choice-without-rationale.mdx', '14:1', 'choice B has no rationale'],
  ['no-explanation.mdx', '9:1', 'question demo-fixture has no <Explanation>'],
  ['no-reference.mdx', '9:1', '<Question> is missing the `refs` prop'],
  ['unknown-topic.mdx', '9:29', 'topic `neuropathc` is not in the taxonomy  (did you mean `neuropathic`?)'],
  ['unresolved-ref.mdx', '9:17', 'reference `raja-2021` is not defined  (did you mean `raja-2020`?)'],
  ['question-unresolved-ref.mdx', '9:67', 'reference `smith-1999` is not defined'],
  ['id-without-module-prefix.mdx', '9:1', 'question id `fixture-question` must start with the module id  (rename it to demo-fixture-question)'],
  ['frontmatter-unknown-key.mdx', '4:1', 'frontmatter `sumary`: unknown key  (did you mean `summary`?)'],
  ['frontmatter-bad-reference.mdx', '5:22', 'frontmatter `topics[1]`: is not a topic in the taxonomy'],
  ['frontmatter-bad-reference.mdx', '10:9', 'frontmatter `references[1].id`: must be kebab-case'],
  ['frontmatter-bad-reference.mdx', '11:15', 'frontmatter `references[1].citation`: is too short to be a citation'],
  ['case-stage-without-title.mdx', '15:1', '<Stage> is missing the `title` prop'],
  ['stage-in-section.mdx', '9:1', '<Stage> is only used in case files (cases/*.mdx)'],
  ['choice-outside-question.mdx', '9:1', '<Choice> must be a direct child of a <Question>'],
  ['unclosed-tag.mdx', '9:1', 'MDX syntax error: Expected a closing tag for `<Callout>`'],
  ['stray-brace.mdx', '9:11', 'curly braces start a JavaScript expression in MDX'],
]

describe('content validator: one fixture per mistake', () => {
  it.each(cases)('%s reports %s  %s', (fixture, position, message) => {
    const lines = check(fixture)
    expect(lines).toContainEqual(expect.stringContaining(`tests/fixtures/content/mistakes/${fixture}:${position}  ${message}`))
  })

  it('reports only the mistake in each fixture, not knock-on noise', () => {
    for (const [fixture] of cases) {
      const expected = cases.filter(([f]) => f === fixture).length
      expect(check(fixture), fixture).toHaveLength(expected)
    }
  })
})

describe('content collection', () => {
  it('accepts a valid module and builds its catalog and question index', () => {
    const c = collect(`${fixtures}valid`)
    expect(c.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(c.modules).toHaveLength(1)
    const [demo] = c.modules
    expect(demo.sections.map((s) => s.id)).toEqual(['demo-intro'])
    expect(demo.cases[0].stages).toEqual([
      { title: 'Presentation', questionIds: ['demo-case-first'] },
      { title: 'Follow-up', questionIds: [] },
    ])
    const first = c.questions.find((q) => q.id === 'demo-first')
    expect(first).toMatchObject({
      moduleId: 'demo',
      owner: { kind: 'section', id: 'demo-intro' },
      file: 'modules/demo/01-intro.mdx',
      line: 19,
      column: 1,
      topics: ['mechanisms', 'assessment'],
      difficulty: 'easy',
      select: 'single',
      choiceIds: ['a', 'b', 'c', 'd'],
      correctIds: ['b'],
      refs: ['raja-2020'],
    })
    expect(first?.contentHash).toMatch(/^[0-9a-f]{16}$/)
    expect(first?.preview).toBe('A 40-year-old woman asks what pain is. Which is right?')
    expect(c.questions.find((q) => q.id === 'demo-case-first')?.owner).toEqual({ kind: 'case', id: 'demo-case', stage: 0 })
    // A module reference cited by a section is numbered in that section's list.
    expect(demo.sections[0].references.map((r) => r.id)).toEqual(['raja-2020'])
  })

  it('reports duplicate question, section and case ids across files, pointing at the first use', () => {
    const lines = collect(`${fixtures}duplicates`).diagnostics.map(formatDiagnostic)
    expect(lines).toEqual(
      expect.arrayContaining([
        'modules/demo/02-again.mdx:19:1  duplicate question id `demo-first`  (first used at modules/demo/01-intro.mdx:19:1; ids must be unique across modules/)',
        'modules/demo/02-again.mdx:2:5  duplicate section id `demo-intro`  (first used at modules/demo/01-intro.mdx:2:5; ids must be unique across modules/)',
        'modules/demo/cases/other-case.mdx:2:5  duplicate case id `demo-case`  (first used at modules/demo/cases/demo-case.mdx:2:5; ids must be unique across modules/)',
      ]),
    )
    expect(lines).toHaveLength(3)
  })

  it('changes an item\'s content hash when its text changes, and only then', () => {
    const text = readFileSync(`${fixtures}valid/modules/demo/01-intro.mdx`, 'utf8')
    const run = (t: string) =>
      validateFile({ file: 'x.mdx', text: t, kind: 'section', moduleId: 'demo', moduleReferences, fileExists: () => true }).questions[0].contentHash
    expect(run(text)).toBe(run(text.replace('## What it is', '## What pain is')))
    expect(run(text)).not.toBe(run(text.replace('Why two', 'Because two')))
  })

  it('passes the real modules/ folder', () => {
    const c = collect(fileURLToPath(new URL('../../', import.meta.url)))
    expect(c.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(c.questions.length).toBeGreaterThan(0)
  })
})

describe('drafts', () => {
  it('are validated and kept for the dev server, and left out of what a build publishes', async () => {
    const { withoutDrafts } = await import('@/content/build/collect')
    const all = collect(`${fixtures}drafts`)
    expect(all.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(all.modules.map((m) => [m.id, Boolean(m.draft)])).toEqual([
      ['demo', false],
      ['wip', true],
    ])
    expect(all.modules[0].sections.map((s) => [s.id, Boolean(s.draft)])).toEqual([
      ['demo-intro', false],
      ['demo-draft-section', true],
    ])

    const published = withoutDrafts(all)
    expect(published.modules.map((m) => m.id)).toEqual(['demo'])
    expect(published.modules[0].sections.map((s) => s.id)).toEqual(['demo-intro'])
    expect(published.questions.map((q) => q.id).sort()).toEqual(['demo-case-first', 'demo-first'])
    expect(collect(`${fixtures}drafts`, { includeDrafts: false }).questions).toHaveLength(2)
  })
})

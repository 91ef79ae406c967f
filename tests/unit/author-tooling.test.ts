import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { collect } from '@/content/build/collect'
import { buildReport } from '@/content/build/report'
import { caseTemplate, sectionTemplate, slugify } from '@/content/build/templates'
import { validateFile } from '@/content/build/validate-file'

const validRoot = fileURLToPath(new URL('../fixtures/content/valid', import.meta.url))

describe('new:section and new:case templates', () => {
  it('slugify makes kebab-case ids from titles', () => {
    expect(slugify('Neurobiology of Nociception')).toBe('neurobiology-of-nociception')
    expect(slugify("  A Patient's Ankle — Pain  ")).toBe('a-patient-s-ankle-pain')
    expect(slugify('Éléments de base')).toBe('elements-de-base')
  })

  it.each([
    ['section', sectionTemplate({ id: 'new-one', title: 'A: title "with" quotes' })],
    ['case', caseTemplate({ id: 'new-case', title: 'Case title' })],
  ] as const)('the %s template passes the validator as written', (kind, text) => {
    const report = validateFile({ file: 'x.mdx', text, kind, moduleId: 'demo', moduleReferences: [], fileExists: () => true })
    expect(report.diagnostics).toEqual([])
    expect(report.frontmatter?.title).toBe(kind === 'section' ? 'A: title "with" quotes' : 'Case title')
  })
})

describe('content:report', () => {
  it('counts sections, cases, questions and prose words, and topic coverage against weights', () => {
    const report = buildReport(collect(validRoot))
    expect(report.totals).toEqual({ modules: 1, sections: 1, cases: 1, questions: 2, words: report.modules[0].words })
    expect(report.modules[0]).toMatchObject({ id: 'demo', title: 'Demo module', sections: 1, cases: 1, questions: 2, difficulty: { easy: 1, medium: 1, hard: 0 } })
    // Prose only, counted by hand from the fixtures: section 18 (heading 3, paragraph 7, table 4,
    // callout 2, key points 2) + case 9 (opening 2, stages 3 + 2, teaching points 2). Question text
    // and frontmatter do not count.
    expect(report.modules[0].words).toBe(27)
    expect(report.topics.mechanisms).toMatchObject({ questions: 1, weight: 4 })
    expect(report.topics.psychology).toMatchObject({ questions: 1, weight: 5 })
    expect(report.topics.cancer).toMatchObject({ questions: 0, weight: 6 })
  })
})

describe('modules/README.md', () => {
  it('its complete case example passes the validator, so an author can copy it', async () => {
    const { readFileSync } = await import('node:fs')
    const md = readFileSync(fileURLToPath(new URL('../../modules/README.md', import.meta.url)), 'utf8')
    const example = [...md.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('---\nid: knee-pain-after-running'))
    expect(example).toBeDefined()
    const report = validateFile({ file: 'example.mdx', text: example!, kind: 'case', moduleId: 'foundations', moduleReferences: [], fileExists: () => true })
    expect(report.diagnostics).toEqual([])
    expect(report.stages.map((s) => s.title)).toEqual(['Presentation', 'Management'])
  })
})

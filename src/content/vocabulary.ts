/**
 * The authoring vocabulary as data: every component an author may write, its props and
 * where it may appear. The validator checks MDX against this; the registry in src/mdx
 * is typed against it so that a tag cannot exist here without a component, or the reverse.
 */

export type PropKind =
  | { kind: 'string'; required?: boolean; oneOf?: readonly string[] }
  | { kind: 'boolean' }

export interface ComponentSpec {
  props: Record<string, PropKind>
  /** Where the tag may stand; omitted means anywhere in a section or case. */
  only?: 'question' | 'case-top-level' | 'case'
  hint: string
}

export const vocabulary = {
  Question: {
    props: {
      id: { kind: 'string', required: true },
      topics: { kind: 'string', required: true },
      difficulty: { kind: 'string', required: true, oneOf: ['easy', 'medium', 'hard'] },
      refs: { kind: 'string', required: true },
      select: { kind: 'string', oneOf: ['all'] },
    },
    hint: '<Question id="module-slug" topics="…" difficulty="easy|medium|hard" refs="…">',
  },
  Choice: {
    props: { text: { kind: 'string', required: true }, correct: { kind: 'boolean' } },
    only: 'question',
    hint: '<Choice text="Option" correct>Rationale</Choice> inside a <Question>',
  },
  Explanation: { props: {}, only: 'question', hint: '<Explanation>Teaching point</Explanation> inside a <Question>' },
  Stage: {
    props: { title: { kind: 'string', required: true } },
    only: 'case-top-level',
    hint: '<Stage title="Presentation"> at the top level of a file in cases/',
  },
  TeachingPoints: { props: {}, only: 'case', hint: '<TeachingPoints> with a bulleted list, in a case file' },
  Callout: {
    props: {
      type: { kind: 'string', required: true, oneOf: ['pearl', 'pitfall', 'safety'] },
      title: { kind: 'string' },
    },
    hint: '<Callout type="pearl|pitfall|safety" title="optional">',
  },
  KeyPoints: { props: {}, hint: '<KeyPoints> with a bulleted list' },
  Ref: { props: { id: { kind: 'string', required: true } }, hint: '<Ref id="reference-id" />' },
  Figure: {
    props: {
      src: { kind: 'string', required: true },
      alt: { kind: 'string', required: true },
      caption: { kind: 'string' },
    },
    hint: '<Figure src="./figures/name.svg" alt="…" caption="…" />',
  },
  MmeCalculator: { props: {}, hint: '<MmeCalculator /> on a line of its own' },
  FibromyalgiaCriteria: { props: {}, hint: '<FibromyalgiaCriteria /> on a line of its own' },
  Dn4Questionnaire: { props: {}, hint: '<Dn4Questionnaire /> on a line of its own' },
  BudapestCriteria: { props: {}, hint: '<BudapestCriteria /> on a line of its own' },
} as const satisfies Record<string, ComponentSpec>

export type VocabularyTag = keyof typeof vocabulary

/** Inline HTML that Markdown cannot express; harmless, so allowed. */
export const allowedHtml = new Set(['sub', 'sup', 'br', 'abbr', 'kbd', 'small'])

export const vocabularyTags = Object.keys(vocabulary) as VocabularyTag[]

/**
 * The one registry of MDX components (after react.dev's MDXComponents): tag names as an
 * author writes them → components. Typed against the vocabulary, so adding a tag to
 * src/content/vocabulary.ts without a component here fails the typecheck.
 */
import { Children, isValidElement, type ComponentPropsWithoutRef, type ComponentType, type ReactNode } from 'react'
import type { VocabularyTag } from '@/content/vocabulary'
import { ScrollRegion } from '@/ui/ScrollRegion'
import { Callout } from './Callout'
import { Figure } from './Figure'
import { KeyPoints } from './KeyPoints'
import { FibromyalgiaCriteria } from './fibromyalgia/FibromyalgiaCriteria'
import { Dn4Questionnaire } from './dn4/Dn4Questionnaire'
import { BudapestCriteria } from './budapest/BudapestCriteria'
import { MmeCalculator } from './mme/MmeCalculator'
import { Choice, Choices, Explanation, Question, Stem } from './Question'
import { Ref } from './Ref'
import { Stage, TeachingPoints } from './Stage'

/** The text of a React subtree, for naming a table after its header row. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (isValidElement<{ children?: ReactNode }>(node)) {
    // Header cells are joined with commas so the name reads as a list.
    const inner = textOf(node.props.children)
    return node.type === 'th' ? `${inner}, ` : inner
  }
  return ''
}

function Table(props: ComponentPropsWithoutRef<'table'>) {
  const head = Children.toArray(props.children).find((c) => isValidElement(c) && c.type === 'thead')
  const columns = textOf(head).replace(/,\s*$/, '').trim()
  // Named by its columns, so that several tables on one page are told apart.
  return (
    <ScrollRegion label={columns ? `Table: ${columns}` : 'Table'}>
      <table {...props} />
    </ScrollRegion>
  )
}

const vocabularyComponents = {
  Question,
  Choice,
  Explanation,
  Stage,
  TeachingPoints,
  Callout,
  KeyPoints,
  Ref,
  Figure,
  MmeCalculator,
  FibromyalgiaCriteria,
  Dn4Questionnaire,
  BudapestCriteria,
} satisfies Record<VocabularyTag, ComponentType<never>>

/**
 * Components that render the same markup on every render and hold no state, effects or handlers:
 * runs of these (and plain HTML) are not hydrated on a prerendered page (see ./static-runs.ts).
 * Anything not listed counts as interactive, so a new component is hydrated until added here.
 */
export const staticComponents: ReadonlySet<unknown> = new Set([Callout, KeyPoints, Ref, Figure, Table])

export const mdxComponents = {
  ...vocabularyComponents,
  // Inserted by the build (src/content/build/remark-dolor.ts), never written by authors.
  Stem,
  Choices,
  table: Table,
}

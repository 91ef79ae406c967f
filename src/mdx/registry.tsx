/**
 * The one registry of MDX components (after react.dev's MDXComponents): tag names as an
 * author writes them → components. Typed against the vocabulary, so adding a tag to
 * src/content/vocabulary.ts without a component here fails the typecheck.
 */
import type { ComponentType, ComponentPropsWithoutRef } from 'react'
import type { VocabularyTag } from '@/content/vocabulary'
import { Callout } from './Callout'
import { Figure } from './Figure'
import { KeyPoints } from './KeyPoints'
import { MmeCalculator } from './mme/MmeCalculator'
import { Choice, Choices, Explanation, Question, Stem } from './Question'
import { Ref } from './Ref'
import { Stage, TeachingPoints } from './Stage'

function Table(props: ComponentPropsWithoutRef<'table'>) {
  // Wide clinical tables scroll sideways on a phone instead of breaking the layout.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
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
} satisfies Record<VocabularyTag, ComponentType<never>>

export const mdxComponents = {
  ...vocabularyComponents,
  // Inserted by the build (src/content/build/remark-dolor.ts), never written by authors.
  Stem,
  Choices,
  table: Table,
}

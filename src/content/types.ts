/** Shapes of the generated catalog and question index, shared by build and run time. */
import type { ModuleFrontmatter, Reference } from './schemas.ts'

export type { Reference }

export interface CatalogSection {
  kind: 'section'
  id: string
  moduleId: string
  /** The NN prefix of the file name. */
  order: number
  title: string
  summary: string
  topics: string[]
  estimatedMinutes: number
  /** Path from the repository root, e.g. modules/foundations/01-what-is-pain.mdx */
  file: string
  /** This file's references, then the module references it cites: the numbered list shown on the page. */
  references: Reference[]
  questionIds: string[]
  /** Shown only by the dev server: not yet fit for fellows (see modules/README.md). */
  draft?: boolean
}

export interface CatalogStage {
  title: string
  questionIds: string[]
}

export interface CatalogCase extends Omit<CatalogSection, 'kind' | 'order'> {
  kind: 'case'
  stages: CatalogStage[]
}

export interface CatalogModule extends Omit<ModuleFrontmatter, 'references'> {
  draft?: boolean
  file: string
  references: Reference[]
  sections: CatalogSection[]
  cases: CatalogCase[]
}

/** A module as the library lists it (virtual:dolor/outline): a small slice of the catalog. */
export interface OutlineModule {
  id: string
  title: string
  summary: string
  estimatedMinutes: number
  draft?: boolean
  sections: { id: string; title: string }[]
  cases: { id: string }[]
}

export type Difficulty = 'easy' | 'medium' | 'hard'

export interface QuestionMeta {
  id: string
  moduleId: string
  owner: { kind: 'section' | 'case'; id: string; stage?: number }
  file: string
  line: number
  column: number
  topics: string[]
  difficulty: Difficulty
  /** single: exactly one correct choice; all: select all that apply. */
  select: 'single' | 'all'
  choiceIds: string[]
  correctIds: string[]
  refs: string[]
  /** Changes whenever the item's source changes, so an old attempt can be told apart. */
  contentHash: string
  /** The start of the stem as plain text, for lists that must not load the item. */
  preview: string
}

/** MiniSearch options shared by the build (which indexes) and the app (which loads the index). */
export const searchFields = ['title', 'summary', 'text'] as const

export const searchOptions = {
  fields: [...searchFields],
  storeFields: [] as string[],
  searchOptions: { boost: { title: 3, summary: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' as const },
}

/** One section or case as the search page shows it. */
export interface SearchDoc {
  id: string
  kind: 'section' | 'case'
  moduleId: string
  moduleTitle: string
  title: string
  summary: string
  href: string
  /** The prose as plain text (no questions), for snippets. */
  text: string
}

export interface SearchBundle {
  /** MiniSearch's serialized index (JSON.stringify of the instance). */
  index: string
  docs: SearchDoc[]
}

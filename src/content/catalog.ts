/** The module catalog at run time: metadata only; prose loads lazily per file. */
import { loaders, loadReferences, modules } from 'virtual:dolor/catalog'
import type { MDXContent } from 'mdx/types'
import type { CatalogCase, CatalogModule, CatalogSection } from './types'

export const catalog: readonly CatalogModule[] = modules

export function findModule(moduleId: string): CatalogModule | undefined {
  return catalog.find((m) => m.id === moduleId)
}

export function findSection(moduleId: string, sectionId: string): CatalogSection | undefined {
  return findModule(moduleId)?.sections.find((s) => s.id === sectionId)
}

export function findCase(moduleId: string, caseId: string): CatalogCase | undefined {
  return findModule(moduleId)?.cases.find((c) => c.id === caseId)
}

let referencesLoaded: Promise<void> | undefined

/**
 * Fills in every file's reference list (kept out of the first load). Pages that show prose
 * await it in their route loader; it runs once and is then instant.
 */
export function ensureReferences(): Promise<void> {
  referencesLoaded ??= loadReferences().then(
    ({ references }) => {
      for (const m of modules) {
        m.references = references[m.file] ?? []
        for (const s of m.sections) s.references = references[s.file] ?? []
        for (const x of m.cases) x.references = references[x.file] ?? []
      }
    },
    (error: unknown) => {
      referencesLoaded = undefined // offline or a stale deploy: let the next visit try again
      throw error
    },
  )
  return referencesLoaded
}

export async function loadContent(file: string): Promise<MDXContent> {
  const load = loaders[file]
  if (!load) throw new Error(`No content file ${file}`)
  return (await load()).default
}

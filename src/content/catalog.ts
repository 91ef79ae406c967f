/** The module catalog at run time: metadata only; prose loads lazily per file. */
import { loaders, modules, referenceLoaders } from 'virtual:dolor/catalog'
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

const referencesLoaded = new Map<string, Promise<void>>()

/**
 * Fills in the reference lists of one module's files (kept out of the first load, one chunk per
 * module). Pages that show prose await it in their route loader; it runs once per module.
 */
export function ensureReferences(moduleId: string): Promise<void> {
  const m = findModule(moduleId)
  const load = referenceLoaders[moduleId]
  if (!m || !load) return Promise.resolve()
  let loaded = referencesLoaded.get(moduleId)
  if (!loaded) {
    loaded = load().then(
      ({ references }) => {
        m.references = references[m.file] ?? []
        for (const s of m.sections) s.references = references[s.file] ?? []
        for (const x of m.cases) x.references = references[x.file] ?? []
      },
      (error: unknown) => {
        referencesLoaded.delete(moduleId) // offline or a stale deploy: let the next visit try again
        throw error
      },
    )
    referencesLoaded.set(moduleId, loaded)
  }
  return loaded
}

export async function loadContent(file: string): Promise<MDXContent> {
  const load = loaders[file]
  if (!load) throw new Error(`No content file ${file}`)
  return (await load()).default
}

/** The module catalog at run time: metadata only; prose loads lazily per file. */
import { loaders, modules } from 'virtual:dolor/catalog'
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

export async function loadContent(file: string): Promise<MDXContent> {
  const load = loaders[file]
  if (!load) throw new Error(`No content file ${file}`)
  return (await load()).default
}

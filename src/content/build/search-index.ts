/**
 * The full-text index of sections and cases, built once at build time so the app only loads
 * it (lazily, on /search). Item stems and answers are left out: search finds teaching, not keys.
 */
import MiniSearch from 'minisearch'
import type { Collection } from './collect.ts'
import { searchOptions, type SearchBundle, type SearchDoc } from '../search-options.ts'

export function buildSearchIndex(c: Collection): SearchBundle {
  const docs: SearchDoc[] = c.modules.flatMap((m) =>
    [...m.sections, ...m.cases].map((s) => ({
      id: s.file,
      kind: s.kind,
      moduleId: m.id,
      moduleTitle: m.title,
      title: s.title,
      summary: s.summary,
      href: s.kind === 'section' ? `/modules/${m.id}/${s.id}` : `/modules/${m.id}/cases/${s.id}`,
      text: (c.reports.get(s.file)?.text ?? []).join(' ').replace(/\s+/g, ' ').trim(),
    })),
  )
  const index = new MiniSearch<SearchDoc>(searchOptions)
  index.addAll(docs)
  return { index: JSON.stringify(index), docs }
}

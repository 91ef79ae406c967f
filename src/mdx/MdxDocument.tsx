import { use, type ReactNode } from 'react'
import type { MDXContent } from 'mdx/types'
import { loadContent } from '@/content/catalog'
import type { Reference } from '@/content/types'
import { FileContext } from './contexts'

const cache = new Map<string, Promise<MDXContent>>()

function load(file: string): Promise<MDXContent> {
  let p = cache.get(file)
  if (!p) {
    p = loadContent(file)
    // A failed load (offline, a stale deploy) must be retryable, not cached forever.
    p.catch(() => cache.delete(file))
    cache.set(file, p)
  }
  return p
}

/** Renders one content file; suspends while its chunk loads. */
export function MdxDocument({ file, moduleId, references, children }: { file: string; moduleId: string; references: Reference[]; children?: ReactNode }) {
  const Content = use(load(file))
  return (
    <FileContext.Provider value={{ moduleId, file, references }}>
      <Content />
      {children}
    </FileContext.Provider>
  )
}

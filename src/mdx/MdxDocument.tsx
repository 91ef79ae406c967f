import { lazy, type ComponentType, type ReactNode } from 'react'
import { loadContent } from '@/content/catalog'
import type { Reference } from '@/content/types'
import { MDXProvider } from '@mdx-js/react'
import { FileContext } from './contexts'
import { mdxComponents } from './registry'

const cache = new Map<string, ComponentType>()
const preloaded = new Map<string, ComponentType>()

/**
 * Loads a content file before its page renders (route loaders call it), so the page renders
 * whole at once: no "Loading…" flash, and a prerendered page hydrates without waiting.
 */
export async function preloadContent(file: string): Promise<void> {
  if (!preloaded.has(file) && !cache.has(file)) preloaded.set(file, await loadContent(file))
}

/** One component per content file, made once and kept, so React never sees a new type. */
function contentFor(file: string): ComponentType {
  let Component = cache.get(file) ?? preloaded.get(file)
  if (!Component) {
    Component = lazy(async () => {
      try {
        return { default: await loadContent(file) }
      } catch (error) {
        // A failed load (offline, a stale deploy) must be retryable on the next visit.
        cache.delete(file)
        throw error
      }
    })
    cache.set(file, Component)
  }
  return Component
}

/** Renders one content file; suspends while its chunk loads. */
export function MdxDocument({ file, moduleId, references, children }: { file: string; moduleId: string; references: Reference[]; children?: ReactNode }) {
  const Content = contentFor(file)
  return (
    // The vocabulary is provided here, not around the whole app, so the first load of a page
    // without content (the library) does not carry every MDX component and the question index.
    <MDXProvider components={mdxComponents}>
      <FileContext.Provider value={{ moduleId, file, references }}>
        {/* eslint-disable-next-line react-hooks/static-components -- contentFor returns one cached component per file, never a new type per render */}
        <Content />
        {children}
      </FileContext.Provider>
    </MDXProvider>
  )
}

import { lazy, type ComponentType, type ReactNode } from 'react'
import { loadContent } from '@/content/catalog'
import type { Reference } from '@/content/types'
import { MDXProvider } from '@mdx-js/react'
import { FileContext } from './contexts'
import { mdxComponents } from './registry'

const cache = new Map<string, ComponentType>()

/** One lazy component per content file, made once and kept, so React never sees a new type. */
function contentFor(file: string): ComponentType {
  let Component = cache.get(file)
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

import { Children, Fragment, isValidElement, lazy, memo, type ComponentType, type ReactNode } from 'react'
import type { MDXContent } from 'mdx/types'
import { loadContent } from '@/content/catalog'
import type { Reference } from '@/content/types'
import { MDXProvider } from '@mdx-js/react'
import { FileContext } from './contexts'
import { mdxComponents, staticComponents } from './registry'
import { capturedStaticRun, STATIC_RUN_ATTRIBUTE } from './static-runs'

const cache = new Map<string, ComponentType>()
const preloaded = new Map<string, MDXContent>()

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

/**
 * Renders one content file; suspends while its chunk loads. Memoized: a long section is hundreds
 * of elements, and its page re-renders whenever the fellow's progress or answers load or change;
 * only the interactive components that read those (through context) need to render again.
 */
export const MdxDocument = memo(function MdxDocument({ file, moduleId, references, children }: { file: string; moduleId: string; references: Reference[]; children?: ReactNode }) {
  const Content = contentFor(file)
  return (
    // The vocabulary is provided here, not around the whole app, so the first load of a page
    // without content (the library) does not carry every MDX component and the question index.
    <MDXProvider components={mdxComponents}>
      <FileContext.Provider value={{ moduleId, file, references }}>
        {preloaded.has(file) ? (
          <Blocks content={preloaded.get(file)!} file={file} />
        ) : (
          // eslint-disable-next-line react-hooks/static-components -- contentFor returns one cached component per file, never a new type per render
          <Content />
        )}
        {children}
      </FileContext.Provider>
    </MDXProvider>
  )
})

/** True for text and for elements that render the same static markup every time, all the way down. */
function isStatic(node: ReactNode): boolean {
  if (!isValidElement<{ children?: ReactNode }>(node)) return true
  if (typeof node.type !== 'string' && !staticComponents.has(node.type)) return false
  return Children.toArray(node.props.children).every(isStatic)
}

/**
 * A file's top-level blocks, consecutive static ones grouped into runs (see ./static-runs.ts).
 * The content is called as a function, not rendered as a component, to see its blocks; it only
 * reads the MDX components from context, as this component's own hooks would.
 */
function Blocks({ content, file }: { content: MDXContent; file: string }) {
  const tree = content({})
  const blocks = isValidElement<{ children?: ReactNode }>(tree) && tree.type === Fragment ? tree.props.children : tree
  const groups: ReactNode[] = []
  let run: ReactNode[] = []
  const endRun = () => {
    if (run.length === 0) return
    const id = `${file}#${groups.length}`
    groups.push(
      <StaticRun key={id} id={id}>
        {run}
      </StaticRun>,
    )
    run = []
  }
  for (const block of Children.toArray(blocks)) {
    if (isStatic(block)) run.push(block)
    else {
      endRun()
      groups.push(block)
    }
  }
  endRun()
  return groups
}

function StaticRun({ id, children }: { id: string; children: ReactNode }) {
  const html = capturedStaticRun(id)
  const attributes = { className: 'prose-run', [STATIC_RUN_ATTRIBUTE]: id }
  // The same HTML the server rendered from these children: React adopts it without walking it.
  if (html !== undefined) return <div {...attributes} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
  return <div {...attributes}>{children}</div>
}

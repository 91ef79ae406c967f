/**
 * Renders one item by id, away from its section or case: loads only that item's chunk
 * and gives it its file's reference list. Tests and review use this; the host decides
 * where answers go.
 */
import { lazy, Suspense, type ComponentType } from 'react'
import { ensureReferences, findModule } from '@/content/catalog'
import { findQuestion, loadQuestion } from '@/content/questions'
import { MDXProvider } from '@mdx-js/react'
import { FileContext } from '@/mdx/contexts'
import { mdxComponents } from '@/mdx/registry'

const cache = new Map<string, ComponentType>()

function itemFor(id: string): ComponentType {
  let C = cache.get(id)
  if (!C) {
    // The item's chunk and the reference lists load together; prefetched items have both.
    C = lazy(async () => {
      const [Item] = await Promise.all([loadQuestion(id), ensureReferences(findQuestion(id)?.moduleId ?? '')])
      return { default: () => <FileContext.Provider value={fileContextOf(id)}><Item /></FileContext.Provider> }
    })
    cache.set(id, C)
  }
  return C
}

/**
 * Loads the chunks of several items ahead of time, so a test in progress can move on with
 * the network gone. Failures are ignored here: the item reports them when it is shown.
 */
export function prefetchQuestions(ids: readonly string[]): void {
  const modules = new Set(ids.flatMap((id) => findQuestion(id)?.moduleId ?? []))
  for (const moduleId of modules) void ensureReferences(moduleId).catch(() => undefined)
  for (const id of ids) if (findQuestion(id)) void loadQuestion(id).catch(() => undefined)
}

/** The item's file and the numbered reference list of the section or case that owns it. */
function fileContextOf(id: string) {
  const meta = findQuestion(id)
  const module = meta ? findModule(meta.moduleId) : undefined
  const owner = meta?.owner.kind === 'section' ? module?.sections.find((s) => s.id === meta.owner.id) : module?.cases.find((c) => c.id === meta?.owner.id)
  return { moduleId: meta?.moduleId ?? '', file: meta?.file ?? '', references: owner?.references ?? [] }
}

export function StandaloneQuestion({ id }: { id: string }) {
  const meta = findQuestion(id)
  if (!meta) return <p role="alert">This question ({id}) no longer exists.</p>
  const Item = itemFor(id)
  return (
    <MDXProvider components={mdxComponents}>
      <Suspense fallback={<p>Loading question…</p>}>
        {/* eslint-disable-next-line react-hooks/static-components -- itemFor returns one cached component per id */}
        <Item />
      </Suspense>
    </MDXProvider>
  )
}

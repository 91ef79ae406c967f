/**
 * Renders one item by id, away from its section or case: loads only that item's chunk
 * and gives it its file's reference list. Tests and review use this; the host decides
 * where answers go.
 */
import { lazy, Suspense, type ComponentType } from 'react'
import { findModule } from '@/content/catalog'
import { findQuestion, loadQuestion } from '@/content/questions'
import { FileContext } from '@/mdx/contexts'

const cache = new Map<string, ComponentType>()

function itemFor(id: string): ComponentType {
  let C = cache.get(id)
  if (!C) {
    C = lazy(async () => ({ default: await loadQuestion(id) }))
    cache.set(id, C)
  }
  return C
}

/**
 * Loads the chunks of several items ahead of time, so a test in progress can move on with
 * the network gone. Failures are ignored here: the item reports them when it is shown.
 */
export function prefetchQuestions(ids: readonly string[]): void {
  for (const id of ids) if (findQuestion(id)) void loadQuestion(id).catch(() => undefined)
}

export function StandaloneQuestion({ id }: { id: string }) {
  const meta = findQuestion(id)
  if (!meta) return <p role="alert">This question ({id}) no longer exists.</p>
  const module = findModule(meta.moduleId)
  const owner = meta.owner.kind === 'section' ? module?.sections.find((s) => s.id === meta.owner.id) : module?.cases.find((c) => c.id === meta.owner.id)
  const Item = itemFor(id)
  return (
    <FileContext.Provider value={{ moduleId: meta.moduleId, file: meta.file, references: owner?.references ?? [] }}>
      <Suspense fallback={<p>Loading question…</p>}>
        {/* eslint-disable-next-line react-hooks/static-components -- itemFor returns one cached component per id */}
        <Item />
      </Suspense>
    </FileContext.Provider>
  )
}

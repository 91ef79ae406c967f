/** Live views of the database for React: every open tab sees a change as it is written. */
import { liveQuery } from 'dexie'
import { startTransition, useEffect, useState } from 'react'
import { latestAttempts } from './attempts'
import { getCaseRun, listCaseRuns } from './case-runs'
import { getSectionProgress, listSectionProgress } from './progress'
import { getSetting } from './settings'
import { getNote, getTest, listAttempts, listFlags, listTests } from './tests'
import { listCards } from './review'
import { outboxSummary } from './outbox'
import { useStorageStatus } from './status'
import type { AttemptContext } from './types'

/**
 * A live query for React, undefined until its first result; it also re-runs when storage becomes
 * (un)usable, so a failed open shows defaults. Results render as a transition: React then renders
 * them in short slices after IndexedDB's callback rather than inside it, where a page's first
 * answers all arrive at once (a long task on a slow phone). Storage status is watched here, not
 * read while rendering: read through the store's hook, a hydrated page would see the server's
 * "unknown" first and re-render every query's component synchronously once hydrated. Like
 * dexie-react-hooks' useLiveQuery, it keeps the last result while the query for new deps runs.
 */
function useDbQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [result, setResult] = useState<{ value: T }>()
  useEffect(() => {
    const run = () =>
      liveQuery(query).subscribe({
        next: (value) => startTransition(() => setResult({ value })),
        // Rethrown while rendering, for the nearest error boundary (reads already fall back on their own).
        error: (error: unknown) =>
          startTransition(() =>
            setResult(() => {
              throw error
            }),
          ),
      })
    let subscription = run()
    const unwatch = useStorageStatus.subscribe((now, before) => {
      if (now.state === before.state) return
      subscription.unsubscribe()
      subscription = run()
    })
    return () => {
      unwatch()
      subscription.unsubscribe()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the callers list what their query reads
  }, deps)
  return result?.value
}

export function useSectionProgress(moduleId: string, sectionId: string) {
  return useDbQuery(async () => ({ progress: await getSectionProgress(moduleId, sectionId) }), [moduleId, sectionId])
}

export function useAllSectionProgress() {
  return useDbQuery(() => listSectionProgress(), [])
}

export function useCaseRun(caseId: string) {
  return useDbQuery(async () => ({ run: await getCaseRun(caseId) }), [caseId])
}

export function useAllCaseRuns() {
  return useDbQuery(() => listCaseRuns(), [])
}

/** The latest answer to each item answered in one place: one live query for a whole section. */
export function useLatestAttempts(context: AttemptContext, contextId: string) {
  const found = useDbQuery(async () => ({ context, contextId, byQuestion: await latestAttempts(context, contextId) }), [context, contextId])
  // A live query keeps its last result while the next one runs: never show one place's answers in another.
  return found?.context === context && found.contextId === contextId ? found.byQuestion : undefined
}

export function useSetting<T>(key: string, fallback: T): T | undefined {
  return useDbQuery(() => getSetting(key, fallback), [key])
}

export function useTest(id: string) {
  return useDbQuery(async () => ({ test: await getTest(id) }), [id])
}

export function useTests() {
  return useDbQuery(() => listTests(), [])
}

export function useFlags() {
  return useDbQuery(() => listFlags(), [])
}

export function useNote(questionId: string) {
  return useDbQuery(async () => ({ note: await getNote(questionId) }), [questionId])
}

export function useAttemptHistory() {
  return useDbQuery(() => listAttempts(), [])
}

export function useReviewCards() {
  return useDbQuery(() => listCards(), [])
}

export function useOutboxSummary() {
  return useDbQuery(() => outboxSummary(), [])
}

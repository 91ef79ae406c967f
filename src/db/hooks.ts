/** Live views of the database for React: every open tab sees a change as it is written. */
import { useLiveQuery } from 'dexie-react-hooks'
import { latestAttempt } from './attempts'
import { getCaseRun, listCaseRuns } from './case-runs'
import { getSectionProgress, listSectionProgress } from './progress'
import { getSetting } from './settings'
import { getNote, getTest, listAttempts, listFlags, listTests } from './tests'
import { listCards } from './review'
import { outboxSummary } from './outbox'
import { useStorageStatus } from './status'
import type { AttemptContext } from './types'

/** A live query that also re-runs when storage becomes (un)usable, so a failed open shows defaults. */
function useDbQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(query, [...deps, state])
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

export function useLatestAttempt(questionId: string, context: AttemptContext, contextId: string) {
  // Wrapped so that "loaded, none" ({ attempt: undefined }) differs from "loading" (undefined).
  return useDbQuery(async () => ({ attempt: await latestAttempt(questionId, context, contextId) }), [questionId, context, contextId])
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

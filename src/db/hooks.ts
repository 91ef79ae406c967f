/** Live views of the database for React: every open tab sees a change as it is written. */
import { useLiveQuery } from 'dexie-react-hooks'
import { latestAttempt } from './attempts'
import { getCaseRun, listCaseRuns } from './case-runs'
import { getSectionProgress, lastVisitedSection, listSectionProgress } from './progress'
import { getSetting } from './settings'
import { getNote, getTest, listAttemptsLite, listFlags, listTests } from './tests'
import { useStorageStatus } from './status'
import type { AttemptContext } from './types'

export function useSectionProgress(moduleId: string, sectionId: string) {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(async () => ({ progress: await getSectionProgress(moduleId, sectionId) }), [moduleId, sectionId, state])
}

export function useAllSectionProgress() {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => listSectionProgress(), [state])
}

export function useLastVisitedSection() {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => lastVisitedSection(), [state])
}

export function useCaseRun(caseId: string) {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(async () => ({ run: await getCaseRun(caseId) }), [caseId, state])
}

export function useAllCaseRuns() {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => listCaseRuns(), [state])
}

export function useLatestAttempt(questionId: string, context: AttemptContext, contextId: string) {
  const state = useStorageStatus((s) => s.state)
  // Wrapped so that "loaded, none" ({ attempt: undefined }) differs from "loading" (undefined).
  return useLiveQuery(async () => ({ attempt: await latestAttempt(questionId, context, contextId) }), [questionId, context, contextId, state])
}

export function useSetting<T>(key: string, fallback: T): T | undefined {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => getSetting(key, fallback), [key, state])
}

export function useTest(id: string) {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(async () => ({ test: await getTest(id) }), [id, state])
}

export function useTests() {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => listTests(), [state])
}

export function useFlags() {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => listFlags(), [state])
}

export function useNote(questionId: string) {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(async () => ({ note: await getNote(questionId) }), [questionId, state])
}

export function useAttemptHistory() {
  const state = useStorageStatus((s) => s.state)
  return useLiveQuery(() => listAttemptsLite(), [state])
}

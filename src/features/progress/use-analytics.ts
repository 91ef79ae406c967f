/** Live analytics for the progress page and the report: every table read once, computed in one pass. */
import { useMemo } from 'react'
import { catalog } from '@/content/catalog'
import { questionIndex } from '@/content/questions'
import { topics } from '@/content/taxonomy'
import { useAllCaseRuns, useAllSectionProgress, useAttemptHistory } from '@/db/hooks'
import { computeAnalytics, type Analytics } from './domain/analytics'

export function useAnalytics(range: { from?: number; to?: number } = {}): Analytics | undefined {
  const attempts = useAttemptHistory()
  const progress = useAllSectionProgress()
  const runs = useAllCaseRuns()
  const { from, to } = range
  return useMemo(() => {
    if (!attempts || !progress || !runs) return undefined
    return computeAnalytics({
      modules: catalog,
      items: Object.values(questionIndex),
      topics,
      attempts,
      sectionProgress: progress,
      caseRuns: runs,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    })
  }, [attempts, progress, runs, from, to])
}

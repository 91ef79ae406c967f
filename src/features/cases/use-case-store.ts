/**
 * A case run and the ways it changes. Saved in IndexedDB when storage works; held in
 * memory for this visit when it does not, so a fellow can still work the case.
 */
import { useEffect, useState } from 'react'
import { saveAttempt, setAttemptConfidence } from '@/db/attempts'
import { advanceCase, completeCase, restartCase, saveCaseAnswer, setCaseAnswerConfidence, startCase } from '@/db/case-runs'
import { useCaseRun } from '@/db/hooks'
import { useStorageStatus } from '@/db/status'
import type { CaseRun, Confidence, SavedAnswer } from '@/db/types'

export interface CaseStore {
  /** undefined while loading. */
  run: CaseRun | undefined
  loading: boolean
  answer(questionId: string, answer: SavedAnswer, msSpent: number): Promise<boolean>
  rate(questionId: string, confidence: Confidence): Promise<boolean>
  advance(stage: number): void
  finish(): void
  restart(): void
}

export function useCaseStore(caseId: string, moduleId: string): CaseStore {
  const canSave = useStorageStatus((s) => s.state === 'ok' || s.state === 'unknown')
  const loaded = useCaseRun(caseId)
  const [memory, setMemory] = useState<CaseRun>(() => ({ caseId, moduleId, stageReached: 0, answers: {}, startedAt: 0, updatedAt: 0 }))

  // The first visit creates the run; its start time then keys the content.
  const missing = canSave && loaded !== undefined && !loaded.run
  useEffect(() => {
    if (missing) void startCase(caseId, moduleId)
  }, [missing, caseId, moduleId])

  if (!canSave) {
    const change = (f: (r: CaseRun) => CaseRun) => setMemory((r) => f(r))
    return {
      run: memory,
      loading: false,
      answer: async (qid, a) => {
        change((r) => ({ ...r, answers: { ...r.answers, [qid]: a } }))
        return false
      },
      rate: async (qid, confidence) => {
        change((r) => (r.answers[qid] ? { ...r, answers: { ...r.answers, [qid]: { ...r.answers[qid], confidence } } } : r))
        return false
      },
      advance: (stage) => change((r) => ({ ...r, stageReached: Math.max(r.stageReached, stage) })),
      finish: () => change((r) => ({ ...r, completedAt: r.completedAt ?? Date.now() })),
      restart: () => change((r) => ({ ...r, stageReached: 0, answers: {}, completedAt: undefined, startedAt: r.startedAt + 1 })),
    }
  }

  return {
    run: loaded?.run,
    // The run is created on first visit; until then the page waits, so that its start time can key the content.
    loading: loaded === undefined || !loaded.run,
    async answer(qid, a, msSpent) {
      const saved = await saveCaseAnswer(caseId, moduleId, qid, a)
      await saveAttempt({
        questionId: qid,
        moduleId,
        selected: a.selected,
        correct: a.correct,
        contentHash: a.contentHash,
        msSpent,
        context: 'case',
        contextId: caseId,
        answeredAt: a.answeredAt,
        ...(a.confidence ? { confidence: a.confidence } : {}),
      })
      return saved
    },
    async rate(qid, confidence) {
      const saved = await setCaseAnswerConfidence(caseId, moduleId, qid, confidence)
      return (await setAttemptConfidence(qid, 'case', caseId, confidence)) && saved
    },
    advance: (stage) => void advanceCase(caseId, moduleId, stage),
    finish: () => void completeCase(caseId, moduleId),
    restart: () => void restartCase(caseId, moduleId),
  }
}

/** Answers to a section's inline checks: every submission is an attempt with context "inline". */
import { useMemo } from 'react'
import { saveAttempt, setAttemptConfidence } from '@/db/attempts'
import { useLatestAttempt } from '@/db/hooks'
import type { QuestionHost } from '@/mdx/contexts'

export function useInlineQuestionHost(moduleId: string, sectionId: string): QuestionHost {
  return useMemo<QuestionHost>(
    () => ({
      useSaved(questionId) {
        const found = useLatestAttempt(questionId, 'inline', sectionId)
        if (!found) return undefined
        const a = found.attempt
        return a ? { selected: a.selected, correct: a.correct, answeredAt: a.answeredAt, contentHash: a.contentHash, ...(a.confidence ? { confidence: a.confidence } : {}) } : null
      },
      submit: (answer) =>
        saveAttempt({
          questionId: answer.questionId,
          moduleId,
          selected: answer.selected,
          correct: answer.correct,
          context: 'inline',
          contextId: sectionId,
          answeredAt: Date.now(),
          msSpent: answer.msSpent,
          contentHash: answer.contentHash,
          ...(answer.confidence ? { confidence: answer.confidence } : {}),
        }),
      setConfidence: (questionId, confidence) => setAttemptConfidence(questionId, 'inline', sectionId, confidence),
    }),
    [moduleId, sectionId],
  )
}

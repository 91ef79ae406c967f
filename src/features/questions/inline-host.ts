/** Answers to a section's inline checks: every submission is an attempt with context "inline". */
import { useMemo } from 'react'
import { saveAttempt, setAttemptConfidence } from '@/db/attempts'
import { useLatestAttempts } from '@/db/hooks'
import type { QuestionHost } from '@/mdx/contexts'

export function useInlineQuestionHost(moduleId: string, sectionId: string): QuestionHost {
  // One query for every item of the section, not one per item.
  const latest = useLatestAttempts('inline', sectionId)
  return useMemo<QuestionHost>(
    () => ({
      useSaved(questionId) {
        if (!latest) return undefined
        const a = latest.get(questionId)
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
    [moduleId, sectionId, latest],
  )
}

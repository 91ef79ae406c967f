/** How a question inside a test keeps its answer and strike-outs: in the test record, written at once. */
import { useMemo } from 'react'
import { saveAttempt, setAttemptConfidence } from '@/db/attempts'
import { updateTest } from '@/db/tests'
import type { TestRecord } from '@/db/types'
import type { QuestionHost } from '@/mdx/contexts'
import { findQuestion } from '@/content/questions'

export function useTestHost(test: TestRecord): QuestionHost {
  return useMemo<QuestionHost>(() => {
    const done = test.status === 'completed'
    return {
      feedback: test.mode === 'timed' && !done ? 'deferred' : 'immediate',
      locked: done,
      // A tutor answer is final once its explanation is shown; a timed answer can change until the end.
      retry: test.mode === 'timed',
      useSaved(questionId) {
        const a = test.answers[questionId]
        return a ? { ...a, contentHash: test.hashes[questionId] ?? '' } : null
      },
      async submit(answer) {
        const answeredAt = Date.now()
        const saved = await updateTest(test.id, (t) => ({
          ...t,
          answers: {
            ...t.answers,
            [answer.questionId]: { selected: answer.selected, correct: answer.correct, answeredAt, ...(answer.confidence ? { confidence: answer.confidence } : {}) },
          },
          itemMs: { ...t.itemMs, [answer.questionId]: (t.itemMs[answer.questionId] ?? 0) + answer.msSpent },
        }))
        // Tutor answers are final at once; timed answers are logged when the test ends.
        if (test.mode === 'tutor')
          await saveAttempt({ ...answer, moduleId: findQuestion(answer.questionId)?.moduleId ?? '', context: 'test', contextId: test.id, answeredAt })
        return saved
      },
      async setConfidence(questionId, confidence) {
        const saved = await updateTest(test.id, (t) => {
          const a = t.answers[questionId]
          return a ? { ...t, answers: { ...t.answers, [questionId]: { ...a, confidence } } } : t
        })
        if (test.mode === 'tutor') return (await setAttemptConfidence(questionId, 'test', test.id, confidence)) && saved
        return saved
      },
      useStruck: (questionId) => test.struck[questionId] ?? [],
      choiceOrder: (questionId) => test.choiceOrder?.[questionId],
      toggleStrike(questionId, choiceId) {
        void updateTest(test.id, (t) => {
          const cur = t.struck[questionId] ?? []
          return { ...t, struck: { ...t.struck, [questionId]: cur.includes(choiceId) ? cur.filter((c) => c !== choiceId) : [...cur, choiceId] } }
        })
      },
    }
  }, [test])
}

import { saveAttempt } from '@/db/attempts'
import { getTest, updateTest } from '@/db/tests'
import { findQuestion } from '@/content/questions'

/** Ends a test; a timed test's answers enter the attempts log now, as they become final. */
export async function finishTest(id: string, now = Date.now()): Promise<boolean> {
  const test = await getTest(id)
  if (!test || test.status === 'completed') return Boolean(test)
  const ok = await updateTest(id, (t) => ({ ...t, status: 'completed', completedAt: now }))
  if (ok && test.mode === 'timed') {
    for (const [questionId, a] of Object.entries(test.answers)) {
      await saveAttempt({
        questionId,
        moduleId: findQuestion(questionId)?.moduleId ?? '',
        selected: a.selected,
        correct: a.correct,
        context: 'test',
        contextId: id,
        answeredAt: a.answeredAt,
        msSpent: test.itemMs[questionId] ?? 0,
        contentHash: test.hashes[questionId] ?? '',
        ...(a.confidence ? { confidence: a.confidence } : {}),
      })
    }
  }
  return ok
}

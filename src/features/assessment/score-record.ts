/** Scores a stored test against the question index: one definition for results and history. */
import { findQuestion } from '@/content/questions'
import type { TestRecord } from '@/db/types'
import { scoreTest, type TestScore } from './domain/score'

export function scoreRecord(test: TestRecord): TestScore {
  // An item removed from the bank since still counts, under an "unknown" module and no topic.
  const items = test.itemIds.map((id) => findQuestion(id) ?? { id, moduleId: 'unknown', topics: [] as string[] })
  const outcomes = Object.fromEntries(
    test.itemIds.map((id) => [id, { answered: Boolean(test.answers[id]), correct: test.answers[id]?.correct ?? false, msSpent: test.itemMs[id] ?? 0 }]),
  )
  return scoreTest(items, outcomes)
}

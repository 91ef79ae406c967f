/** Every answer ever submitted, append-only: the raw material of scores and analytics. */
import { needsReview, newCard } from '@/lib/srs'
import { db } from './database'
import { read, write } from './safe'
import type { Attempt, AttemptContext, Confidence } from './types'

/** A miss or an unsure answer outside a review session puts the item on the review schedule. */
const joinsReview = (a: Pick<Attempt, 'correct' | 'confidence' | 'context'>) => a.context !== 'review' && needsReview(a.correct, a.confidence)

/** Puts an item into spaced review when this answer calls for it; a card already there keeps its schedule. */
async function queueForReview(a: Pick<Attempt, 'questionId' | 'moduleId' | 'correct' | 'confidence' | 'context' | 'answeredAt'>): Promise<void> {
  if (!joinsReview(a)) return
  if (await db.reviewCards.get(a.questionId)) return
  await db.reviewCards.add({ ...newCard(a.answeredAt), questionId: a.questionId, moduleId: a.moduleId, addedAt: a.answeredAt })
}

/** Saves an answer, and in the same transaction queues a missed or unsure item for review. */
export function saveAttempt(attempt: Omit<Attempt, 'id'>): Promise<boolean> {
  // Most answers are right and sure: they touch the attempts store alone, in one put.
  if (!joinsReview(attempt)) return write(() => db.attempts.add(attempt))
  return write(() =>
    db.transaction('rw', db.attempts, db.reviewCards, async () => {
      await db.attempts.add(attempt)
      await queueForReview(attempt)
    }),
  )
}

/** The latest answer to each item answered in one place (a section's inline checks, a case…), by question id. */
export function latestAttempts(context: AttemptContext, contextId: string): Promise<Map<string, Attempt>> {
  return read(async () => {
    const rows = await db.attempts.where('[context+contextId]').equals([context, contextId]).sortBy('answeredAt')
    return new Map(rows.map((a) => [a.questionId, a]))
  }, new Map<string, Attempt>())
}

/** Records how sure the fellow was of their latest answer in one place; an unsure right answer joins review. */
export function setAttemptConfidence(questionId: string, context: AttemptContext, contextId: string, confidence: Confidence): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.attempts, db.reviewCards, async () => {
      const rows = await db.attempts.where('[context+contextId]').equals([context, contextId]).filter((a) => a.questionId === questionId).sortBy('answeredAt')
      const latest = rows.at(-1)
      if (!latest?.id) return
      await db.attempts.update(latest.id, { confidence })
      await queueForReview({ ...latest, confidence })
    }),
  )
}

export function attemptsFor(questionId: string): Promise<Attempt[]> {
  return read(() => db.attempts.where('questionId').equals(questionId).sortBy('answeredAt'), [])
}

/** Answers saved after the attempt with id `afterId`, oldest first (the xAPI projector's feed). */
export function attemptsAfter(afterId: number): Promise<Attempt[]> {
  return read(() => db.attempts.where(':id').above(afterId).toArray(), [])
}

/** The id of the latest saved answer, 0 when there is none. */
export function latestAttemptId(): Promise<number> {
  return read(async () => ((await db.attempts.orderBy(':id').lastKey()) as number | undefined) ?? 0, 0)
}

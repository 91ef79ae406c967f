/** Spaced-review cards and their append-only log. Scheduling itself is @/lib/srs. */
import { gradeFromAnswer } from '@/lib/srs'
import { db } from './database'
import { read, write } from './safe'
import type { Attempt, ReviewCard, ReviewLog } from './types'

export function listDueCards(now = Date.now()): Promise<ReviewCard[]> {
  return read(() => db.reviewCards.where('due').belowOrEqual(now).sortBy('due'), [])
}

export function listCards(): Promise<ReviewCard[]> {
  return read(() => db.reviewCards.orderBy('due').toArray(), [])
}

export function getCard(questionId: string): Promise<ReviewCard | undefined> {
  return read(() => db.reviewCards.get(questionId), undefined)
}

export function logsFor(questionId: string): Promise<ReviewLog[]> {
  return read(() => db.reviewLogs.where('questionId').equals(questionId).sortBy('reviewedAt'), [])
}

/**
 * One answer in a review session: the attempt, the card's new schedule and the log entry
 * are written together, so a crash cannot leave a graded card without its history.
 */
export async function recordReview(attempt: Omit<Attempt, 'id' | 'context'>, now = attempt.answeredAt): Promise<boolean> {
  // Loaded before the transaction opens: awaiting anything but IndexedDB inside it would end it.
  const { scheduleCard } = await import('@/lib/srs-schedule')
  return write(() =>
    db.transaction('rw', db.attempts, db.reviewCards, db.reviewLogs, async () => {
      await db.attempts.add({ ...attempt, context: 'review' })
      const card = await db.reviewCards.get(attempt.questionId)
      if (!card) return
      const grade = gradeFromAnswer(attempt.correct, attempt.confidence)
      const { questionId, moduleId, addedAt, ...before } = card
      const next = scheduleCard(before, grade, now)
      await db.reviewCards.put({ ...next, questionId, moduleId, addedAt })
      await db.reviewLogs.add({ questionId, reviewedAt: now, grade, correct: attempt.correct, ...(attempt.confidence ? { confidence: attempt.confidence } : {}), before, dueAfter: next.due })
    }),
  )
}

/** Takes an item out of review (the fellow knows it now, or the item was retired). */
export function removeCard(questionId: string): Promise<boolean> {
  return write(() => db.reviewCards.delete(questionId))
}

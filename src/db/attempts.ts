/** Every answer ever submitted, append-only: the raw material of scores and analytics. */
import { db } from './database'
import { read, write } from './safe'
import type { Attempt, AttemptContext } from './types'

export function saveAttempt(attempt: Omit<Attempt, 'id'>): Promise<boolean> {
  return write(() => db.attempts.add(attempt))
}

/** The latest answer to an item in one place (a section's inline check, a case…). */
export function latestAttempt(questionId: string, context: AttemptContext, contextId: string): Promise<Attempt | undefined> {
  return read(async () => {
    const rows = await db.attempts.where('[context+contextId]').equals([context, contextId]).filter((a) => a.questionId === questionId).sortBy('answeredAt')
    return rows.at(-1)
  }, undefined)
}

export function attemptsFor(questionId: string): Promise<Attempt[]> {
  return read(() => db.attempts.where('questionId').equals(questionId).sortBy('answeredAt'), [])
}

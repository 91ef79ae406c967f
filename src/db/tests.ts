/** Self-assessment tests: every action of the player is written here as it happens. */
import { db } from './database'
import { read, write } from './safe'
import type { Attempt, Flag, Note, TestRecord } from './types'

export function createTest(test: TestRecord): Promise<boolean> {
  return write(() => db.tests.add(test))
}

export function getTest(id: string): Promise<TestRecord | undefined> {
  return read(() => db.tests.get(id), undefined)
}

export function listTests(): Promise<TestRecord[]> {
  return read(() => db.tests.orderBy('createdAt').reverse().toArray(), [])
}

/** Applies a change to a stored test inside one transaction, so two quick actions cannot overwrite each other. */
export function updateTest(id: string, change: (t: TestRecord) => TestRecord): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.tests, async () => {
      const t = await db.tests.get(id)
      if (t) await db.tests.put(change(t))
    }),
  )
}

/** Deletes a test; its answers stay in the attempts log (and so in statistics) unless asked otherwise. */
export function deleteTest(id: string, { forgetAnswers = false } = {}): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.tests, db.attempts, async () => {
      await db.tests.delete(id)
      if (forgetAnswers) await db.attempts.where('[context+contextId]').equals(['test', id]).delete()
    }),
  )
}

export function listFlags(): Promise<Flag[]> {
  return read(() => db.flags.toArray(), [])
}

export function setFlag(questionId: string, flagged: boolean, now = Date.now()): Promise<boolean> {
  return write(() => (flagged ? db.flags.put({ questionId, flaggedAt: now }) : db.flags.delete(questionId)))
}

export function getNote(questionId: string): Promise<Note | undefined> {
  return read(() => db.notes.get(questionId), undefined)
}

export function saveNote(questionId: string, text: string, now = Date.now()): Promise<boolean> {
  return write(() => (text.trim() ? db.notes.put({ questionId, text, updatedAt: now }) : db.notes.delete(questionId)))
}

/** Every attempt, for statistics and test building (the progress bench covers 100,000). */
export function listAttempts(): Promise<Attempt[]> {
  return read(() => db.attempts.toArray(), [])
}

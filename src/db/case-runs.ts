/** A fellow's run through a case: stage reached, answers, start and finish. */
import { db } from './database'
import { read, write } from './safe'
import type { CaseRun, Confidence, SavedAnswer } from './types'

export function getCaseRun(caseId: string): Promise<CaseRun | undefined> {
  return read(() => db.caseRuns.get(caseId), undefined)
}

export function listCaseRuns(): Promise<CaseRun[]> {
  return read(() => db.caseRuns.toArray(), [])
}

async function upsert(caseId: string, moduleId: string, change: (run: CaseRun) => CaseRun, now: number) {
  const run = (await db.caseRuns.get(caseId)) ?? { caseId, moduleId, stageReached: 0, answers: {}, startedAt: now, updatedAt: now }
  await db.caseRuns.put({ ...change(run), updatedAt: now })
}

export function saveCaseAnswer(caseId: string, moduleId: string, questionId: string, answer: SavedAnswer, now = Date.now()): Promise<boolean> {
  return write(() => db.transaction('rw', db.caseRuns, () => upsert(caseId, moduleId, (r) => ({ ...r, answers: { ...r.answers, [questionId]: answer } }), now)))
}

export function setCaseAnswerConfidence(caseId: string, moduleId: string, questionId: string, confidence: Confidence, now = Date.now()): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.caseRuns, () =>
      upsert(caseId, moduleId, (r) => (r.answers[questionId] ? { ...r, answers: { ...r.answers, [questionId]: { ...r.answers[questionId], confidence } } } : r), now),
    ),
  )
}

export function advanceCase(caseId: string, moduleId: string, stage: number, now = Date.now()): Promise<boolean> {
  return write(() => db.transaction('rw', db.caseRuns, () => upsert(caseId, moduleId, (r) => ({ ...r, stageReached: Math.max(r.stageReached, stage) }), now)))
}

export function startCase(caseId: string, moduleId: string, now = Date.now()): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.caseRuns, async () => {
      if (!(await db.caseRuns.get(caseId))) await upsert(caseId, moduleId, (r) => r, now)
    }),
  )
}

export function completeCase(caseId: string, moduleId: string, now = Date.now()): Promise<boolean> {
  return write(() => db.transaction('rw', db.caseRuns, () => upsert(caseId, moduleId, (r) => ({ ...r, completedAt: r.completedAt ?? now }), now)))
}

/** Starts the case over; earlier attempts stay in the attempts table for analytics. */
export function restartCase(caseId: string, moduleId: string, now = Date.now()): Promise<boolean> {
  return write(() => db.caseRuns.put({ caseId, moduleId, stageReached: 0, answers: {}, startedAt: now, updatedAt: now }))
}

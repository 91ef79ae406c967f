/** Section progress: visits, time spent and completion. */
import { db } from './database'
import { read, write } from './safe'
import type { SectionProgress } from './types'

export function recordVisit(moduleId: string, sectionId: string, now = Date.now()): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.sectionProgress, async () => {
      const row = await db.sectionProgress.get([moduleId, sectionId])
      if (row) await db.sectionProgress.update([moduleId, sectionId], { lastVisitedAt: now })
      else await db.sectionProgress.add({ moduleId, sectionId, status: 'visited', firstVisitedAt: now, lastVisitedAt: now, secondsSpent: 0 })
    }),
  )
}

export function addTimeSpent(moduleId: string, sectionId: string, seconds: number): Promise<boolean> {
  if (seconds <= 0) return Promise.resolve(true)
  return write(() =>
    db.sectionProgress
      .where('[moduleId+sectionId]')
      .equals([moduleId, sectionId])
      .modify((row) => {
        row.secondsSpent += seconds
      }),
  )
}

export function setCompleted(moduleId: string, sectionId: string, completed: boolean, now = Date.now()): Promise<boolean> {
  return write(() =>
    db.transaction('rw', db.sectionProgress, async () => {
      const row = await db.sectionProgress.get([moduleId, sectionId])
      const base: SectionProgress = row ?? { moduleId, sectionId, status: 'visited', firstVisitedAt: now, lastVisitedAt: now, secondsSpent: 0 }
      await db.sectionProgress.put({
        ...base,
        status: completed ? 'completed' : 'visited',
        completedAt: completed ? now : undefined,
      })
    }),
  )
}

export function getSectionProgress(moduleId: string, sectionId: string): Promise<SectionProgress | undefined> {
  return read(() => db.sectionProgress.get([moduleId, sectionId]), undefined)
}

export function listSectionProgress(): Promise<SectionProgress[]> {
  return read(() => db.sectionProgress.toArray(), [])
}

export function lastVisitedSection(): Promise<SectionProgress | undefined> {
  return read(() => db.sectionProgress.orderBy('lastVisitedAt').last(), undefined)
}

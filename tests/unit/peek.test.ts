/**
 * The Dexie-free reader the library and app start-up use (src/db/peek.ts): it must read exactly
 * what Dexie wrote, never create the database itself, and never stand in the way of an upgrade.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import { completeCase, saveCaseAnswer } from '@/db/case-runs'
import { db } from '@/db/database'
import { peekSettings } from '@/db/peek'
import { recordVisit, setCompleted } from '@/db/progress'
import { openDatabase } from '@/db/safe'
import { v1_2026_11_27 } from '@/db/schema'
import { setSetting } from '@/db/settings'
import { useStorageStatus } from '@/db/status'
import { newCard } from '@/lib/srs'
import { readLibraryData } from '@/features/library/library-data'

beforeEach(async () => {
  useStorageStatus.setState({ state: 'unknown', message: undefined })
  await db.delete()
})

describe('peek', () => {
  it('finds nothing on a first visit and leaves creating the database to Dexie', async () => {
    expect(await peekSettings(['theme'])).toBeUndefined()
    expect(await readLibraryData()).toEqual({ progress: [], runs: [], due: 0 })
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('dolor')
    expect(await openDatabase()).toBe(true)
    expect(db.verno).toBe(4)
    expect(useStorageStatus.getState().state).toBe('ok')
  })

  it('reads what the repositories saved: progress, the last section visited, case runs, due reviews, settings', async () => {
    await recordVisit('foundations', 'what-is-pain', 1_000)
    await recordVisit('foundations', 'neurobiology', 3_000)
    await recordVisit('pharmacology', 'opioids', 2_000)
    await setCompleted('foundations', 'what-is-pain', true, 4_000)
    await saveCaseAnswer('knee', 'acute-pain', 'q1', { selected: ['a'], correct: true, answeredAt: 1_000, contentHash: 'h' })
    await completeCase('knee', 'acute-pain')
    const now = Date.now()
    await db.reviewCards.bulkPut([
      { ...newCard(now), questionId: 'due-1', moduleId: 'foundations', addedAt: now, due: now - 60_000 },
      { ...newCard(now), questionId: 'due-2', moduleId: 'foundations', addedAt: now, due: now - 1 },
      { ...newCard(now), questionId: 'later', moduleId: 'foundations', addedAt: now, due: now + 86_400_000 },
    ])
    await setSetting('theme', 'dark')

    const data = await readLibraryData()
    expect(data.progress.map((p) => [p.moduleId, p.sectionId, p.status]).sort()).toEqual([
      ['foundations', 'neurobiology', 'visited'],
      ['foundations', 'what-is-pain', 'completed'],
      ['pharmacology', 'opioids', 'visited'],
    ])
    expect(data.lastVisited).toMatchObject({ moduleId: 'foundations', sectionId: 'neurobiology' })
    expect(data.runs).toEqual([expect.objectContaining({ caseId: 'knee', moduleId: 'acute-pain', completedAt: expect.any(Number) })])
    expect(data.due).toBe(2)
    expect(await peekSettings(['theme', 'textSize'])).toEqual({ theme: 'dark' })
  })

  it('reads nothing from a database older than the stores it needs, and does not block its upgrade', async () => {
    const old = new Dexie('dolor')
    old.version(v1_2026_11_27.version).stores(v1_2026_11_27.stores)
    await old.open()
    await old.table('sectionProgress').add({ moduleId: 'm', sectionId: 's', status: 'visited', firstVisitedAt: 1, lastVisitedAt: 1, secondsSpent: 0 })
    old.close()
    // v1 has no reviewCards store: the library waits for Dexie rather than half-reading.
    expect(await readLibraryData()).toEqual({ progress: [], runs: [], due: 0 })
    expect(await peekSettings(['theme'])).toEqual({})
    expect(await openDatabase()).toBe(true)
    expect((await readLibraryData()).progress).toHaveLength(1)
  })
})

/** What the library shows of a fellow's own records, read without Dexie (see src/db/peek.ts). */
import { peek } from '@/db/peek'
import type { CaseRun, SectionProgress } from '@/db/types'

export interface LibraryData {
  progress: SectionProgress[]
  runs: CaseRun[]
  /** The section visited most recently, for "Continue where you left off". */
  lastVisited?: SectionProgress
  /** Review cards due now. */
  due: number
}

export async function readLibraryData(): Promise<LibraryData> {
  const found = await peek(['sectionProgress', 'caseRuns', 'reviewCards'], (tx) => ({
    progress: tx.objectStore('sectionProgress').getAll() as IDBRequest<SectionProgress[]>,
    runs: tx.objectStore('caseRuns').getAll() as IDBRequest<CaseRun[]>,
    due: tx.objectStore('reviewCards').index('due').count(IDBKeyRange.upperBound(Date.now())),
  }))
  if (!found) return { progress: [], runs: [], due: 0 }
  const lastVisited = found.progress.reduce<SectionProgress | undefined>((last, row) => (!last || row.lastVisitedAt > last.lastVisitedAt ? row : last), undefined)
  return { ...found, lastVisited }
}

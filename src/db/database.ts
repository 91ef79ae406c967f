import Dexie, { type Table } from 'dexie'
import { notifyChange } from './changes'
import { DB_NAME } from './name'
import { schemaVersions } from './schema'
import { reportStorageProblem } from './status'
import type { Attempt, CaseRun, Flag, Note, OutboxRow, ReviewCard, ReviewLog, SectionProgress, Setting, TestRecord } from './types'

export { DB_NAME }

export class DolorDatabase extends Dexie {
  sectionProgress!: Table<SectionProgress, [string, string]>
  attempts!: Table<Attempt, number>
  caseRuns!: Table<CaseRun, string>
  settings!: Table<Setting, string>
  tests!: Table<TestRecord, string>
  flags!: Table<Flag, string>
  notes!: Table<Note, string>
  reviewCards!: Table<ReviewCard, string>
  reviewLogs!: Table<ReviewLog, number>
  outbox!: Table<OutboxRow, string>

  constructor(name = DB_NAME) {
    // Without Dexie's optimistic result cache: live queries read again after a change instead of
    // patching cached results, which keeps each write (saving an answer) cheaper.
    super(name, { cache: 'disabled' })
    for (const v of schemaVersions) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
    // A newer Dolor opened in another tab wants to upgrade the schema: step aside and say so.
    this.on('versionchange', () => {
      this.close()
      reportStorageProblem('outdated', 'Dolor was updated in another tab. Reload this tab to keep saving your progress.')
      return false
    })
  }
}

export const db = new DolorDatabase()

// Every committed write (a repository, an import, a reset; another tab's too, once Dexie is loaded
// here) tells the readers that do not use live queries (src/db/peek.ts) to read again.
Dexie.on('storagemutated', () => notifyChange())

/** Change notifications for code outside React (the xAPI runner), from this tab and others. */
import { liveQuery } from 'dexie'
import { db } from './database'

/** Calls `onChange` whenever a learning record is added or changed; returns the unsubscribe. */
export function watchLearning(onChange: () => void): () => void {
  const subscription = liveQuery(() =>
    Promise.all([db.attempts.orderBy(':id').lastKey(), db.sectionProgress.toArray(), db.caseRuns.toArray(), db.tests.where('status').equals('completed').primaryKeys()]),
  ).subscribe({ next: () => onChange(), error: () => undefined })
  return () => subscription.unsubscribe()
}

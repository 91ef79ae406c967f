/**
 * Read-only IndexedDB access without Dexie, for what the first page shows (library progress,
 * display preferences, whether xAPI is on). Dexie and the repositories are the larger part of
 * the app's JavaScript; pages that only look at a few rows should not wait for them.
 *
 * Writes always go through Dexie (src/db/*.ts), which owns the schema. The peek reader never
 * creates the database: on a first visit it finds nothing and returns empty results.
 */
import { DB_NAME } from './name'
import { reportStorageProblem } from './status'
import type { Setting } from './types'

type Requests = Record<string, IDBRequest>
type Results<R extends Requests> = { [K in keyof R]: R[K] extends IDBRequest<infer T> ? T : never }

/**
 * Runs `build` in one read-only transaction over `stores` and resolves with each request's
 * result, or with undefined when there is nothing to read yet (no database, or a database from
 * before these stores existed) or IndexedDB cannot be used.
 */
export function peek<R extends Requests>(stores: readonly string[], build: (tx: IDBTransaction) => R): Promise<Results<R> | undefined> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      reportStorageProblem('unavailable', "Progress can't be saved in this browser (it does not provide IndexedDB). Everything is still readable.")
      resolve(undefined)
      return
    }
    let request: IDBOpenDBRequest
    try {
      request = indexedDB.open(DB_NAME)
    } catch {
      resolve(undefined) // a sandboxed or opaque origin: read nothing, as on a first visit
      return
    }
    // Opening without a version only upgrades when the database does not exist: leave creating
    // it to Dexie, which knows the schema.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = (event) => {
      event.preventDefault()
      resolve(undefined)
    }
    request.onsuccess = () => {
      const db = request.result
      const settle = (value: Results<R> | undefined) => {
        db.close()
        resolve(value)
      }
      // Never hold up a schema upgrade that Dexie starts in this or another tab.
      db.onversionchange = () => db.close()
      if (!stores.every((name) => db.objectStoreNames.contains(name))) return settle(undefined)
      try {
        const tx = db.transaction([...stores], 'readonly')
        const requests = build(tx)
        tx.oncomplete = () => settle(Object.fromEntries(Object.entries(requests).map(([key, r]) => [key, r.result])) as Results<R>)
        tx.onabort = tx.onerror = () => settle(undefined)
      } catch {
        settle(undefined)
      }
    }
  })
}

/** Settings by key (a key never saved is absent), or undefined when there is nothing to read. */
export async function peekSettings(keys: readonly string[]): Promise<Record<string, unknown> | undefined> {
  const found = await peek(['settings'], (tx) => Object.fromEntries(keys.map((key) => [key, tx.objectStore('settings').get(key) as IDBRequest<Setting | undefined>])))
  return found && Object.fromEntries(Object.entries(found).flatMap(([key, row]) => (row ? [[key, row.value]] : [])))
}

import { db } from './database'
import { canUseStorage, markStorageOk, reportStorageProblem } from './status'

function describe(error: unknown): { full: boolean; text: string } {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const full = name === 'QuotaExceededError' || inner === 'QuotaExceededError'
  return { full, text: error instanceof Error ? error.message : String(error) }
}

/**
 * Opens the database and records whether it worked. The first read or write opens it (this
 * module loads with the first page that saves or lists something), not the app's start-up.
 */
export async function openDatabase(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('This browser does not provide IndexedDB.')
    await db.open()
    markStorageOk()
    void requestPersistentStorage().catch(() => undefined)
    return true
  } catch (error) {
    const { text } = describe(error)
    reportStorageProblem(
      'unavailable',
      `Progress can't be saved in this browser (${text}). Everything is still readable; private browsing or strict privacy settings can cause this.`,
    )
    return false
  }
}

/** Runs a write; on failure says why in the banner and returns false. Saved data is untouched. */
export async function write(action: () => Promise<unknown>): Promise<boolean> {
  if (!canUseStorage() || (!db.isOpen() && !(await openDatabase()))) return false
  try {
    await action()
    return true
  } catch (error) {
    const { full, text } = describe(error)
    if (full) reportStorageProblem('full', "Your device's storage is full, so this answer wasn't saved. Free some space and try again; nothing saved before is lost.")
    else reportStorageProblem('error', `Saving failed: ${text}. Nothing saved before is lost; reload to try again.`)
    return false
  }
}

/** Runs a read; when storage is unusable, returns the fallback instead of throwing into the page. */
export async function read<T>(query: () => Promise<T>, fallback: T): Promise<T> {
  if (!canUseStorage()) return fallback
  // Not awaited: inside a live query only Dexie's own promises may be awaited before the query, or
  // Dexie stops tracking what it reads. Dexie queues the query until the database is open.
  if (!db.isOpen()) void openDatabase()
  try {
    return await query()
  } catch {
    return fallback
  }
}

let persistenceAsked = false

/**
 * Asks the browser once per browser profile to keep Dolor's data through storage pressure, and
 * remembers that it asked. Returns whether storage is persistent now.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined
  if (persistenceAsked || !storage?.persist || !storage.persisted) return undefined
  persistenceAsked = true
  if (await storage.persisted()) return true
  if ((await db.settings.get('persistRequested'))?.value) return false
  const granted = await storage.persist()
  await db.settings.put({ key: 'persistRequested', value: true, updatedAt: Date.now() })
  return granted
}

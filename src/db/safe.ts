import { db } from './database'
import { canUseStorage, markStorageOk, reportStorageProblem } from './status'

function describe(error: unknown): { full: boolean; text: string } {
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const full = name === 'QuotaExceededError' || inner === 'QuotaExceededError'
  return { full, text: error instanceof Error ? error.message : String(error) }
}

/** Opens the database once at start-up and records whether it worked. */
export async function openDatabase(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('This browser does not provide IndexedDB.')
    await db.open()
    markStorageOk()
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
  if (!canUseStorage()) return false
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
  try {
    return await query()
  } catch {
    return fallback
  }
}

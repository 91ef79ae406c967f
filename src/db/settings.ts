/** Key–value preferences: theme, and later the LRS endpoint and the like. */
import { db } from './database'
import { read, write } from './safe'

export type Theme = 'system' | 'light' | 'dark'

/**
 * Settings that belong to this browser only: the LRS connection (with its credentials) and the
 * sender's bookkeeping. Backups neither carry nor restore them, so a shared backup file never
 * leaks a password and an import never points a browser at someone else's LRS.
 */
export const isDeviceOnlySetting = (key: string) => key.startsWith('xapi')

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await read(() => db.settings.get(key), undefined)
  return row === undefined ? fallback : (row.value as T)
}

export function setSetting(key: string, value: unknown): Promise<boolean> {
  // The date lets an imported backup tell which of two values is newer.
  return write(() => db.settings.put({ key, value, updatedAt: Date.now() }))
}

export async function isStoragePersistent(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined
  return storage?.persisted ? storage.persisted() : undefined
}

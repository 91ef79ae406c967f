import { openDatabase } from '@/db/safe'
import { requestPersistentStorage } from '@/db/settings'

/** Opens storage and, once per browser, asks for persistent storage. Never throws. */
export async function initApp(): Promise<void> {
  if (await openDatabase()) await requestPersistentStorage().catch(() => undefined)
}

import { openDatabase } from '@/db/safe'
import { requestPersistentStorage } from '@/db/settings'

/** Opens storage and, once per browser, asks for persistent storage. Never throws. */
export async function initApp(): Promise<void> {
  if (!(await openDatabase())) return
  await requestPersistentStorage().catch(() => undefined)
  // xAPI sending, if the fellow switched it on: loaded after start-up, never in the first load.
  void import('@/features/xapi/boot').then((m) => m.bootXapi()).catch(() => undefined)
}

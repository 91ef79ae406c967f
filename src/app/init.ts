import { peekSettings } from '@/db/peek'
import { CONFIG_KEY } from '@/features/xapi/keys'

/**
 * Start-up work that must not weigh on the first page: the database layer (Dexie) loads with the
 * first page that reads or saves through it, and xAPI sending only when the fellow switched it on.
 * Never throws.
 */
export async function initApp(): Promise<void> {
  const settings = await peekSettings([CONFIG_KEY])
  if (!(settings?.[CONFIG_KEY] as { enabled?: boolean } | undefined)?.enabled) return
  void import('@/features/xapi/boot').then((m) => m.bootXapi()).catch(() => undefined)
}

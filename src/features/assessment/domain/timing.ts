/** The clock of a timed test: 72 seconds an item by default (200 items in 4 hours). */

export const DEFAULT_SECONDS_PER_ITEM = 72

export function timeLimitMs(itemCount: number, secondsPerItem = DEFAULT_SECONDS_PER_ITEM): number {
  return Math.max(0, Math.round(itemCount * secondsPerItem * 1000))
}

/** Time left, never negative; elapsed is what was saved plus the running segment since the last resume. */
export function remainingMs(limitMs: number, savedElapsedMs: number, runningSince: number | null, now: number): number {
  const running = runningSince === null ? 0 : Math.max(0, now - runningSince)
  return Math.max(0, limitMs - savedElapsedMs - running)
}

/** "1:05:09", "4:07", "0:09" */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = h ? String(m).padStart(2, '0') : String(m)
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

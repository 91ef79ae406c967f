/**
 * "Something was saved": told by Dexie after every committed write (src/db/database.ts), and when
 * the tab becomes visible again (another tab may have saved meanwhile). Readers that do not use
 * Dexie's live queries (src/db/peek.ts) re-read on it.
 */
const target = new EventTarget()

export function notifyChange(): void {
  target.dispatchEvent(new Event('change'))
}

export function subscribeToChanges(listener: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') listener()
  }
  target.addEventListener('change', listener)
  document.addEventListener('visibilitychange', onVisible)
  return () => {
    target.removeEventListener('change', listener)
    document.removeEventListener('visibilitychange', onVisible)
  }
}

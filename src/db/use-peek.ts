import { useEffect, useState } from 'react'
import { subscribeToChanges } from './changes'

/**
 * The result of `read` (a peek, src/db/peek.ts), re-read whenever something is saved (see
 * src/db/changes.ts) or the tab comes back into view. Undefined until the first read finishes. `read` must be a
 * stable function (declared at module level).
 */
export function usePeek<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>()
  useEffect(() => {
    let live = true
    const load = () => void read().then((v) => live && setValue(() => v))
    load()
    const stop = subscribeToChanges(load)
    return () => {
      live = false
      stop()
    }
  }, [read])
  return value
}

import { useSyncExternalStore } from 'react'

const noSubscription = () => () => undefined

/**
 * False on the server and while React hydrates a prerendered page, true once the page is live.
 * Controls are disabled until then: a choice ticked in the HTML before the app takes over would
 * otherwise be silently undone by hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

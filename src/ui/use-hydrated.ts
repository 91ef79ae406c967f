import { startTransition, useEffect, useState } from 'react'

let hydratingPage = false

/** Start-up calls these around hydrating a prerendered page (src/main.tsx). */
export const beginPageHydration = () => {
  hydratingPage = true
}
export const endPageHydration = () => {
  hydratingPage = false
}

/**
 * False on the server and while React hydrates a prerendered page, true once the page is live.
 * Controls are disabled until then: a choice ticked in the HTML before the app takes over would
 * otherwise be silently undone by hydration. Each component switches itself on in an effect, as a
 * transition, so enabling every control of a long section happens in short slices rather than in
 * one synchronous render (useSyncExternalStore's way). A component first rendered after the first
 * navigation is live at once; one that appears on the first page later (a case's next stage) is
 * switched on a moment after it appears.
 */
export function useHydrated(): boolean {
  const [live, setLive] = useState(() => typeof window !== 'undefined' && !hydratingPage)
  useEffect(() => {
    if (!live) startTransition(() => setLive(true))
  }, [live])
  return live
}

/**
 * A display preference (theme, text size) lives in IndexedDB, shows as a data attribute on
 * <html>, and is mirrored to localStorage so that index.html's inline script can apply it
 * before the first paint, while IndexedDB is still opening.
 */
import { useEffect } from 'react'
import { subscribeToChanges } from '@/db/changes'
import { peekSettings } from '@/db/peek'

export interface RootPreference<T extends string> {
  /** Settings key in IndexedDB, and the localStorage key is `dolor.${key}`. */
  key: string
  /** dataset property on <html>; the default value removes it. */
  attribute: 'theme' | 'textSize'
  fallback: T
}

export function applyRootPreference<T extends string>(pref: RootPreference<T>, value: T) {
  const root = document.documentElement
  if (value === pref.fallback) delete root.dataset[pref.attribute]
  else root.dataset[pref.attribute] = value
  try {
    localStorage.setItem(`dolor.${pref.key}`, value)
  } catch {
    /* storage blocked: the preference still applies for this visit */
  }
}

/** Applies the saved value of each preference, read together in one look at IndexedDB. `prefs` must be stable. */
export function useApplyRootPreferences(prefs: readonly RootPreference<string>[]) {
  useEffect(() => {
    // Read without Dexie (src/db/peek.ts): the layout is on every first load. Re-read after any
    // committed write (a restored backup, a reset) or on coming back from another tab.
    const load = () =>
      void peekSettings(prefs.map((p) => p.key)).then((found) => {
        if (found) for (const pref of prefs) applyRootPreference(pref, (found[pref.key] as string | undefined) ?? pref.fallback)
      })
    load()
    return subscribeToChanges(load)
  }, [prefs])
}

export async function chooseRootPreference<T extends string>(pref: RootPreference<T>, value: T) {
  applyRootPreference(pref, value)
  const { setSetting } = await import('@/db/settings')
  await setSetting(pref.key, value)
}

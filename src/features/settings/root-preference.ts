/**
 * A display preference (theme, text size) lives in IndexedDB, shows as a data attribute on
 * <html>, and is mirrored to localStorage so that index.html's inline script can apply it
 * before the first paint, while IndexedDB is still opening.
 */
import { useEffect } from 'react'
import { useSetting } from '@/db/hooks'
import { setSetting } from '@/db/settings'

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

export function useApplyRootPreference<T extends string>(pref: RootPreference<T>) {
  const value = useSetting<T>(pref.key, pref.fallback)
  useEffect(() => {
    if (value) applyRootPreference(pref, value)
  }, [pref, value])
}

export async function chooseRootPreference<T extends string>(pref: RootPreference<T>, value: T) {
  applyRootPreference(pref, value)
  await setSetting(pref.key, value)
}

import { useEffect } from 'react'
import { useSetting } from '@/db/hooks'
import { setSetting, type Theme } from '@/db/settings'

const STORAGE_KEY = 'dolor.theme'

/** Applies the chosen theme; "system" follows prefers-color-scheme through CSS. */
export function applyTheme(theme: Theme) {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  try {
    // Mirrored for the inline script in index.html, which runs before IndexedDB can answer.
    localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    /* storage blocked: the theme still applies for this visit */
  }
}

export function useApplyTheme() {
  const theme = useSetting<Theme>('theme', 'system')
  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])
}

export async function chooseTheme(theme: Theme) {
  applyTheme(theme)
  await setSetting('theme', theme)
}

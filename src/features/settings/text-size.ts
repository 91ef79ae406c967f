import { useEffect } from 'react'
import { useSetting } from '@/db/hooks'
import { setSetting } from '@/db/settings'

export type TextSize = 'default' | 'large' | 'larger'
export const textSizes: { value: TextSize; label: string }[] = [
  { value: 'default', label: 'Default' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
]

const STORAGE_KEY = 'dolor.textSize'

/** Scales every rem-based size (CSS keys off html[data-text-size]); mirrored for the first paint. */
export function applyTextSize(size: TextSize) {
  const root = document.documentElement
  if (size === 'default') delete root.dataset.textSize
  else root.dataset.textSize = size
  try {
    localStorage.setItem(STORAGE_KEY, size)
  } catch {
    /* storage blocked: the size still applies for this visit */
  }
}

export function useApplyTextSize() {
  const size = useSetting<TextSize>('textSize', 'default')
  useEffect(() => {
    if (size) applyTextSize(size)
  }, [size])
}

export async function chooseTextSize(size: TextSize) {
  applyTextSize(size)
  await setSetting('textSize', size)
}

import { chooseRootPreference, type RootPreference } from './root-preference'

export type TextSize = 'default' | 'large' | 'larger'
export const textSizes: { value: TextSize; label: string }[] = [
  { value: 'default', label: 'Default' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
]

/** Scales every rem-based size: CSS keys off html[data-text-size]. */
export const textSize: RootPreference<TextSize> = { key: 'textSize', attribute: 'textSize', fallback: 'default' }

export const chooseTextSize = (value: TextSize) => chooseRootPreference(textSize, value)

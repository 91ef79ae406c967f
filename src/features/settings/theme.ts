import type { Theme } from '@/db/settings'
import { chooseRootPreference, type RootPreference } from './root-preference'

/** "system" follows prefers-color-scheme through CSS, so it removes the attribute. */
export const theme: RootPreference<Theme> = { key: 'theme', attribute: 'theme', fallback: 'system' }

export const chooseTheme = (value: Theme) => chooseRootPreference(theme, value)

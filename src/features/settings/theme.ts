import type { Theme } from '@/db/settings'
import { chooseRootPreference, useApplyRootPreference, type RootPreference } from './root-preference'

/** "system" follows prefers-color-scheme through CSS, so it removes the attribute. */
const theme: RootPreference<Theme> = { key: 'theme', attribute: 'theme', fallback: 'system' }

export const useApplyTheme = () => useApplyRootPreference(theme)
export const chooseTheme = (value: Theme) => chooseRootPreference(theme, value)

import { useApplyRootPreferences } from './root-preference'
import { textSize } from './text-size'
import { theme } from './theme'

const display = [theme, textSize]

/** Keeps <html> in step with the saved theme and text size (the layout calls it once). */
export const useApplyDisplaySettings = () => useApplyRootPreferences(display)

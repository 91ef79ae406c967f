/** The modules as the library lists them: titles, summaries, times and ids, without the catalog. */
import { outline as modules } from 'virtual:dolor/outline'
import type { OutlineModule } from './types'

export const outline: readonly OutlineModule[] = modules

/** Whether a new version of Dolor is installed and waiting, and how to switch to it. */
import { create } from 'zustand'

interface UpdateStatus {
  waiting: boolean
  /** Activates the waiting version and reloads into it. */
  apply?: () => void
  /** True once the app shell and content are cached and the app works offline. */
  offlineReady: boolean
}

export const useUpdateStatus = create<UpdateStatus>(() => ({ waiting: false, offlineReady: false }))

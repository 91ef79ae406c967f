/**
 * Whether progress can be saved, for the banner. Anything that makes a write fail
 * (no IndexedDB, private mode, a full disk, a newer schema in another tab) ends up here
 * so that the fellow is told, instead of losing work silently.
 */
import { create } from 'zustand'

export type StorageState = 'unknown' | 'ok' | 'unavailable' | 'full' | 'outdated' | 'error'

interface StorageStatus {
  state: StorageState
  message?: string
}

export const useStorageStatus = create<StorageStatus>(() => ({ state: 'unknown' }))

export function reportStorageProblem(state: Exclude<StorageState, 'ok' | 'unknown'>, message: string): void {
  useStorageStatus.setState({ state, message })
}

export function markStorageOk(): void {
  if (useStorageStatus.getState().state === 'unknown') useStorageStatus.setState({ state: 'ok', message: undefined })
}

export function canUseStorage(): boolean {
  const s = useStorageStatus.getState().state
  return s === 'ok' || s === 'unknown'
}

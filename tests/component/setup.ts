// Real Dexie on fake-indexeddb; MSW refuses any network a test did not ask for.
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { db } from '@/db/database'
import { useStorageStatus } from '@/db/status'

export const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  useStorageStatus.setState({ state: 'unknown', message: undefined })
  localStorage.clear()
  await db.delete()
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

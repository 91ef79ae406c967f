import { useCallback, useEffect, useRef, useState } from 'react'
import { updateTest } from '@/db/tests'
import type { TestRecord } from '@/db/types'

// Every second: a write this small is cheap, and a reload then loses at most a second.
const SAVE_EVERY_MS = 1_000

/**
 * The running clock of a test. Time used is kept locally and written to the test record
 * every few seconds, when the tab is hidden and when the page is left, so a reload resumes
 * with (almost exactly) the time that was left.
 */
export function useTestClock(test: TestRecord) {
  const running = test.status === 'in-progress'
  const saved = useRef(test.elapsedMs)
  const since = useRef<number | null>(null)
  const [now, setNow] = useState(() => Date.now())

  const flush = useCallback(async () => {
    if (since.current === null) return
    const t = Date.now()
    saved.current += t - since.current
    since.current = t
    const value = saved.current
    await updateTest(test.id, (r) => ({ ...r, elapsedMs: Math.max(r.elapsedMs, value) }))
  }, [test.id])

  useEffect(() => {
    if (!running) {
      since.current = null
      return
    }
    since.current = Date.now()
    let ticks = 0
    const timer = window.setInterval(() => {
      setNow(Date.now())
      ticks++
      if (ticks % (SAVE_EVERY_MS / 1000) === 0) void flush()
    }, 1000)
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', flush)
    return () => {
      void flush()
      since.current = null
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', flush)
    }
  }, [running, flush])

  // The anchor lives in refs because the timers and pagehide handlers move it; the render
  // reads it fresh on every tick of `now`, which is what re-renders the clock.
  // eslint-disable-next-line react-hooks/refs -- see above: refs read during render on purpose
  const elapsedMs = saved.current + (since.current === null ? 0 : Math.max(0, now - since.current))
  const remaining = test.timeLimitMs === null ? null : Math.max(0, test.timeLimitMs - elapsedMs)
  return { elapsedMs, remainingMs: remaining, flush }
}

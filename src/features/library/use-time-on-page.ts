import { useEffect, useRef } from 'react'

/**
 * Counts the seconds a page is visible and hands them to `flush` every half minute, when
 * the tab is hidden, and when the page is left, so time is kept even if the tab is killed.
 */
export function useTimeOnPage(flush: (seconds: number) => void, key: string) {
  const flushRef = useRef(flush)
  useEffect(() => {
    flushRef.current = flush
  })
  useEffect(() => {
    let since = document.visibilityState === 'visible' ? Date.now() : null
    const take = () => {
      if (since === null) return
      const seconds = Math.round((Date.now() - since) / 1000)
      since = Date.now()
      if (seconds > 0) flushRef.current(seconds)
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        take()
        since = null
      } else since = Date.now()
    }
    const timer = window.setInterval(take, 30_000)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', take)
    return () => {
      take()
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', take)
    }
  }, [key])
}

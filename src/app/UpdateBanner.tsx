import { useState } from 'react'
import { useUpdateStatus } from './update-status'

/** Offers a new deployment; the fellow chooses when, so an answer being written is never cut off. */
export function UpdateBanner() {
  const { waiting, apply } = useUpdateStatus()
  const [later, setLater] = useState(false)
  if (!waiting || later) return null
  return (
    <div className="banner banner--info" role="status">
      <p>A new version of Dolor is ready. Your saved work is kept; finish what you are typing, then reload.</p>
      <div className="banner__actions">
        <button type="button" className="button button--primary" onClick={() => apply?.()}>
          Reload
        </button>
        <button type="button" className="button" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </div>
  )
}

/**
 * Said once, when the first visit has finished caching every module. It floats over the page's
 * corner rather than pushing the page down, because it arrives while the fellow is reading; it
 * sits last in the page so it adds no stop before the content for keyboard users. The live
 * region is always present (a region inserted with its text is often not read out).
 */
export function OfflineReadyNote() {
  const offlineReady = useUpdateStatus((s) => s.offlineReady)
  const dismiss = () => useUpdateStatus.setState({ offlineReady: false })
  return (
    <div aria-live="polite">
      {offlineReady && (
        <div className="toast">
          <p>Dolor is ready to work offline: every module is saved on this device.</p>
          <button type="button" className="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}

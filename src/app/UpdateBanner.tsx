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

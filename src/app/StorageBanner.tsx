import { useStorageStatus } from '@/db/status'

/** Says plainly when progress cannot be saved, so no fellow loses work without knowing. */
export function StorageBanner() {
  const { state, message } = useStorageStatus()
  if (state === 'ok' || state === 'unknown') return null
  return (
    <div className="banner banner--warning" role="alert">
      <p>
        <strong>{state === 'full' ? 'Storage full.' : state === 'outdated' ? 'Dolor was updated.' : "Progress isn't being saved."}</strong> {message}
      </p>
      {state === 'outdated' ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : null}
    </div>
  )
}

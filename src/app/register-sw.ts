/**
 * Registers the service worker (production builds only; loaded lazily from main.tsx). A new
 * version installs in the background and waits; the banner asks before reloading into it.
 */
import { Workbox } from 'workbox-window'
import { useUpdateStatus } from './update-status'

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const base = import.meta.env.BASE_URL
  const wb = new Workbox(`${base}sw.js`, { scope: base })
  wb.addEventListener('waiting', () => {
    useUpdateStatus.setState({
      waiting: true,
      apply: () => {
        wb.addEventListener('controlling', () => window.location.reload())
        wb.messageSkipWaiting()
      },
    })
  })
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) useUpdateStatus.setState({ offlineReady: true })
  })
  void wb.register().catch(() => undefined)
}

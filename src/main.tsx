import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, RouterProvider, type LoaderFunction } from 'react-router'
import { routes } from '@/app/routes'
import { initApp } from '@/app/init'
import '@/app/styles.css'
import { nextTask } from '@/lib/next-task'
import { captureStaticRuns } from '@/mdx/static-runs'
import { beginPageHydration, endPageHydration } from '@/ui/use-hydrated'

void initApp()

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'
const container = document.getElementById('root')!

/**
 * Content pages arrive prerendered (scripts/prerender.ts): their route modules are loaded before
 * hydrating, so the first render matches the HTML. Other pages, and every page the service worker
 * serves from the shell, render from scratch.
 */
async function start() {
  // A host's SPA fallback may have served another page's HTML (see scripts/prerender.ts).
  const strip = (path: string) => path.replace(/\/$/, '')
  const servedFor = container.dataset.prerendered
  if (servedFor !== undefined && strip(servedFor) !== strip(window.location.pathname)) {
    container.replaceChildren()
    document.documentElement.removeAttribute('data-wrong-page')
  }
  const prerendered = container.hasChildNodes()
  if (prerendered) {
    captureStaticRuns(container)
    const matches = matchRoutes(routes, window.location, basename) ?? []
    // One step per task (see src/lib/next-task.ts): a slow phone stays responsive while the page starts.
    for (const { route, params } of matches) {
      await nextTask()
      if (typeof route.lazy === 'function') Object.assign(route, { ...(await route.lazy()), lazy: undefined })
      await nextTask()
      // Hydration skips loaders (their result came with the HTML), but their side effects, such
      // as filling in reference lists, must have happened for the first render to match.
      if (typeof route.loader === 'function') await route.loader({ request: new Request(window.location.href), params, context: {} } as Parameters<LoaderFunction>[0])
    }
    await nextTask()
  }
  const router = createBrowserRouter(routes, { basename })
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  )
  if (prerendered) await nextTask()
  // As a transition, hydration yields to the browser between pieces of work instead of
  // holding the main thread for the whole page (a long task on slow phones).
  if (prerendered) {
    // Controls stay as the HTML has them (disabled) while React adopts the page, including the parts
    // it hydrates after the first commit (Suspense boundaries); the first navigation ends that.
    beginPageHydration()
    const stop = router.subscribe(() => {
      endPageHydration()
      stop()
    })
    startTransition(() => void hydrateRoot(container, app))
  } else createRoot(container).render(app)
}

/**
 * The service worker exists only in production builds; the dev server and tests never load it. It
 * registers once the page has started and the browser is idle: its first install downloads every
 * module for offline use, which should not compete with the page the fellow opened.
 */
function registerServiceWorkerWhenIdle() {
  const register = () => void import('@/app/register-sw').then((m) => m.registerServiceWorker())
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 })
  else setTimeout(register, 1000)
}

void start().finally(() => {
  if (import.meta.env.PROD) registerServiceWorkerWhenIdle()
})

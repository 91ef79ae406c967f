import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { initApp } from '@/app/init'
import { routes } from '@/app/routes'
import '@/app/styles.css'

void initApp()
// The service worker exists only in production builds; the dev server and tests never load it.
if (import.meta.env.PROD) void import('@/app/register-sw').then((m) => m.registerServiceWorker())
const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)

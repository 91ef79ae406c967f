// The performance floor: the bare stack Dolor is built on (React, React Router, one MDX route),
// built in the same bench run so Dolor's first load can be compared with it.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'

const router = createBrowserRouter([{ path: '/', lazy: async () => ({ Component: (await import('./Page.mdx')).default }) }])
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)

import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { initApp } from '@/app/init'
import { routes } from '@/app/routes'

/** The whole app on a memory router at `path`, with storage opened as at start-up. */
export async function renderApp(path = '/') {
  await initApp()
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const user = userEvent.setup()
  const view = render(<RouterProvider router={router} />)
  return { ...view, router, user }
}

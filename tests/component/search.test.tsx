import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app'

describe('search', () => {
  it('searches sections and cases as the fellow types, with the module and a highlighted snippet', async () => {
    const { user, router } = await renderApp('/search')
    const box = await screen.findByRole('searchbox', { name: 'Search sections and cases' })
    await waitFor(() => expect(box).toHaveFocus())
    await waitFor(() => expect(screen.queryByText('Loading the index…')).not.toBeInTheDocument())
    await user.type(box, 'naloxone')
    expect(router.state.location.search).toBe('?q=naloxone')
    const list = await screen.findByRole('list', { name: 'Search results' })
    const first = within(list).getAllByRole('listitem')[0]
    expect(within(first).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/modules\//))
    expect(first.querySelector('mark')?.textContent?.toLowerCase()).toContain('naloxone')
    expect(screen.getByRole('status')).toHaveTextContent(/\d+ results? for “naloxone”/)
  })

  it('"/" opens search from any page', async () => {
    const { user, router } = await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Library' })
    await user.keyboard('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveFocus())
  })
})

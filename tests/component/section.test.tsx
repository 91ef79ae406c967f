import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { catalog } from '@/content/catalog'
import { db } from '@/db/database'
import { renderApp } from './render-app'

const [firstModule] = catalog
const [firstSection] = firstModule.sections
const sectionPath = `/modules/${firstModule.id}/${firstSection.id}`

describe('a section', () => {
  it('renders its MDX, records the visit, and numbers its references', async () => {
    await renderApp(sectionPath)
    expect(await screen.findByRole('heading', { level: 1, name: firstSection.title })).toBeInTheDocument()
    await waitFor(async () => expect(await db.sectionProgress.get([firstModule.id, firstSection.id])).toMatchObject({ status: 'visited' }))
    const refs = screen.getByRole('region', { name: 'References' })
    expect(within(refs).getAllByRole('listitem')).toHaveLength(firstSection.references.length)
  })

  it('"Mark as complete" toggles completion, saved in IndexedDB and shown on the module page and library', async () => {
    const { user, unmount } = await renderApp(sectionPath)
    const toggle = await screen.findByRole('button', { name: 'Mark as complete' })
    await waitFor(() => expect(toggle).toBeEnabled())
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'))
    expect(await db.sectionProgress.get([firstModule.id, firstSection.id])).toMatchObject({ status: 'completed' })
    unmount()

    const again = await renderApp(`/modules/${firstModule.id}`)
    const sections = await screen.findByRole('region', { name: 'Sections' })
    const item = within(sections).getByRole('link', { name: firstSection.title }).closest('li')!
    await waitFor(() => expect(within(item).getByText('Completed')).toBeInTheDocument())
    again.unmount()

    const lib = await renderApp('/')
    await waitFor(() => expect(screen.getByTestId(`progress-${firstModule.id}`)).toHaveTextContent(`1 of ${firstModule.sections.length}`))
    lib.unmount()

    // And it can be undone.
    const { user: u2 } = await renderApp(sectionPath)
    const toggle2 = await screen.findByRole('button', { name: 'Mark as complete' })
    await waitFor(() => expect(toggle2).toHaveAttribute('aria-pressed', 'true'))
    await u2.click(toggle2)
    await waitFor(async () => expect(await db.sectionProgress.get([firstModule.id, firstSection.id])).toMatchObject({ status: 'visited' }))
  })

  it('still reads, with a clear banner, when IndexedDB cannot be opened', async () => {
    const saved = globalThis.indexedDB
    // @ts-expect-error -- simulating a browser without IndexedDB (some private modes)
    delete globalThis.indexedDB
    try {
      await renderApp(sectionPath)
      expect(await screen.findByRole('heading', { level: 1, name: firstSection.title })).toBeInTheDocument()
      expect(screen.getByRole('alert')).toHaveTextContent("Progress isn't being saved.")
      expect(screen.getByRole('alert')).toHaveTextContent('Everything is still readable')
    } finally {
      globalThis.indexedDB = saved
    }
  })
})

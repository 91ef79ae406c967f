import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { catalog } from '@/content/catalog'
import { resetAll } from '@/db/backup/io'
import { db } from '@/db/database'
import { setCompleted } from '@/db/progress'
import { setSetting } from '@/db/settings'
import { renderApp } from './render-app'

const [firstModule] = catalog
const [firstSection] = firstModule.sections

describe('library and module pages', () => {
  it('lists every module with its time and progress', async () => {
    await renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument()
    for (const m of catalog) {
      const link = screen.getByRole('link', { name: m.title })
      const card = link.closest('li')!
      expect(within(card).getByText(`0 of ${m.sections.length} section${m.sections.length === 1 ? '' : 's'} completed`)).toBeInTheDocument()
    }
    expect(screen.queryByRole('heading', { name: 'Continue where you left off' })).not.toBeInTheDocument()
    // A first visit points at the first section and says nothing is due, in the same two cards.
    const start = await screen.findByRole('region', { name: 'Start here' })
    expect(within(start).getByRole('link')).toHaveAttribute('href', `/modules/${firstModule.id}/${firstSection.id}`)
    expect(screen.getByRole('region', { name: 'Spaced review' })).toHaveTextContent('Nothing due for review')
    expect(within(screen.getByRole('region', { name: 'Spaced review' })).queryByRole('link')).not.toBeInTheDocument()
  })

  it('offers to continue with the last section opened', async () => {
    await db.open()
    await db.sectionProgress.add({ moduleId: firstModule.id, sectionId: firstSection.id, status: 'visited', firstVisitedAt: 1, lastVisitedAt: 2, secondsSpent: 0 })
    await renderApp('/')
    const region = await screen.findByRole('region', { name: 'Continue where you left off' })
    expect(within(region).getByRole('link')).toHaveAttribute('href', `/modules/${firstModule.id}/${firstSection.id}`)
  })

  it('reads progress without Dexie yet follows what is saved while it is open, as do theme and text size', async () => {
    await renderApp('/')
    const card = (await screen.findByRole('link', { name: firstModule.title })).closest('li')!
    expect(within(card).getByText(/^0 of/)).toBeInTheDocument()
    await setCompleted(firstModule.id, firstSection.id, true)
    expect(await within(card).findByText(new RegExp(`^1 of ${firstModule.sections.length} section`))).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Continue where you left off' })).toBeInTheDocument()
    // A restored backup or another tab may change display settings: the layout applies them.
    await setSetting('theme', 'dark')
    await setSetting('textSize', 'larger')
    await waitFor(() => expect(document.documentElement.dataset).toMatchObject({ theme: 'dark', textSize: 'larger' }))
    // Writes outside the repositories count too: "Reset all" takes the display back to defaults.
    expect(await resetAll()).toBe(true)
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined())
    expect(document.documentElement.dataset.textSize).toBeUndefined()
    expect(await within(card).findByText(/^0 of/)).toBeInTheDocument()
  })

  it('shows a module with objectives, sections in order, cases and references', async () => {
    await renderApp(`/modules/${firstModule.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: firstModule.title })).toBeInTheDocument()
    const sections = screen.getByRole('region', { name: 'Sections' })
    expect(within(sections).getAllByRole('link').map((a) => a.textContent)).toEqual(firstModule.sections.map((s) => s.title))
    expect(within(sections).getAllByText('Not started')).toHaveLength(firstModule.sections.length)
    expect(screen.getByRole('region', { name: 'Objectives' })).toHaveTextContent(firstModule.objectives[0])
    expect(screen.getByRole('region', { name: 'References' })).toBeInTheDocument()
  })

  it('gives a real 404 for an unknown path, module or section', async () => {
    const a = await renderApp('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    a.unmount()
    const b = await renderApp('/modules/no-such-module')
    expect(await screen.findByRole('heading', { name: 'This module does not exist' })).toBeInTheDocument()
    b.unmount()
    await renderApp(`/modules/${firstModule.id}/no-such-section`)
    expect(await screen.findByRole('heading', { name: 'This section does not exist' })).toBeInTheDocument()
  })
})

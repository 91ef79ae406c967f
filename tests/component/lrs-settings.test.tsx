/** Settings → Learning Record Store, against an LRS played by MSW. */
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { saveAttempt } from '@/db/attempts'
import { db } from '@/db/database'
import { catalog } from '@/content/catalog'
import { findQuestion } from '@/content/questions'
import { stopXapi } from '@/features/xapi/runner'
import { createFakeLrs } from '../support/fake-lrs'
import { renderApp } from './render-app'
import { server } from './setup'

const endpoint = 'https://lrs.test/xapi/'
afterEach(() => stopXapi())

function playLrs(options: { down?: boolean } = {}) {
  const lrs = createFakeLrs()
  server.use(
    http.all(`${endpoint}*`, async ({ request }) => {
      if (options.down) return HttpResponse.error()
      const reply = lrs.handle({ method: request.method, url: new URL(request.url), headers: Object.fromEntries(request.headers), body: await request.text() })
      return new HttpResponse(reply.body ?? null, { status: reply.status, headers: reply.headers ?? {} })
    }),
  )
  return lrs
}

async function fillIn(user: Awaited<ReturnType<typeof renderApp>>['user'], panel: HTMLElement, values: { endpoint: string; password?: string }) {
  await user.click(within(panel).getByRole('checkbox', { name: 'Send learning records to an LRS' }))
  await user.clear(within(panel).getByLabelText(/^LRS endpoint/))
  await user.type(within(panel).getByLabelText(/^LRS endpoint/), values.endpoint)
  await user.type(within(panel).getByLabelText('Username or key'), 'dolor-key')
  await user.type(within(panel).getByLabelText('Password or secret'), values.password ?? 'dolor-secret')
  await user.type(within(panel).getByLabelText(/^Your name in the LRS/), 'fellow-07')
}

describe('Learning Record Store settings', () => {
  it('is off by default and explains each mistake beside its field', async () => {
    const { user } = await renderApp('/settings')
    const panel = await screen.findByRole('region', { name: 'Learning Record Store (xAPI)' })
    expect(within(panel).getByRole('checkbox', { name: 'Send learning records to an LRS' })).not.toBeChecked()
    await waitFor(() => expect(within(panel).getByTestId('outbox-pending')).toHaveTextContent('0 statements'))

    await user.click(within(panel).getByRole('checkbox', { name: 'Send learning records to an LRS' }))
    await user.type(within(panel).getByLabelText(/^LRS endpoint/), 'http://lrs.example.org/xapi/')
    await user.click(within(panel).getByRole('button', { name: 'Save LRS settings' }))
    expect(within(panel).getByRole('alert')).toHaveTextContent('Some settings need attention')
    const endpointField = within(panel).getByLabelText(/^LRS endpoint/)
    expect(endpointField).toHaveAttribute('aria-invalid', 'true')
    expect(endpointField).toHaveAccessibleDescription(/Use an https:\/\/ address/)
    expect(within(panel).getByLabelText('Username or key')).toHaveAccessibleDescription(/Enter the username/)
    expect(await db.settings.get('xapiConfig')).toBeUndefined()
  })

  it('tests the connection, then sends what is studied after switching on, once each', async () => {
    const lrs = playLrs()
    const { user } = await renderApp('/settings')
    const panel = await screen.findByRole('region', { name: 'Learning Record Store (xAPI)' })
    await fillIn(user, panel, { endpoint, password: 'wrong' })
    await user.click(within(panel).getByRole('button', { name: 'Test connection' }))
    expect(await within(panel).findByRole('alert')).toHaveTextContent('The LRS is reachable but refused these credentials (401).')
    await user.clear(within(panel).getByLabelText('Password or secret'))
    await user.type(within(panel).getByLabelText('Password or secret'), 'dolor-secret')
    await user.click(within(panel).getByRole('button', { name: 'Test connection' }))
    expect(await within(panel).findByText('Connected: the LRS accepts these credentials.')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Save LRS settings' }))
    expect(await within(panel).findByText('Saved. Learning records will be sent to the LRS.')).toBeInTheDocument()

    const section = catalog.find((m) => m.id === 'foundations')!.sections.find((s) => s.questionIds.length)!
    const item = findQuestion(section.questionIds[0]!)!
    await saveAttempt({ questionId: item.id, moduleId: 'foundations', selected: item.correctIds, correct: true, context: 'inline', contextId: section.id, answeredAt: Date.now(), msSpent: 9000, contentHash: item.contentHash })
    await waitFor(() => expect(lrs.stored.size).toBe(1))
    const [statement] = [...lrs.stored.values()] as { actor: unknown; result: { success: boolean } }[]
    expect(statement).toMatchObject({ actor: { account: { name: 'fellow-07' } }, result: { success: true } })
    await waitFor(() => expect(within(panel).getByTestId('outbox-pending')).toHaveTextContent('0 statements'))
    await waitFor(() => expect(within(panel).getByText('Last sent').nextElementSibling).not.toHaveTextContent('Never'))
  })

  it('shows the outbox growing and the last error while the LRS is down', async () => {
    playLrs({ down: true })
    const { user } = await renderApp('/settings')
    const panel = await screen.findByRole('region', { name: 'Learning Record Store (xAPI)' })
    await fillIn(user, panel, { endpoint })
    await user.click(within(panel).getByRole('button', { name: 'Save LRS settings' }))
    await within(panel).findByText('Saved. Learning records will be sent to the LRS.')
    const item = findQuestion(catalog[0]!.sections.find((s) => s.questionIds.length)!.questionIds[0]!)!
    for (let i = 0; i < 2; i++)
      await saveAttempt({ questionId: item.id, moduleId: item.moduleId, selected: ['a'], correct: item.correctIds[0] === 'a', context: 'review', contextId: 'r', answeredAt: Date.now(), msSpent: 1000, contentHash: item.contentHash })
    await waitFor(() => expect(within(panel).getByTestId('outbox-pending')).toHaveTextContent('2 statements'))
    expect(await within(panel).findByTestId('outbox-error')).toHaveTextContent('Could not reach the LRS')
  })
})

import { expect, test } from '@playwright/test'
import { firstSection } from './helpers'
import { startLrs, type RunningLrs } from './lrs-server'

test.describe.configure({ timeout: 120_000 })

let running: RunningLrs
test.beforeEach(async () => {
  running = await startLrs()
})
test.afterEach(async () => running.close())

type Stored = { verb: { display: Record<string, string> }; object: { id: string }; result?: { success?: boolean } }
const answered = (r: RunningLrs) => [...r.lrs.stored.values()].map((s) => s as Stored).filter((s) => s.verb.display['en-US'] === 'answered')

test('answers given offline reach the LRS once each when the network returns', async ({ page, context }) => {
  const section = await firstSection(page)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })

  await page.getByRole('link', { name: 'Settings' }).click()
  const panel = page.getByRole('region', { name: 'Learning Record Store (xAPI)' })
  await panel.getByRole('checkbox', { name: 'Send learning records to an LRS' }).check()
  await panel.getByLabel('LRS endpoint').fill(running.endpoint)
  await panel.getByLabel('Username or key').fill('dolor-key')
  await panel.getByLabel('Password or secret').fill('dolor-secret')
  await panel.getByLabel('Your name in the LRS').fill('fellow-e2e')
  await panel.getByRole('button', { name: 'Test connection' }).click()
  await expect(panel.getByRole('status')).toHaveText('Connected: the LRS accepts these credentials.')
  await panel.getByRole('button', { name: 'Save LRS settings' }).click()
  await expect(panel.getByText('Saved. Learning records will be sent to the LRS.')).toBeVisible()

  // Online: the answer arrives.
  await page.goto(section.href)
  const items = page.locator('[data-question-id]')
  const answer = async (index: number) => {
    const item = items.nth(index)
    await item.getByRole('radio').first().check()
    await item.getByRole('button', { name: 'Submit answer' }).click()
    await expect(item.getByRole('status')).toContainText(/Correct|Incorrect/)
  }
  await answer(0)
  await expect.poll(() => answered(running).length).toBe(1)

  // Offline: two more answers wait in the outbox, across a reload.
  await context.setOffline(true)
  await answer(1)
  await page.reload()
  await answer(2)
  const ids = await items.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-question-id')))
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByTestId('outbox-pending')).not.toHaveText('0 statements')
  expect(answered(running)).toHaveLength(1)

  // Back online: everything arrives, once.
  await context.setOffline(false)
  await expect(page.getByTestId('outbox-pending')).toHaveText('0 statements', { timeout: 30_000 })
  const arrived = answered(running)
  expect(arrived.map((s) => s.object.id.split('/').pop()).sort()).toEqual(ids.sort())
  const sentIds = running.lrs.log.filter((l) => l.status === 200 || l.status === 204).flatMap((l) => l.ids)
  expect(new Set(sentIds).size).toBe(sentIds.length)
  expect(sentIds.length).toBe(running.lrs.stored.size)
  const actor = ([...running.lrs.stored.values()][0] as { actor: unknown }).actor
  expect(actor).toEqual({ objectType: 'Agent', account: { homePage: 'http://127.0.0.1:4173/', name: 'fellow-e2e' } })
})

import { expect, test } from '@playwright/test'
import { firstSection } from './helpers'

test.describe.configure({ timeout: 90_000 })

test('after one visit, Dolor works offline: open a section, answer an item, reload, still there', async ({ page, context }) => {
  const section = await firstSection(page)
  // The service worker installs and takes control during the first visit.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')
    return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: { sizes: string }[] }) : null
  })
  expect(manifest?.name).toMatch(/^Dolor/)
  expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))

  await context.setOffline(true)
  // A full navigation with the network gone: served by the service worker.
  await page.goto(section.href)
  await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeVisible()
  const item = page.locator('[data-question-id]').first()
  await item.getByRole('radio').first().check()
  await item.getByRole('button', { name: 'Submit answer' }).click()
  await expect(item.getByRole('status')).toContainText(/Correct|Incorrect/)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeVisible()
  await expect(page.locator('[data-question-id]').first().getByRole('status')).toContainText(/Correct|Incorrect/)
  await expect(page.locator('[data-question-id]').first().getByRole('radio').first()).toBeChecked()

  // Other routes and another module's content load offline too.
  await page.goto('/modules/pharmacology/opioid-stewardship')
  await expect(page.getByRole('region', { name: 'Morphine milligram equivalents (MME) calculator' })).toBeVisible()
  await context.setOffline(false)
})

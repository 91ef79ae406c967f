import { expect, test, type Page } from '@playwright/test'
import { moduleId } from './helpers'
import { serveCopyOfBuild, type SiteCopy } from './site-copy'

test.describe.configure({ timeout: 120_000 })

let site: SiteCopy
test.beforeEach(async () => {
  site = await serveCopyOfBuild()
})
test.afterEach(async () => {
  await site.close()
})

type Marked = Window & { beforeUpdate?: boolean }

/** Asks the browser to look for a new service worker now (it otherwise checks on navigation); returns the offer. */
async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update()
  })
  return page.getByRole('status').filter({ hasText: 'A new version of Dolor is ready' })
}

test('a new deployment is offered, never forced: the fellow finishes an answer, reloads into it, and the answer is kept', async ({ page }) => {
  await page.goto(`${site.url}/modules/${moduleId}`)
  const link = page.getByRole('region', { name: 'Sections' }).getByRole('link').first()
  const title = (await link.textContent()) ?? ''
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // The first visit caches everything and says so, once.
  const offlineNote = page.getByText('Dolor is ready to work offline')
  await expect(offlineNote).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(offlineNote).toBeHidden()

  // An answer in progress: a choice made, not yet submitted.
  await page.evaluate(() => ((window as Marked).beforeUpdate = true))
  const item = page.locator('[data-question-id]').first()
  const choice = item.getByRole('radio').first()
  await choice.check()

  // The next deployment changes the app shell; the host now serves a new service worker.
  site.edit('shell.html', (html) => html.replace('</head>', '<meta name="dolor-deployment" content="next"></head>'))
  site.edit('sw.js', (sw) => {
    const next = sw.replace(/\{url:"shell\.html",revision:"[^"]*"\}/, '{url:"shell.html",revision:"next-deployment"}')
    expect(next).not.toBe(sw)
    return next
  })
  const banner = await checkForUpdate(page)
  await expect(banner).toBeVisible({ timeout: 60_000 })
  // Offered, not forced: same page, the choice still made.
  expect(await page.evaluate(() => (window as Marked).beforeUpdate)).toBe(true)
  await expect(choice).toBeChecked()
  await item.getByRole('button', { name: 'Submit answer' }).click()
  await expect(item.getByRole('status')).toContainText(/Correct|Incorrect/)

  await banner.getByRole('button', { name: 'Reload' }).click()
  await page.waitForFunction(() => !(window as Marked).beforeUpdate)
  await expect(page.locator('meta[name="dolor-deployment"]')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.locator('[data-question-id]').first().getByRole('status')).toContainText(/Correct|Incorrect/)
  await expect(page.locator('[data-question-id]').first().getByRole('radio').first()).toBeChecked()
  await expect(page.getByText('A new version of Dolor is ready')).toHaveCount(0)
})

test('"Later" puts the offer away for this page without reloading', async ({ page }) => {
  await page.goto(`${site.url}/`)
  await expect(page.getByText('Dolor is ready to work offline')).toBeVisible({ timeout: 60_000 })
  await page.evaluate(() => ((window as Marked).beforeUpdate = true))
  site.edit('sw.js', (sw) => `${sw}\n// next deployment\n`)
  const banner = await checkForUpdate(page)
  await expect(banner).toBeVisible({ timeout: 60_000 })
  await banner.getByRole('button', { name: 'Later' }).click()
  await expect(banner).toBeHidden()
  expect(await page.evaluate(() => (window as Marked).beforeUpdate)).toBe(true)
})

import { expect, test } from '@playwright/test'
import { firstSection, moduleId } from './helpers'

test('study: open a section, mark it complete, reload, and see it complete everywhere', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.getByRole('link', { name: 'Foundations of pain medicine' }).click()
  await expect(page).toHaveURL(new RegExp(`/modules/${moduleId}$`))

  const { title } = await firstSection(page)
  await page.getByRole('region', { name: 'Sections' }).getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

  const toggle = page.getByRole('button', { name: 'Mark as complete' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Foundations of pain medicine' }).click()
  const row = page.getByRole('region', { name: 'Sections' }).getByRole('listitem').filter({ hasText: title })
  await expect(row.getByText('Completed')).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click()
  await expect(page.getByTestId(`progress-${moduleId}`)).toContainText('1 of')
  await expect(page.getByRole('region', { name: 'Continue where you left off' }).getByRole('link')).toContainText(title)
})

test('two tabs stay in step', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  const { href, title } = await firstSection(a)
  await a.goto(href)
  await b.goto(`/modules/${moduleId}`)
  const row = b.getByRole('region', { name: 'Sections' }).getByRole('listitem').filter({ hasText: title })
  await expect(row.getByText('Not started').or(row.getByText('In progress'))).toBeVisible()
  await a.getByRole('button', { name: 'Mark as complete' }).click()
  // No reload in tab B: the live query hears tab A's write.
  await expect(row.getByText('Completed')).toBeVisible()
})

test('unknown addresses get a real 404 page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.goto(`/modules/${moduleId}/no-such-section`)
  await expect(page.getByRole('heading', { name: 'This section does not exist' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the library' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
})

test('content still reads, with a clear banner, when IndexedDB is unavailable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined })
  })
  const { href, title } = await firstSection(page)
  await page.goto(href)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText("Progress isn't being saved.")
})

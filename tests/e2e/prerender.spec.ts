import { expect, test } from '@playwright/test'

test.describe('prerendered content pages', () => {
  test('a section can be read before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/modules/pharmacology/opioid-stewardship')
    await expect(page).toHaveTitle(/^Opioid stewardship · /)
    await expect(page.getByRole('heading', { level: 1, name: 'Opioid stewardship' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Why stewardship matters' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'References' })).toBeVisible()
    await expect(page.getByText('Loading section…')).toHaveCount(0)
    // Until the app takes over, controls are disabled, so that no choice can be silently undone.
    const item = page.locator('[data-question-id]').first()
    await expect(item.getByRole('radio').first()).toBeDisabled()
    await expect(item.getByRole('button', { name: 'Submit answer' })).toBeDisabled()
    await context.close()
  })

  test('the page comes alive without a hydration error, and answers work', async ({ page }) => {
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
    await page.goto('/modules/pharmacology/opioid-stewardship')
    const item = page.locator('[data-question-id]').first()
    await expect(item.getByRole('radio').first()).toBeEnabled()
    await item.getByRole('radio').first().check()
    await item.getByRole('button', { name: 'Submit answer' }).click()
    await expect(item.getByRole('status')).toContainText(/Correct|Incorrect/)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
    expect(problems).toEqual([])
  })

  test('a page served with another page’s HTML (a host’s fallback) shows the right page', async ({ page }) => {
    await page.goto('/assess')
    await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toHaveCount(0)
    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i)
  })
})

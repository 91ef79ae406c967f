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
    // The library's cards, which wait for the fellow's records when script runs, show their defaults.
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: 'Start here' })).toBeVisible()
    await expect(page.getByText('Nothing due for review')).toBeVisible()
    await context.close()
  })

  test('the library moves nothing when the fellow\'s records arrive', async ({ page }) => {
    // A returning fellow: a visited section and a due review.
    await page.goto('/modules/foundations')
    await page.getByRole('region', { name: 'Sections' }).getByRole('link').first().click()
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeEnabled()
    await page.addInitScript(() => {
      const shifts: number[] = []
      ;(window as unknown as { shifts: number[] }).shifts = shifts
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto('/')
    await expect(page.getByRole('region', { name: 'Continue where you left off' })).toBeVisible()
    await expect(page.getByTestId('progress-foundations')).toBeVisible()
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01)
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

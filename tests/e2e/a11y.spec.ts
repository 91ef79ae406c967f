import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { expectNoHorizontalOverflow, firstSection, moduleId } from './helpers'

// axe walks every node and computes contrast; long sections on two shared cores need time.
test.describe.configure({ timeout: 90_000 })

async function audit(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

// Ids are stable by rule (progress is stored against them), so the starter pages can be named.
const routes = ['/', `/modules/${moduleId}`, `/modules/${moduleId}/what-is-pain`, `/modules/${moduleId}/cases/persistent-pain-after-injury`, '/modules/pharmacology/opioid-stewardship', '/modules/acute-pain/regional-anaesthesia', '/modules/acute-pain/cases/rib-fractures-in-an-older-adult', '/modules/chronic-pain/fibromyalgia-and-nociplastic-pain', '/modules/neuropathic-pain/assessment-and-screening', '/modules/neuropathic-pain/complex-regional-pain-syndrome', '/modules/cancer-pain/opioid-rotation-and-equianalgesia', '/assess', '/review', '/progress', '/progress/report', '/search?q=opioid', '/settings', '/no/such/page']

for (const scheme of ['light', 'dark'] as const) {
  for (const path of routes) {
    test(`axe: ${path} in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      await audit(page)
    })
  }
}

test('an answered item (feedback shown) passes axe', async ({ page }) => {
  const { href } = await firstSection(page)
  await page.goto(href)
  const item = page.locator('[data-question-id]').first()
  await item.locator('input').first().check()
  await item.getByRole('button', { name: 'Submit answer' }).click()
  await expect(item.getByRole('heading', { name: 'Explanation' })).toBeVisible()
  await audit(page)
})

test('pages fit a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const path of routes) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoHorizontalOverflow(page)
  }
})

test('the theme can be switched in Settings and is kept after a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(page.getByTestId('persistence')).not.toHaveText('Checking…')
})

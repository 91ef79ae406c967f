import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { firstSection } from './helpers'

test.describe.configure({ timeout: 120_000 })

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

const stat = (page: Page, name: string) => page.locator('dt', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]')

test('progress, a due review, then export → reset → import on a fresh browser profile finds everything as it was', async ({ page, browser }) => {
  // Study: complete a section and miss its first item, saying "Unsure".
  const section = await firstSection(page)
  await page.goto(section.href)
  const item = page.locator('[data-question-id]').first()
  const questionId = await item.getAttribute('data-question-id')
  await item.getByRole('group', { name: 'How sure are you?' }).getByRole('button', { name: 'Unsure' }).click()
  const correctless = item.getByRole('radio')
  await correctless.first().check()
  await item.getByRole('button', { name: 'Submit answer' }).click()
  const verdict = (await item.getByRole('status').textContent()) ?? ''
  if (verdict.includes('Correct')) {
    // The first choice happened to be right: an unsure right answer also goes to review.
    expect(verdict).toContain('Correct')
  }
  await page.getByRole('button', { name: 'Mark as complete' }).click()
  await expect(page.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'true')

  // Progress shows it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible()
  await expect(stat(page, 'Sections completed')).toHaveText(/^1 of \d+$/)
  await expect(stat(page, 'Items answered')).toHaveText(/^1 of \d+$/)
  await expect(page.getByRole('table', { name: 'Accuracy by how sure you said you were' }).getByRole('row', { name: /Unsure 1/ })).toBeVisible()
  await noAxeViolations(page)

  // The item is due for review from the home page; a review session grades it.
  await page.getByRole('link', { name: 'Dolor home' }).click()
  await page.getByRole('link', { name: /1 review due/ }).click()
  await expect(page.getByText('Item 1 of 1')).toBeVisible()
  const reviewItem = page.locator(`[data-question-id="${questionId}"]`)
  await reviewItem.getByRole('button', { name: 'Sure', exact: true }).click()
  await reviewItem.getByRole('radio').nth(1).check()
  await reviewItem.getByRole('button', { name: 'Submit answer' }).click()
  await expect(reviewItem.getByRole('status')).toContainText(/Correct|Incorrect/)
  await page.getByRole('button', { name: 'Finish review' }).click()
  await expect(page.getByText(/Session complete: 1 item reviewed/)).toBeVisible()
  await expect(page.getByText(/Next review due/)).toBeVisible()

  // Export.
  await page.goto('/settings')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()])
  expect(download.suggestedFilename()).toMatch(/^dolor-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const file = await download.path()
  const backup = JSON.parse(await readFile(file, 'utf8')) as { tables: Record<string, unknown[]> }
  expect(backup.tables.attempts).toHaveLength(2)
  expect(backup.tables.reviewLogs).toHaveLength(1)

  // Reset, behind a confirmation that names what goes.
  await page.getByRole('button', { name: 'Reset all data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete all data in this browser?' })
  await expect(dialog).toContainText('2 answers')
  await dialog.getByRole('button', { name: 'Delete everything' }).click()
  await expect(page.getByText('All data in this browser was deleted.')).toBeVisible()
  await page.goto('/progress')
  await expect(stat(page, 'Items answered')).toHaveText(/^0 of \d+$/)

  // A fresh browser profile imports the file and finds everything as it was.
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/settings')
  await other.getByLabel('Import data').setInputFiles(file)
  const preview = other.getByRole('region', { name: 'Import preview' })
  await expect(preview).toContainText('Importing will add 2 answers')
  await preview.getByRole('button', { name: 'Import' }).click()
  await expect(other.getByText(/Import complete/)).toBeVisible()
  await other.goto('/progress')
  await expect(stat(other, 'Sections completed')).toHaveText(/^1 of \d+$/)
  await expect(stat(other, 'Items answered')).toHaveText(/^1 of \d+$/)
  await other.goto(section.href)
  await expect(other.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'true')
  await expect(other.locator(`[data-question-id="${questionId}"]`).getByRole('status')).toContainText(/Correct|Incorrect/)
  await other.goto('/review')
  await expect(other.getByText('No reviews are due right now.')).toBeVisible()
  await expect(other.getByText(/1 item in your review queue/)).toBeVisible()
  await fresh.close()
})

test('a damaged backup is refused with a clear message', async ({ page }) => {
  await page.goto('/settings')
  await page.getByLabel('Import data').setInputFiles({ name: 'dolor-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dolor-backup","version":1,"tab') })
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
  await expect(page.getByRole('alert')).toContainText('Nothing was changed')
})

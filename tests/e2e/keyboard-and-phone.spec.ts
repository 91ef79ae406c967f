import { expect, test, type Page } from '@playwright/test'
import { expectNoHorizontalOverflow, moduleId } from './helpers'

test.describe.configure({ timeout: 120_000 })

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 120 presses. */
async function tabTo(page: Page, role: 'link' | 'button' | 'radio' | 'spinbutton' | 'textbox', name: string | RegExp) {
  const target = page.getByRole(role, { name }).first()
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${role} ${String(name)}`)
}

test('keyboard only: study a section, answer an item, run a short test', async ({ page }) => {
  await page.goto('/')
  await tabTo(page, 'link', 'Foundations of pain medicine')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/modules/${moduleId}`)

  const sectionLink = page.getByRole('region', { name: 'Sections' }).getByRole('link').first()
  const title = (await sectionLink.textContent()) ?? ''
  await tabTo(page, 'link', title)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

  // Into the first item: Tab to its first choice, pick B with the key, submit with Enter.
  const item = page.locator('[data-question-id]').first()
  const firstChoice = item.getByRole('radio').first()
  for (let i = 0; i < 120 && !(await firstChoice.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await page.keyboard.press('b')
  await expect(item.getByRole('radio').nth(1)).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(item.getByRole('status')).toContainText(/Correct|Incorrect/)

  await tabTo(page, 'button', 'Mark as complete')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: /complete/i })).toHaveAttribute('aria-pressed', 'true')

  // "/" opens search from the keyboard.
  await page.keyboard.press('/')
  await expect(page).toHaveURL('/search')
  await expect(page.getByRole('searchbox')).toBeFocused()
  await page.keyboard.type('naloxone')
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible()

  // A short tutor test.
  await tabTo(page, 'link', 'Self-assessment')
  await page.keyboard.press('Enter')
  await tabTo(page, 'spinbutton', 'Number of items')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('2')
  await tabTo(page, 'button', 'Start test')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/item 1 of 2/)
  const testItem = page.locator('[data-question-id]')
  await expect(testItem.getByRole('radio').first()).toBeVisible()
  await page.keyboard.press('a')
  await expect(testItem.getByRole('radio').first()).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(testItem.getByRole('status')).toContainText(/Correct|Incorrect/)
  // In tutor mode an answer is final once its explanation has been seen.
  await expect(testItem.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  await page.keyboard.press('n')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/item 2 of 2/)
  await expect(testItem.getByRole('radio').first()).toBeVisible()
  await page.keyboard.press('2')
  await expect(testItem.getByRole('radio').nth(1)).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(testItem.getByRole('status')).toContainText(/Correct|Incorrect/)
  await tabTo(page, 'button', 'End test')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible()
})

test('phone (390×844): library, a section and the test player fit the screen', async ({ page }, info) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await page.screenshot({ path: info.outputPath('phone-library.png'), fullPage: true })

  await page.goto('/modules/pharmacology/opioid-stewardship')
  await expect(page.getByRole('region', { name: 'Morphine milligram equivalents (MME) calculator' })).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await page.screenshot({ path: info.outputPath('phone-section.png'), fullPage: true })

  await page.goto('/assess')
  await page.getByRole('radio', { name: /^Timed/ }).check()
  await page.getByLabel('Number of items').fill('3')
  await page.getByRole('button', { name: 'Start test' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await page.screenshot({ path: info.outputPath('phone-player.png'), fullPage: true })
})

test('text size can be enlarged in Settings and is kept after a reload', async ({ page }) => {
  await page.goto('/settings')
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  await page.getByRole('radio', { name: 'Larger' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger')
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  expect(after).toBeCloseTo(before * 1.25, 1)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expectNoHorizontalOverflow(page)
})

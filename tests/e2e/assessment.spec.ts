import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

test.describe.configure({ timeout: 120_000 })

const seconds = (clock: string) => clock.split(':').map(Number).reduce((a, b) => a * 60 + b, 0)

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test('a timed test survives a reload mid-way, ends with confirmation, and can be reviewed', async ({ page }) => {
  await page.goto('/assess')
  await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment' })).toBeVisible()
  await noAxeViolations(page)

  // Live count follows the filters.
  const count = page.getByRole('status').filter({ hasText: /match/ })
  const all = Number((await count.textContent())?.match(/\d+/)?.[0])
  await page.getByRole('radio', { name: 'Unused' }).check()
  await expect(count).toContainText(`${all} items match`)

  await page.getByRole('radio', { name: /^Timed/ }).check()
  await page.getByLabel('Number of items').fill('6')
  await page.getByRole('button', { name: 'Start test' }).click()
  await expect(page).toHaveURL(/\/assess\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timed test: item 1 of 6')
  await expect(page.getByRole('timer')).toHaveText(/^7:1\d$/) // 6 × 72 s = 7:12

  // Item 1: answer with the keyboard; the verdict waits for the end.
  const item = page.locator('[data-question-id]')
  await expect(item).toBeVisible()
  await page.keyboard.press('a')
  await page.keyboard.press('Enter')
  await expect(item.getByRole('status')).toContainText('Answer saved')
  await expect(item.getByRole('status')).not.toContainText(/Correct|Incorrect/)

  // Item 2: strike one choice out, answer another, flag it.
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timed test: item 2 of 6')
  await item.getByRole('button', { name: 'Strike out A' }).click()
  await expect(item.getByRole('button', { name: 'Strike out A' })).toHaveAttribute('aria-pressed', 'true')
  await item.getByRole('radio').nth(1).check()
  await item.getByRole('button', { name: 'Submit answer' }).click()
  await page.keyboard.press('f')
  await expect(page.getByRole('button', { name: '⚑ Flagged' })).toBeVisible()

  await page.waitForTimeout(6_000)
  const before = seconds((await page.getByRole('timer').textContent()) ?? '')
  await page.reload()

  // Same item, same answers, flags and strike-outs, and (to within the save interval) the same time left.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timed test: item 2 of 6')
  await expect(item.getByRole('radio').nth(1)).toBeChecked()
  await expect(item.getByRole('button', { name: 'Strike out A' })).toHaveAttribute('aria-pressed', 'true')
  const nav = page.getByRole('navigation', { name: 'Items' })
  await expect(nav.getByRole('button', { name: 'Item 1: answered' })).toBeVisible()
  await expect(nav.getByRole('button', { name: 'Item 2: answered, flagged' })).toBeVisible()
  const after = seconds((await page.getByRole('timer').textContent()) ?? '')
  expect(after).toBeLessThanOrEqual(before + 2)
  expect(after).toBeGreaterThanOrEqual(before - 6)
  await noAxeViolations(page)

  // Ending with unanswered items asks first.
  await page.getByRole('button', { name: 'End test' }).click()
  const dialog = page.getByRole('dialog', { name: 'End the test?' })
  await expect(dialog).toContainText('4 items are unanswered')
  await dialog.getByRole('button', { name: 'Keep going' }).click()
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'End test' }).click()
  await dialog.getByRole('button', { name: 'End test' }).click()

  await expect(page).toHaveURL(/\/results$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible()
  await expect(page.getByText(/4 unanswered/)).toBeVisible()
  await noAxeViolations(page)

  // Review shows the full feedback, locked.
  await page.getByRole('link', { name: 'Review item 2' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: item 2 of 6')
  await expect(item.getByRole('status')).toContainText(/^(Correct|Incorrect)/)
  await expect(item.getByRole('heading', { name: 'Explanation' })).toBeVisible()
  await expect(item.getByRole('button', { name: /Try again|Change answer/ })).toHaveCount(0)

  // And the test is in the history.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-assessment' }).click()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
  await expect(page.getByRole('table')).toContainText('Timed')
})

test('tutor mode shows the verdict after each item', async ({ page }) => {
  await page.goto('/assess')
  await page.getByLabel('Number of items').fill('2')
  await page.getByRole('button', { name: 'Start test' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tutor test: item 1 of 2')
  const item = page.locator('[data-question-id]')
  await item.getByRole('radio').first().check()
  await item.getByRole('button', { name: 'Submit answer' }).click()
  await expect(item.getByRole('status')).toContainText(/^(Correct|Incorrect)/)
  await expect(item.getByRole('heading', { name: 'Explanation' })).toBeVisible()
})

test('time running out ends a timed test; a private note stays with the item', async ({ page }) => {
  await page.goto('/assess')
  await page.getByRole('radio', { name: /^Timed/ }).check()
  await page.getByLabel('Seconds per item').fill('10')
  await page.getByLabel('Number of items').fill('1')
  await page.getByRole('button', { name: 'Start test' }).click()
  await expect(page.getByRole('timer')).toHaveText(/^0:(10|09|08)$/)

  await page.locator('summary', { hasText: 'Your note on this item' }).click()
  const note = page.getByRole('textbox', { name: 'Your note on this item' })
  await note.fill('Recheck the ICD-11 groups')
  await note.blur()

  // No answer given: when the clock reaches zero the test ends by itself.
  await expect(page).toHaveURL(/\/results$/, { timeout: 20_000 })
  await expect(page.getByText(/1 unanswered/)).toBeVisible()
  await page.getByRole('link', { name: 'Review item 1' }).click()
  await expect(page.getByRole('textbox', { name: 'Your note on this item' })).toHaveValue('Recheck the ICD-11 groups')
})

test('a test in progress carries on when the network drops', async ({ page, context }) => {
  await page.goto('/assess')
  await page.getByLabel('Number of items').fill('3')
  await page.getByRole('button', { name: 'Start test' }).click()
  const item = page.locator('[data-question-id]')
  await expect(item).toBeVisible()
  await page.waitForLoadState('networkidle')

  await context.setOffline(true)
  for (const n of [2, 3]) {
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tutor test: item ${n} of 3`)
    await item.getByRole('radio').first().check()
    await item.getByRole('button', { name: 'Submit answer' }).click()
    await expect(item.getByRole('status')).toContainText(/^(Correct|Incorrect)/)
  }
  await context.setOffline(false)
})

test('a 40-item timed simulation runs end to end through a reload and can be reviewed, with nothing lost', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto('/assess')
  await page.getByRole('button', { name: 'Simulate the exam' }).click()
  await expect(page.getByLabel('Number of items')).toHaveValue('40')
  await page.getByRole('button', { name: 'Start test' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timed test: item 1 of 40')
  await expect(page.getByRole('timer')).toHaveText(/^4[78]:\d\d$/) // 40 × 72 s = 48:00

  const item = page.locator('[data-question-id]')
  const chosen: string[] = []
  const answer = async (n: number) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timed test: item ${n} of 40`)
    // Alternate A and B so the score is not all or nothing.
    await item.getByRole('radio').nth(n % 2).check()
    chosen.push((await item.getAttribute('data-question-id')) ?? '')
    await item.getByRole('button', { name: 'Submit answer' }).click()
    await expect(item.getByRole('status')).toContainText('Answer saved')
    if (n < 40) await page.getByRole('button', { name: 'Next' }).click()
  }
  for (let n = 1; n <= 20; n++) await answer(n)

  // Interrupted: the browser reloads mid-test.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timed test: item 21 of 40')
  const nav = page.getByRole('navigation', { name: 'Items' })
  await expect(nav.getByRole('button', { name: /^Item \d+: answered/ })).toHaveCount(20)
  for (let n = 21; n <= 40; n++) await answer(n)

  // Every item answered: ending needs no confirmation.
  await page.getByRole('button', { name: 'End test' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible()
  await expect(page.getByText('Timed test of', { exact: false })).toContainText('40 items')
  await expect(page.getByRole('status')).toContainText(/correct \(\d+ of 40\)/)
  await expect(page.getByRole('status')).toContainText('0 unanswered')

  // Every item can be reviewed with its full feedback, and the answers are the ones given.
  await page.getByRole('link', { name: 'Review item 40' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: item 40 of 40')
  await expect(item).toHaveAttribute('data-question-id', chosen[39])
  await expect(item.getByRole('radio').nth(0)).toBeChecked()
  await expect(item.getByRole('heading', { name: 'Explanation' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Items' }).getByRole('button', { name: /^Item 1:/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review: item 1 of 40')
  await expect(item).toHaveAttribute('data-question-id', chosen[0])
  await expect(item.getByRole('radio').nth(1)).toBeChecked()
})

import { expect, test } from '@playwright/test'
import { firstCase, firstSection } from './helpers'

test('answer an inline item from the keyboard; after a reload it shows as answered', async ({ page }) => {
  const { href } = await firstSection(page)
  await page.goto(href)
  const item = page.locator('[data-question-id]').first()
  await expect(item).toBeVisible()
  const submit = item.getByRole('button', { name: 'Submit answer' })
  await expect(submit).toBeDisabled()
  // The prerendered page shows its choices disabled until the app has started.
  await expect(item.getByRole('radio').first()).toBeEnabled()

  await item.getByRole('radio').first().focus()
  await page.keyboard.press('b')
  await expect(item.getByRole('radio').nth(1)).toBeChecked()
  await page.keyboard.press('Enter')

  const status = item.getByRole('status')
  await expect(status).toContainText(/^(Correct|Incorrect)/)
  await expect(status).toContainText('The correct answer is')
  await expect(item.getByRole('heading', { name: 'Explanation' })).toBeVisible()
  const verdict = (await status.textContent())?.startsWith('Correct') ? 'Correct' : 'Incorrect'

  await page.reload()
  const again = page.locator('[data-question-id]').first()
  await expect(again.getByRole('status')).toContainText(verdict)
  await expect(again.getByRole('radio').nth(1)).toBeChecked()
  await again.getByRole('button', { name: 'Try again' }).click()
  await expect(again.getByRole('button', { name: 'Submit answer' })).toBeDisabled()
})

test('work a case: stages open one by one, progress survives a reload, finishing is recorded', async ({ page }) => {
  const { href, title } = await firstCase(page)
  await page.goto(href)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const stages = page.locator('[data-stage]')
  await expect(stages).toHaveCount(1)
  const total = Number((await stages.first().getByRole('heading', { level: 2 }).textContent())?.match(/of (\d+)/)?.[1])
  expect(total).toBeGreaterThanOrEqual(2)

  for (let i = 0; i < total; i++) {
    const stage = page.locator(`[data-stage="${i}"]`)
    const last = i === total - 1
    const next = stage.getByRole('button', { name: last ? 'Finish case' : 'Continue' })
    const items = stage.locator('[data-question-id]')
    const n = await items.count()
    if (n) await expect(next).toBeDisabled()
    for (let q = 0; q < n; q++) {
      const item = items.nth(q)
      await item.locator('input').first().check()
      await item.getByRole('button', { name: 'Submit answer' }).click()
      await expect(item.getByRole('status')).toContainText(/Correct|Incorrect/)
    }
    if (i === 0) {
      // Interrupt after the first decision: everything answered must come back.
      await page.reload()
      await expect(page.locator('[data-stage="0"] [data-question-id]').first().getByRole('status')).toContainText(/Correct|Incorrect/)
    }
    await page.locator(`[data-stage="${i}"]`).getByRole('button', { name: last ? 'Finish case' : 'Continue' }).click()
    if (!last) await expect(page.locator(`[data-stage="${i + 1}"]`)).toBeVisible()
    if (i === 1) {
      await page.reload()
      await expect(page.locator('[data-stage]')).toHaveCount(3 > total ? total : 3)
    }
  }
  await expect(page.getByRole('heading', { name: 'Teaching points' })).toBeVisible()
  await expect(page.getByText('Case completed.')).toBeVisible()

  await page.getByRole('link', { name: /^Back to / }).click()
  const row = page.getByRole('region', { name: 'Cases' }).getByRole('listitem').filter({ hasText: title })
  await expect(row.getByText('Completed')).toBeVisible()
})

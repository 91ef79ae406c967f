import { expect, test } from '@playwright/test'

// The calculator's arithmetic is covered by tests/unit/mme.test.ts; this drives it as a fellow would.
test('the MME calculator in the stewardship section adds prescriptions and explains bad input', async ({ page }) => {
  await page.goto('/modules/pharmacology/opioid-stewardship')
  const calc = page.getByRole('region', { name: 'Morphine milligram equivalents (MME) calculator' })
  await expect(calc).toBeVisible()

  const first = calc.getByRole('group', { name: 'Opioid 1' })
  await first.getByLabel('Opioid').selectOption({ label: 'Hydrocodone' })
  await first.getByLabel('Strength per unit (mg)').fill('5')
  await first.getByLabel('Doses a day').fill('4')
  await expect(calc.getByTestId('mme-line-1')).toContainText('20 MME/day')

  await calc.getByRole('button', { name: 'Add another opioid' }).click()
  const second = calc.getByRole('group', { name: 'Opioid 2' })
  await second.getByLabel('Opioid').selectOption({ label: 'Fentanyl transdermal (patch)' })
  const strength = second.getByLabel('Patch strength (mcg/hr)')
  await strength.fill('abc')
  await strength.blur()
  await expect(strength).toHaveAttribute('aria-invalid', 'true')
  await expect(second.getByText('must be a number')).toBeVisible()
  await expect(calc.getByRole('status')).toContainText('complete every line')

  await strength.fill('25')
  await expect(calc.getByTestId('mme-line-2')).toContainText('25 mcg/hr × 2.4 = 60 MME/day')
  await expect(calc.getByRole('status')).toContainText('Total: 80 MME/day')
  await expect(calc).not.toContainText('NaN')
  await expect(calc.getByText(/Do not use MME to pick a dose when switching/)).toBeVisible()

  await calc.getByText('Conversion factors (CDC, 2022)').click()
  await expect(calc.getByRole('row', { name: /Methadone mg\/day 4\.7/ })).toBeVisible()
})

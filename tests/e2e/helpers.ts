import { expect, type Page } from '@playwright/test'

export const moduleId = 'foundations'

/** The first module's first section and case, read from the running app's own links. */
export async function firstSection(page: Page) {
  await page.goto(`/modules/${moduleId}`)
  const link = page.getByRole('region', { name: 'Sections' }).getByRole('link').first()
  const title = (await link.textContent()) ?? ''
  const href = (await link.getAttribute('href')) ?? ''
  return { title, href }
}

export async function firstCase(page: Page) {
  await page.goto(`/modules/${moduleId}`)
  const link = page.getByRole('region', { name: 'Cases' }).getByRole('link').first()
  return { title: (await link.textContent()) ?? '', href: (await link.getAttribute('href')) ?? '' }
}

export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

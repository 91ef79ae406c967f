/**
 * Renders the app icons (PNG, for the web app manifest and iOS) from the SVGs in public/ with
 * the same Chromium the e2e tests use. Run after changing an icon: npx tsx scripts/make-icons.ts
 */
import { chromium } from '@playwright/test'
import { readFile } from 'node:fs/promises'

const icons = [
  { svg: 'public/favicon.svg', out: 'public/pwa-192.png', size: 192 },
  { svg: 'public/favicon.svg', out: 'public/pwa-512.png', size: 512 },
  { svg: 'public/maskable.svg', out: 'public/maskable-512.png', size: 512 },
  { svg: 'public/maskable.svg', out: 'public/apple-touch-icon.png', size: 180 },
]

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
for (const icon of icons) {
  const svg = await readFile(icon.svg, 'utf8')
  await page.setViewportSize({ width: icon.size, height: icon.size })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`)
  await page.locator('svg').screenshot({ path: icon.out, omitBackground: true })
  console.log(`${icon.out} ${icon.size}×${icon.size}`)
}
await browser.close()

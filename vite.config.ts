/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { dolorContent } from './src/content/build/vite-plugin.ts'

// DOLOR_BASE deploys under a sub-path, e.g. DOLOR_BASE=/dolor/ npm run build
const base = process.env.DOLOR_BASE ?? '/'

export default defineConfig({
  base,
  plugins: [
    dolorContent(),
    react({ include: /\.(mdx|jsx?|tsx?)$/ }),
    // Offline-first: every page, module chunk and item slice is precached after one visit. A new
    // deployment waits for the fellow's "Reload" (src/app/register-sw.ts), so nothing in progress is cut off.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: 'Dolor — pain medicine didactics and board preparation',
        short_name: 'Dolor',
        description: 'Didactic modules, cases and board-style questions for pain-medicine fellows. Works offline; progress stays on this device.',
        theme_color: '#0f5c6e',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        globIgnores: ['**/screenshots/**'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
})

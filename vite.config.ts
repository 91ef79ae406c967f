/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { dolorContent } from './src/content/build/vite-plugin.ts'

// DOLOR_BASE deploys under a sub-path, e.g. DOLOR_BASE=/dolor/ npm run build
const base = process.env.DOLOR_BASE ?? '/'

// Offline-first: every page, module chunk and item slice is precached after one visit. A new
// deployment waits for the fellow's "Reload" (src/app/register-sw.ts), so nothing in progress is cut off.
const pwa = () =>
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
        navigateFallback: 'shell.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    })

/**
 * The untouched app shell, kept as shell.html beside index.html (which the prerender step
 * overwrites with the library page): the service worker answers every navigation with it.
 */
const shellCopy = (): Plugin => ({
  name: 'dolor:shell-copy',
  enforce: 'post',
  generateBundle(_, bundle) {
    const index = bundle['index.html']
    if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: 'shell.html', source: index.source })
  },
})

export default defineConfig(({ isSsrBuild }) => ({
  base,
  // The server build (src/app/entry-server.tsx) only renders pages at build time; it ships nothing.
  ...(isSsrBuild ? { publicDir: false as const } : {}),
  plugins: [
    dolorContent(),
    react({ include: /\.(mdx|jsx?|tsx?)$/ }),
    ...(isSsrBuild ? [] : [shellCopy(), pwa()]),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: isSsrBuild ? { outDir: 'dist-ssr', target: 'node20', sourcemap: false } : { target: 'es2022', sourcemap: true },
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
}))

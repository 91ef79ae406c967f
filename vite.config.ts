/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { dolorContent } from './src/content/build/vite-plugin.ts'

// DOLOR_BASE deploys under a sub-path, e.g. DOLOR_BASE=/dolor/ npm run build
const base = process.env.DOLOR_BASE ?? '/'

export default defineConfig({
  base,
  plugins: [dolorContent(), react({ include: /\.(mdx|jsx?|tsx?)$/ })],
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

import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  plugins: [{ enforce: 'pre', ...mdx() }, react({ include: /\.(mdx|jsx?|tsx?)$/ })],
  build: { target: 'es2022', outDir: '../../.bench-out/floor', emptyOutDir: true },
  logLevel: 'warn',
})

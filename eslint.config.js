// ESLint flat config. Besides the usual TypeScript and hooks rules it enforces the
// architecture: app → features → (mdx, content, db, lib, ui); features do not import one
// another except the shared `questions` feature; only src/db touches Dexie.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { readdirSync } from 'node:fs'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

const noDexie = { group: ['dexie', 'dexie-react-hooks', 'fake-indexeddb*'], message: 'Only src/db talks to IndexedDB; use a repository from @/db.' }
const noApp = { group: ['@/app/*'], message: 'Only the app composes features; nothing imports from @/app.' }
const noFeatures = { group: ['@/features/*'], message: 'Shared layers (mdx, content, db, lib, ui) must not depend on features.' }
const noParentEscape = { group: ['../../*'], message: 'Import across folders through the @/ alias so the boundaries stay visible.' }

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', '.bench-out', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/db/**', 'src/app/**', 'src/features/**', 'src/main.tsx'], rules: restrict(noDexie, noApp, noFeatures, noParentEscape) },
  { files: ['src/app/**'], rules: restrict(noDexie, noParentEscape) },
  ...features.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: restrict(noDexie, noApp, noParentEscape, {
      group: ['@/features/*', `!@/features/${name}`, '!@/features/questions'],
      message: 'A feature does not import another feature (except the shared questions feature).',
    }),
  })),
  {
    files: ['src/features/questions/**'],
    rules: restrict(noDexie, noApp, noParentEscape, { group: ['@/features/*', '!@/features/questions'], message: 'The questions feature is shared; it imports no other feature.' }),
  },
  {
    // The content build runs in Node at build time and must not pull in the browser app.
    files: ['src/content/build/**'],
    rules: restrict(noDexie, noApp, noFeatures, { group: ['@/*', 'react', 'react-dom'], message: 'Build-time code imports only content modules by relative path.' }),
  },
)

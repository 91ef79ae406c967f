/**
 * npm run new:section -- <module-id> "<Title>"
 * npm run new:case -- <module-id> "<Title>"
 * Writes a correctly numbered file from a template that passes check:content.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { collect } from '../src/content/build/collect.ts'
import { sectionTemplate, caseTemplate, slugify } from '../src/content/build/templates.ts'

const [kind, moduleId, ...titleWords] = process.argv.slice(2)
const title = titleWords.join(' ').trim()
const usage = `usage: npm run new:${kind ?? 'section'} -- <module-id> "<Title>"`

function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(1)
}

if (kind !== 'section' && kind !== 'case') fail('Say which to create: section or case.')
const root = resolve('.')
const moduleDir = join(root, 'modules', moduleId ?? '')
if (!moduleId || !existsSync(join(moduleDir, 'module.mdx'))) {
  const known = existsSync(join(root, 'modules')) ? readdirSync(join(root, 'modules')).filter((d) => existsSync(join(root, 'modules', d, 'module.mdx'))) : []
  fail(`No module "${moduleId ?? ''}". Modules: ${known.join(', ') || 'none yet'}.`)
}
if (!title) fail('Give the title in quotes.')

const c = collect(root)
const taken = new Set(c.modules.flatMap((m) => [...m.sections, ...m.cases].map((x) => x.id)))
let id = slugify(title)
if (!id) fail('The title needs at least one letter or digit.')
if (taken.has(id)) id = `${moduleId}-${id}`
if (taken.has(id)) fail(`The id "${id}" is already used; choose another title.`)

let path: string
if (kind === 'section') {
  const numbers = readdirSync(moduleDir)
    .map((f) => /^(\d{2})-.*\.mdx$/.exec(f)?.[1])
    .filter((n): n is string => Boolean(n))
    .map(Number)
  const next = String((numbers.length ? Math.max(...numbers) : 0) + 1).padStart(2, '0')
  path = join(moduleDir, `${next}-${id}.mdx`)
  writeFileSync(path, sectionTemplate({ id, title }), { flag: 'wx' })
} else {
  mkdirSync(join(moduleDir, 'cases'), { recursive: true })
  path = join(moduleDir, 'cases', `${id}.mdx`)
  if (existsSync(path)) fail(`${path} already exists.`)
  writeFileSync(path, caseTemplate({ id, title }), { flag: 'wx' })
}
console.log(`Created ${path.slice(root.length + 1)}\nOpen it, replace the guidance comments with your text, and watch it live with npm run dev.`)

/**
 * npm run check:content — validates every file in modules/ and prints all errors as
 * `path:line:column  message  (hint)`. Exit code 1 when there is any error.
 * Usage: npm run check:content [-- --root <dir>]
 */
import { resolve } from 'node:path'
import { collect, withoutDrafts } from '../src/content/build/collect'
import { formatReport } from '../src/content/build/diagnostics'

const args = process.argv.slice(2)
const rootFlag = args.indexOf('--root')
const root = resolve(rootFlag >= 0 ? args[rootFlag + 1] : '.')
const c = collect(root)
if (c.diagnostics.length) {
  console.error(formatReport(c.diagnostics))
  process.exit(1)
}
const sections = c.modules.reduce((n, m) => n + m.sections.length, 0)
const cases = c.modules.reduce((n, m) => n + m.cases.length, 0)
console.log(`Content OK: ${c.modules.length} modules, ${sections} sections, ${cases} cases, ${c.questions.length} questions.`)
const published = withoutDrafts(c)
const drafts = c.questions.length - published.questions.length
if (c.modules.length !== published.modules.length || drafts)
  console.log(
    `Drafts (checked, not published): ${c.modules.filter((m) => m.draft).map((m) => m.id).join(', ') || 'none'} as modules; ${drafts} questions left out of production builds.`,
  )

// CONTENT.md asks for 700–1,500 words of prose a section (tables, callouts and key points count;
// frontmatter and question text do not). A warning, not an error: length is judged by reviewers.
const [MIN_WORDS, MAX_WORDS] = [700, 1500]
for (const s of c.modules.flatMap((m) => m.sections)) {
  const words = c.reports.get(s.file)?.words ?? 0
  if (words < MIN_WORDS || words > MAX_WORDS) console.log(`warning: ${s.file}: ${words} words of prose; sections are ${MIN_WORDS}–${MAX_WORDS} (CONTENT.md)`)
}

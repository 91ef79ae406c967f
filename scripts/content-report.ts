/**
 * npm run content:report [-- --json]
 * Per module: sections, cases, questions, words of prose (sections and cases, without
 * frontmatter or question text); and blueprint coverage: questions per taxonomy topic
 * against the topic's exam weight.
 */
import { resolve } from 'node:path'
import { collect } from '../src/content/build/collect.ts'
import { formatReport } from '../src/content/build/diagnostics.ts'
import { buildReport } from '../src/content/build/report.ts'

// Piping into head closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1))
const json = process.argv.includes('--json')
const c = collect(resolve('.'))
if (c.diagnostics.length) {
  console.error(formatReport(c.diagnostics))
  console.error('\nThe report counts valid content only; fix the errors above first.')
  process.exit(1)
}
const report = buildReport(c)
if (json) {
  console.log(JSON.stringify(report, null, 2))
} else {
  const pad = (s: string | number, n: number) => String(s).padEnd(n)
  const num = (s: string | number, n: number) => String(s).padStart(n)
  console.log('Modules')
  console.log(`  ${pad('id', 24)}${num('sections', 9)}${num('cases', 7)}${num('questions', 11)}${num('words', 8)}  difficulty (easy/medium/hard)`)
  for (const m of report.modules)
    console.log(`  ${pad(m.draft ? `${m.id} (draft)` : m.id, 24)}${num(m.sections, 9)}${num(m.cases, 7)}${num(m.questions, 11)}${num(m.words, 8)}  ${m.difficulty.easy}/${m.difficulty.medium}/${m.difficulty.hard}`)
  const t = report.totals
  console.log(`  ${pad('total', 24)}${num(t.sections, 9)}${num(t.cases, 7)}${num(t.questions, 11)}${num(t.words, 8)}`)
  console.log('\nBlueprint coverage (a question counts once for each of its topics)')
  console.log(`  ${pad('topic', 22)}${num('questions', 10)}${num('share', 8)}${num('weight', 8)}  gap`)
  for (const [id, v] of Object.entries(report.topics)) {
    const gap = v.share - v.weight
    console.log(`  ${pad(id, 22)}${num(v.questions, 10)}${num(`${v.share}%`, 8)}${num(`${v.weight}%`, 8)}  ${gap >= 0 ? '+' : ''}${gap}`)
  }
}

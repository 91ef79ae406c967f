/**
 * npm run bench — performance budgets measured, not asserted in tests.
 * Builds tests from a generated 10,000-item index with 100,000 attempts (the issue 10
 * target is < 50 ms) and writes the numbers to bench/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { buildHistory } from '../src/features/assessment/domain/item-status.ts'
import { drawTest, presetConfig, type BuilderConfig } from '../src/features/assessment/domain/build-test.ts'
import { seededRandom } from '../src/features/assessment/domain/random.ts'
import { topics } from '../src/content/taxonomy.ts'

const ITEMS = 10_000
const ATTEMPTS = 100_000
const RUNS = 30

const random = seededRandom(2026)
const topicIds = topics.map((t) => t.id)
const weights = Object.fromEntries(topics.map((t) => [t.id, t.weight]))
const modules = ['foundations', 'pharmacology', 'acute-pain', 'chronic-pain', 'neuropathic-pain', 'cancer-pain']
const items = Array.from({ length: ITEMS }, (_, i) => ({
  id: `q${i}`,
  moduleId: modules[i % modules.length],
  topics: [topicIds[Math.floor(random() * topicIds.length)], topicIds[Math.floor(random() * topicIds.length)]],
}))
const attempts = Array.from({ length: ATTEMPTS }, (_, i) => ({ questionId: `q${Math.floor(random() * ITEMS)}`, correct: random() < 0.65, answeredAt: i }))
const flags = Array.from({ length: 500 }, (_, i) => `q${i * 17}`)

function measure(label: string, fn: () => unknown) {
  fn() // warm-up
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const result = { label, medianMs: round(times[Math.floor(RUNS / 2)]), p95Ms: round(times[Math.floor(RUNS * 0.95)]), runs: RUNS }
  console.log(`${label.padEnd(58)} median ${String(result.medianMs).padStart(7)} ms   p95 ${String(result.p95Ms).padStart(7)} ms`)
  return result
}

const round = (n: number) => Math.round(n * 100) / 100

console.log(`Test builder on ${ITEMS.toLocaleString('en')} items and ${ATTEMPTS.toLocaleString('en')} attempts (${RUNS} runs each)`)
const history = buildHistory(attempts, flags)
const custom: BuilderConfig = { moduleIds: ['pharmacology', 'acute-pain'], topics: ['pharm-opioids', 'acute-perioperative', 'special-populations'], status: 'incorrect', count: 40 }
const results = [
  measure('history from attempts and flags', () => buildHistory(attempts, flags)),
  measure('custom test (modules, topics, incorrect), 40 items', () => drawTest(items, custom, history, weights, 7)),
  measure('"Simulate the exam", 200 items by blueprint weight', () => drawTest(items, presetConfig('simulate', items, history, 200), history, weights, 7)),
  measure('"Improve weaknesses", 40 items', () => drawTest(items, presetConfig('weaknesses', items, history, 40), history, weights, 7)),
  measure('"Something new", 40 items', () => drawTest(items, presetConfig('new', items, history, 40), history, weights, 7)),
  measure('whole build: history + "Simulate the exam"', () => {
    const h = buildHistory(attempts, flags)
    drawTest(items, presetConfig('simulate', items, h, 200), h, weights, 7)
  }),
]
mkdirSync('bench', { recursive: true })
writeFileSync('bench/results.json', `${JSON.stringify({ node: process.version, date: new Date().toISOString().slice(0, 10), items: ITEMS, attempts: ATTEMPTS, results }, null, 2)}\n`)
console.log('\nWritten to bench/results.json')

/**
 * Where a fellow stands: completion, time, accuracy by domain and topic, trend, calibration
 * and weakest topics. Pure and single-pass over the attempts, so it stays fast with a
 * hundred thousand of them (see the bench).
 */
import type { Confidence } from '@/lib/srs'

export interface AttemptLike {
  questionId: string
  correct: boolean
  answeredAt: number
  msSpent: number
  context: string
  contextId: string
  confidence?: Confidence
}

export interface ItemLike {
  id: string
  moduleId: string
  topics: readonly string[]
}

export interface ModuleLike {
  id: string
  title: string
  domain: string
  sections: readonly { id: string; title: string; topics: readonly string[] }[]
  cases: readonly { id: string }[]
}

export interface SectionProgressLike {
  moduleId: string
  sectionId: string
  status: 'visited' | 'completed'
  completedAt?: number
  lastVisitedAt: number
  secondsSpent: number
}

export interface CaseRunLike {
  caseId: string
  moduleId: string
  completedAt?: number
}

export interface TopicLike {
  id: string
  title: string
  weight: number
}

export interface Tally {
  correct: number
  total: number
}

export interface TopicStat extends Tally {
  id: string
  title: string
  /** The topic's share of the board blueprint, in percent. */
  weight: number
}

export interface ModuleStat {
  id: string
  title: string
  domain: string
  sectionsCompleted: number
  sectionsTotal: number
  casesCompleted: number
  casesTotal: number
  secondsStudied: number
}

export interface TrendPoint {
  /** Monday of the week, as yyyy-mm-dd (local time). */
  week: string
  correct: number
  total: number
}

export interface Analytics {
  modules: ModuleStat[]
  secondsStudied: number
  itemsAnswered: number
  itemsAvailable: number
  overall: Tally
  /** Accuracy with each topic counted by its blueprint weight, when any weighted topic has answers. */
  weightedPercent: number | null
  byDomain: (Tally & { domain: string })[]
  byTopic: TopicStat[]
  trend: TrendPoint[]
  calibration: (Tally & { confidence: Confidence })[]
  weakest: TopicStat[]
}

export interface AnalyticsInput {
  modules: readonly ModuleLike[]
  items: readonly ItemLike[]
  topics: readonly TopicLike[]
  attempts: readonly AttemptLike[]
  sectionProgress: readonly SectionProgressLike[]
  caseRuns: readonly CaseRunLike[]
  /** Only activity in [from, to] counts (inclusive, ms); absent ends are open. */
  from?: number
  to?: number
}

/** A topic needs this many scored answers before it can be called weak. */
export const MIN_ANSWERS_FOR_WEAKNESS = 3

export const percent = (t: Tally): number => (t.total ? Math.round((t.correct / t.total) * 100) : 0)

function add(map: Map<string, Tally>, key: string, correct: boolean) {
  let t = map.get(key)
  if (!t) map.set(key, (t = { correct: 0, total: 0 }))
  t.total += 1
  if (correct) t.correct += 1
}

// Week labels are computed once per quarter hour (every time zone's midnight falls on one),
// not once per attempt: Date is the slow part of the progress page.
const weekCache = new Map<number, string>()
const QUARTER_HOUR = 900_000

export function weekOf(ms: number): string {
  const bucket = Math.floor(ms / QUARTER_HOUR)
  let week = weekCache.get(bucket)
  if (week === undefined) {
    if (weekCache.size > 50_000) weekCache.clear()
    week = computeWeek(bucket * QUARTER_HOUR)
    weekCache.set(bucket, week)
  }
  return week
}

function computeWeek(ms: number): string {
  const d = new Date(ms)
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`
}

/**
 * The attempts that score: the first answer to an item in each place it was met (a section,
 * a case run, a test, a review session). A retry after seeing the answer shows effort, not
 * knowledge, so it does not raise accuracy.
 */
export function scoredAttempts<A extends AttemptLike>(attempts: readonly A[]): A[] {
  // Nested maps (place → item) rather than one joined string key: no string building per attempt.
  const byContext = new Map<string, Map<string, Map<string, A>>>()
  const out: A[] = []
  for (const a of attempts) {
    let byPlace = byContext.get(a.context)
    if (!byPlace) byContext.set(a.context, (byPlace = new Map()))
    let byItem = byPlace.get(a.contextId)
    if (!byItem) byPlace.set(a.contextId, (byItem = new Map()))
    const seen = byItem.get(a.questionId)
    if (!seen || a.answeredAt < seen.answeredAt) byItem.set(a.questionId, a)
  }
  for (const byPlace of byContext.values()) for (const byItem of byPlace.values()) for (const a of byItem.values()) out.push(a)
  return out
}

export function computeAnalytics(input: AnalyticsInput): Analytics {
  const from = input.from ?? -Infinity
  const to = input.to ?? Infinity
  const inRange = (ms: number | undefined) => ms !== undefined && ms >= from && ms <= to
  const itemById = new Map(input.items.map((i) => [i.id, i]))
  const domainOf = new Map(input.modules.map((m) => [m.id, m.domain]))

  const attempts = input.attempts.filter((a) => inRange(a.answeredAt))
  const scored = scoredAttempts(attempts)

  const overall: Tally = { correct: 0, total: 0 }
  const byDomain = new Map<string, Tally>()
  const byTopic = new Map<string, Tally>()
  const byWeek = new Map<string, Tally>()
  const byConfidence = new Map<string, Tally>()
  const answered = new Set<string>()
  for (const a of scored) {
    overall.total += 1
    if (a.correct) overall.correct += 1
    answered.add(a.questionId)
    add(byWeek, weekOf(a.answeredAt), a.correct)
    if (a.confidence) add(byConfidence, a.confidence, a.correct)
    const item = itemById.get(a.questionId)
    if (!item) continue // retired item: counts overall, has no topic any more
    add(byDomain, domainOf.get(item.moduleId) ?? 'other', a.correct)
    for (const t of item.topics) add(byTopic, t, a.correct)
  }

  // Time: reading time of sections visited in range, plus time spent answering.
  const secondsByModule = new Map<string, number>()
  for (const p of input.sectionProgress) if (inRange(p.lastVisitedAt)) secondsByModule.set(p.moduleId, (secondsByModule.get(p.moduleId) ?? 0) + p.secondsSpent)
  for (const a of attempts) {
    if (a.context === 'inline') continue // inline answering time is already inside the section's reading time
    const moduleId = itemById.get(a.questionId)?.moduleId ?? ''
    secondsByModule.set(moduleId, (secondsByModule.get(moduleId) ?? 0) + a.msSpent / 1000)
  }

  const completedSections = new Set(input.sectionProgress.filter((p) => p.status === 'completed' && (input.to === undefined || (p.completedAt ?? 0) <= to)).map((p) => `${p.moduleId}/${p.sectionId}`))
  const completedCases = new Set(input.caseRuns.filter((r) => r.completedAt !== undefined && r.completedAt <= to).map((r) => `${r.moduleId}/${r.caseId}`))
  const modules: ModuleStat[] = input.modules.map((m) => ({
    id: m.id,
    title: m.title,
    domain: m.domain,
    sectionsCompleted: m.sections.filter((s) => completedSections.has(`${m.id}/${s.id}`)).length,
    sectionsTotal: m.sections.length,
    casesCompleted: m.cases.filter((c) => completedCases.has(`${m.id}/${c.id}`)).length,
    casesTotal: m.cases.length,
    secondsStudied: Math.round(secondsByModule.get(m.id) ?? 0),
  }))

  const topicStats: TopicStat[] = input.topics
    .map((t) => ({ id: t.id, title: t.title, weight: t.weight, ...(byTopic.get(t.id) ?? { correct: 0, total: 0 }) }))
    .filter((t) => t.total > 0)
  const weighted = topicStats.reduce((acc, t) => ({ w: acc.w + t.weight, s: acc.s + t.weight * (t.correct / t.total) }), { w: 0, s: 0 })

  const weakest = topicStats
    .filter((t) => t.total >= MIN_ANSWERS_FOR_WEAKNESS && t.correct < t.total)
    // Lowest accuracy first; among equals, the topic that weighs more on the exam.
    .sort((a, b) => a.correct / a.total - b.correct / b.total || b.weight - a.weight)
    .slice(0, 5)

  return {
    modules,
    secondsStudied: Math.round([...secondsByModule.values()].reduce((a, b) => a + b, 0)),
    itemsAnswered: answered.size,
    itemsAvailable: input.items.length,
    overall,
    weightedPercent: weighted.w ? Math.round((weighted.s / weighted.w) * 100) : null,
    byDomain: [...byDomain].map(([domain, t]) => ({ domain, ...t })).sort((a, b) => a.domain.localeCompare(b.domain)),
    byTopic: topicStats,
    trend: [...byWeek].map(([week, t]) => ({ week, ...t })).sort((a, b) => a.week.localeCompare(b.week)),
    calibration: (['sure', 'unsure', 'guessing'] as const).map((confidence) => ({ confidence, ...(byConfidence.get(confidence) ?? { correct: 0, total: 0 }) })),
    weakest,
  }
}

/** Sections that teach a topic, in module order: where to go after a weak result. */
export function sectionsTeaching(modules: readonly ModuleLike[], topic: string): { moduleId: string; id: string; title: string }[] {
  return modules.flatMap((m) => m.sections.filter((s) => s.topics.includes(topic)).map((s) => ({ moduleId: m.id, id: s.id, title: s.title })))
}

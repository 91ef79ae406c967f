/**
 * From builder settings to a concrete list of item ids: filters, presets and the draw.
 * Pure, so a test can be rebuilt from its stored config and seed.
 */
import { buildHistory, type AttemptLike, type ItemHistory, type ItemStatusFilter } from './item-status'
import { drawUniform, drawWeighted, filterItems, type SelectableItem } from './select-items'

export type Preset = 'simulate' | 'weaknesses' | 'new'

export interface BuilderConfig {
  moduleIds: string[]
  topics: string[]
  status: ItemStatusFilter
  count: number
  preset?: Preset
}

export interface TopicPerformance {
  topic: string
  answered: number
  correct: number
  /** Items tagged with the topic, answered or not. */
  available: number
}

export function topicPerformance(items: readonly SelectableItem[], history: ReadonlyMap<string, ItemHistory>): TopicPerformance[] {
  const perf = new Map<string, TopicPerformance>()
  for (const item of items) {
    for (const topic of item.topics) {
      const p = perf.get(topic) ?? { topic, answered: 0, correct: 0, available: 0 }
      p.available++
      const h = history.get(item.id)
      if (h?.lastCorrect !== undefined) {
        p.answered++
        if (h.lastCorrect) p.correct++
      }
      perf.set(topic, p)
    }
  }
  return [...perf.values()]
}

/** The weakest topics: lowest share correct among those answered at all (ties: more answered first). */
export function weakestTopics(perf: readonly TopicPerformance[], n = 3): string[] {
  return perf
    .filter((p) => p.answered > 0)
    .sort((a, b) => a.correct / a.answered - b.correct / b.answered || b.answered - a.answered || a.topic.localeCompare(b.topic))
    .slice(0, n)
    .map((p) => p.topic)
}

/** The least-covered topics: smallest share of their items answered. */
export function leastCoveredTopics(perf: readonly TopicPerformance[], n = 3): string[] {
  return [...perf]
    .sort((a, b) => a.answered / a.available - b.answered / b.available || b.available - a.available || a.topic.localeCompare(b.topic))
    .slice(0, n)
    .map((p) => p.topic)
}

/** What each preset sets in the builder; the fellow can still adjust it before starting. */
export function presetConfig(preset: Preset, items: readonly SelectableItem[], history: ReadonlyMap<string, ItemHistory>, count: number): BuilderConfig {
  const perf = topicPerformance(items, history)
  switch (preset) {
    case 'simulate':
      return { preset, moduleIds: [], topics: [], status: 'all', count }
    case 'weaknesses':
      return { preset, moduleIds: [], topics: weakestTopics(perf), status: 'all', count }
    case 'new':
      return { preset, moduleIds: [], topics: leastCoveredTopics(perf), status: 'unused', count }
  }
}

/** The items a config can draw from. "Improve weaknesses" prefers items missed or flagged, then fills up. */
export function candidatePool<T extends SelectableItem>(items: readonly T[], config: BuilderConfig, history: ReadonlyMap<string, ItemHistory>): T[] {
  const pool = filterItems(items, config, history)
  if (config.preset !== 'weaknesses') return pool
  const needsWork = pool.filter((i) => history.get(i.id)?.lastCorrect === false || history.get(i.id)?.flagged)
  return needsWork.length >= config.count ? needsWork : [...needsWork, ...pool.filter((i) => !needsWork.includes(i))]
}

export function drawTest<T extends SelectableItem>(
  items: readonly T[],
  config: BuilderConfig,
  history: ReadonlyMap<string, ItemHistory>,
  weights: Readonly<Record<string, number>>,
  seed: number,
): T[] {
  const pool = candidatePool(items, config, history)
  if (config.preset === 'simulate') return drawWeighted(pool, config.count, weights, seed)
  if (config.preset === 'weaknesses') {
    // Keep the missed and flagged items first in line, then shuffle the chosen ones.
    const needsWork = pool.filter((i) => history.get(i.id)?.lastCorrect === false || history.get(i.id)?.flagged)
    const rest = pool.filter((i) => !needsWork.includes(i))
    const chosen = [...drawUniform(needsWork, config.count, seed), ...drawUniform(rest, Math.max(0, config.count - needsWork.length), seed + 1)]
    return drawUniform(chosen, chosen.length, seed + 2)
  }
  return drawUniform(pool, config.count, seed)
}

export { buildHistory, type AttemptLike }

/**
 * Which items a test may draw from, and the draw itself: uniform, or in proportion to the
 * taxonomy's exam weights ("Simulate the exam"). Pure and reproducible from a seed.
 */
import { matchesStatus, type ItemHistory, type ItemStatusFilter } from './item-status'
import { seededRandom, shuffle } from './random'

export interface SelectableItem {
  id: string
  moduleId: string
  topics: readonly string[]
}

export interface ItemFilters {
  /** Empty or absent: every module. */
  moduleIds?: readonly string[]
  /** Empty or absent: every topic. An item matches when any of its topics is chosen. */
  topics?: readonly string[]
  status: ItemStatusFilter
}

export function filterItems<T extends SelectableItem>(items: readonly T[], filters: ItemFilters, history: ReadonlyMap<string, ItemHistory>): T[] {
  const modules = filters.moduleIds?.length ? new Set(filters.moduleIds) : undefined
  const topics = filters.topics?.length ? new Set(filters.topics) : undefined
  return items.filter(
    (item) =>
      (!modules || modules.has(item.moduleId)) &&
      (!topics || item.topics.some((t) => topics.has(t))) &&
      matchesStatus(filters.status, history.get(item.id)),
  )
}

/** A uniform random draw of up to `count` items. */
export function drawUniform<T extends SelectableItem>(pool: readonly T[], count: number, seed: number): T[] {
  return shuffle(pool, seededRandom(seed)).slice(0, Math.max(0, count))
}

/**
 * Splits `count` across topics in proportion to their weights (largest-remainder method),
 * never asking a topic for more items than it has; what a topic cannot supply goes to the
 * others by the same rule.
 */
export function allocateByWeight(count: number, weights: Readonly<Record<string, number>>, available: Readonly<Record<string, number>>): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(Object.keys(available).map((t) => [t, 0]))
  let remaining = Math.min(count, Object.values(available).reduce((a, b) => a + b, 0))
  while (remaining > 0) {
    const open = Object.keys(available).filter((t) => (weights[t] ?? 0) > 0 && result[t] < available[t])
    const pool = open.length ? open : Object.keys(available).filter((t) => result[t] < available[t])
    if (!pool.length) break
    const total = pool.reduce((s, t) => s + (open.length ? weights[t] : 1), 0)
    const shares = pool.map((t) => ({ t, exact: (remaining * (open.length ? weights[t] : 1)) / total }))
    let given = 0
    for (const s of shares) {
      const n = Math.min(Math.floor(s.exact), available[s.t] - result[s.t])
      result[s.t] += n
      given += n
    }
    // Hand out the rest one by one, largest fractional part first (ties by topic id, for determinism).
    const order = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.t.localeCompare(b.t))
    for (const s of order) {
      if (given >= remaining) break
      if (result[s.t] < available[s.t]) {
        result[s.t]++
        given++
      }
    }
    if (given === 0) break
    remaining -= given
  }
  return result
}

/**
 * Draws `count` items so that topics appear in proportion to `weights`. Each item counts
 * for its first (primary) topic, so an item is drawn at most once.
 */
export function drawWeighted<T extends SelectableItem>(pool: readonly T[], count: number, weights: Readonly<Record<string, number>>, seed: number): T[] {
  const random = seededRandom(seed)
  const byTopic = new Map<string, T[]>()
  for (const item of shuffle(pool, random)) {
    const primary = item.topics[0] ?? ''
    const list = byTopic.get(primary)
    if (list) list.push(item)
    else byTopic.set(primary, [item])
  }
  const available = Object.fromEntries([...byTopic].map(([t, list]) => [t, list.length]))
  const plan = allocateByWeight(count, weights, available)
  const chosen = [...byTopic].flatMap(([t, list]) => list.slice(0, plan[t] ?? 0))
  return shuffle(chosen, random)
}

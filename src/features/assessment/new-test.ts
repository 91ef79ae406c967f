/** Turns builder settings into a stored test record. */
import { questionIndex } from '@/content/questions'
import { topics } from '@/content/taxonomy'
import type { TestMode, TestRecord } from '@/db/types'
import { drawTest, type BuilderConfig } from './domain/build-test'
import type { ItemHistory } from './domain/item-status'
import { newSeed, seededRandom, shuffle } from './domain/random'
import { timeLimitMs } from './domain/timing'

export const topicWeights: Record<string, number> = Object.fromEntries(topics.map((t) => [t.id, t.weight]))

export function allItems() {
  return Object.values(questionIndex)
}

/** Choice orders for a test, reproducible from its seed; item and choice ids never change. */
export function shuffledChoices(itemIds: readonly string[], seed: number): Record<string, string[]> {
  const random = seededRandom(seed ^ 0x5f3759df)
  return Object.fromEntries(itemIds.map((id) => [id, shuffle(questionIndex[id]?.choiceIds ?? [], random)]))
}

export function makeTest(
  config: BuilderConfig,
  mode: TestMode,
  secondsPerItem: number,
  history: ReadonlyMap<string, ItemHistory>,
  options: { shuffleChoices?: boolean; now?: number; seed?: number } = {},
): TestRecord {
  const { shuffleChoices = false, now = Date.now(), seed = newSeed() } = options
  const items = drawTest(allItems(), config, history, topicWeights, seed)
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    mode,
    config: {
      moduleIds: config.moduleIds,
      topics: config.topics,
      status: config.status,
      count: config.count,
      secondsPerItem,
      shuffleChoices,
      ...(config.preset ? { preset: config.preset } : {}),
    },
    seed,
    itemIds: items.map((i) => i.id),
    ...(shuffleChoices ? { choiceOrder: shuffledChoices(items.map((i) => i.id), seed) } : {}),
    hashes: Object.fromEntries(items.map((i) => [i.id, i.contentHash])),
    answers: {},
    struck: {},
    marked: [],
    itemMs: {},
    currentIndex: 0,
    timeLimitMs: mode === 'timed' ? timeLimitMs(items.length, secondsPerItem) : null,
    elapsedMs: 0,
    status: 'in-progress',
  }
}

/** The same items again, in a new order, as a fresh test. */
export function retake(test: TestRecord, now = Date.now(), seed = newSeed()): TestRecord {
  return {
    ...test,
    id: crypto.randomUUID(),
    createdAt: now,
    seed,
    ...(test.config.shuffleChoices ? { choiceOrder: shuffledChoices(test.itemIds, seed) } : {}),
    answers: {},
    struck: {},
    marked: [],
    itemMs: {},
    currentIndex: 0,
    elapsedMs: 0,
    status: 'in-progress',
    completedAt: undefined,
  }
}

/** Turns builder settings into a stored test record. */
import { questionIndex } from '@/content/questions'
import { topics } from '@/content/taxonomy'
import type { TestMode, TestRecord } from '@/db/types'
import { drawTest, type BuilderConfig } from './domain/build-test'
import type { ItemHistory } from './domain/item-status'
import { newSeed } from './domain/random'
import { timeLimitMs } from './domain/timing'

export const topicWeights: Record<string, number> = Object.fromEntries(topics.map((t) => [t.id, t.weight]))

export function allItems() {
  return Object.values(questionIndex)
}

export function makeTest(config: BuilderConfig, mode: TestMode, secondsPerItem: number, history: ReadonlyMap<string, ItemHistory>, now = Date.now(), seed = newSeed()): TestRecord {
  const items = drawTest(allItems(), config, history, topicWeights, seed)
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    mode,
    config: { moduleIds: config.moduleIds, topics: config.topics, status: config.status, count: config.count, secondsPerItem, ...(config.preset ? { preset: config.preset } : {}) },
    seed,
    itemIds: items.map((i) => i.id),
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

/** The pure core of the test builder and scoring (issue 10): filters, draws, scores, clock. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildHistory, matchesStatus } from '@/features/assessment/domain/item-status'
import { seededRandom, shuffle } from '@/features/assessment/domain/random'
import { scoreTest } from '@/features/assessment/domain/score'
import { allocateByWeight, drawUniform, drawWeighted, filterItems, type SelectableItem } from '@/features/assessment/domain/select-items'
import { formatClock, remainingMs, timeLimitMs } from '@/features/assessment/domain/timing'

const item = (id: string, moduleId: string, ...topics: string[]): SelectableItem => ({ id, moduleId, topics })

describe('seeded randomness', () => {
  it('gives the same order for the same seed and a different one for another seed', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `q${i}`)
    expect(shuffle(ids, seededRandom(42))).toEqual(shuffle(ids, seededRandom(42)))
    expect(shuffle(ids, seededRandom(42))).not.toEqual(shuffle(ids, seededRandom(43)))
    expect([...shuffle(ids, seededRandom(7))].sort()).toEqual([...ids].sort())
  })
})

describe('item status and filters', () => {
  const history = buildHistory(
    [
      { questionId: 'a', correct: false, answeredAt: 1 },
      { questionId: 'a', correct: true, answeredAt: 2 },
      { questionId: 'b', correct: true, answeredAt: 5 },
      { questionId: 'b', correct: false, answeredAt: 9 },
    ],
    ['c'],
  )

  it('reads the latest attempt and the flags', () => {
    expect(history.get('a')).toEqual({ attempts: 2, lastCorrect: true, lastAnsweredAt: 2, flagged: false })
    expect(history.get('b')).toEqual({ attempts: 2, lastCorrect: false, lastAnsweredAt: 9, flagged: false })
    expect(history.get('c')).toEqual({ attempts: 0, flagged: true })
    expect(matchesStatus('unused', history.get('c'))).toBe(true)
    expect(matchesStatus('unused', undefined)).toBe(true)
    expect(matchesStatus('incorrect', history.get('b'))).toBe(true)
    expect(matchesStatus('incorrect', history.get('a'))).toBe(false)
    expect(matchesStatus('flagged', history.get('c'))).toBe(true)
  })

  it('filters by module, topic (any of the item\'s) and status', () => {
    const items = [item('a', 'm1', 'mechanisms'), item('b', 'm1', 'assessment', 'psychology'), item('c', 'm2', 'psychology'), item('d', 'm2', 'cancer')]
    expect(filterItems(items, { status: 'all' }, history).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(filterItems(items, { status: 'all', moduleIds: ['m2'] }, history).map((i) => i.id)).toEqual(['c', 'd'])
    expect(filterItems(items, { status: 'all', topics: ['psychology'] }, history).map((i) => i.id)).toEqual(['b', 'c'])
    expect(filterItems(items, { status: 'unused' }, history).map((i) => i.id)).toEqual(['c', 'd'])
    expect(filterItems(items, { status: 'incorrect', topics: ['assessment'] }, history).map((i) => i.id)).toEqual(['b'])
    expect(filterItems(items, { status: 'flagged', moduleIds: ['m1'] }, history)).toEqual([])
  })
})

describe('draws', () => {
  it('a uniform draw takes at most the pool, without repeats, reproducibly', () => {
    const pool = Array.from({ length: 30 }, (_, i) => item(`q${i}`, 'm', 'mechanisms'))
    const a = drawUniform(pool, 10, 99)
    expect(a).toHaveLength(10)
    expect(new Set(a.map((i) => i.id)).size).toBe(10)
    expect(drawUniform(pool, 10, 99)).toEqual(a)
    expect(drawUniform(pool, 100, 1)).toHaveLength(30)
  })

  it('allocates by largest remainder and passes on what a topic cannot supply', () => {
    expect(allocateByWeight(10, { a: 1, b: 1 }, { a: 50, b: 50 })).toEqual({ a: 5, b: 5 })
    expect(allocateByWeight(10, { a: 3, b: 1 }, { a: 50, b: 50 })).toEqual({ a: 8, b: 2 }) // 7.5/2.5 → tie to a
    expect(allocateByWeight(10, { a: 3, b: 1 }, { a: 4, b: 50 })).toEqual({ a: 4, b: 6 })
    expect(allocateByWeight(10, { a: 1 }, { a: 3, b: 50 })).toEqual({ a: 3, b: 7 }) // weightless topics fill the gap last
  })

  it('property: a weighted draw returns min(count, pool) distinct items, with each topic within one item of its share', () => {
    const topics = ['t1', 't2', 't3', 't4']
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer(),
        (weights, count, seed) => {
          // Plenty of items in every topic, so proportions alone decide the draw.
          const pool = topics.flatMap((t, ti) => Array.from({ length: 200 }, (_, i) => item(`${t}-${i}`, 'm', t, topics[(ti + 1) % 4])))
          const w = Object.fromEntries(topics.map((t, i) => [t, weights[i]]))
          const drawn = drawWeighted(pool, count, w, seed)
          expect(drawn).toHaveLength(count)
          expect(new Set(drawn.map((d) => d.id)).size).toBe(count)
          const total = weights.reduce((a, b) => a + b, 0)
          for (const [i, t] of topics.entries()) {
            const got = drawn.filter((d) => d.topics[0] === t).length
            expect(Math.abs(got - (count * weights[i]) / total)).toBeLessThan(1)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('property: a weighted draw is reproducible from its seed', () => {
    const pool = Array.from({ length: 60 }, (_, i) => item(`q${i}`, 'm', i % 2 ? 'a' : 'b'))
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), (seed, n) => {
      expect(drawWeighted(pool, n, { a: 2, b: 1 }, seed)).toEqual(drawWeighted(pool, n, { a: 2, b: 1 }, seed))
    }))
  })
})

describe('scoring', () => {
  it('counts correct, incorrect and unanswered, by topic and by module', () => {
    const items = [item('a', 'm1', 'x', 'y'), item('b', 'm1', 'x'), item('c', 'm2', 'y'), item('d', 'm2', 'z')]
    const s = scoreTest(items, {
      a: { answered: true, correct: true, msSpent: 1000 },
      b: { answered: true, correct: false, msSpent: 2000 },
      c: { answered: false, correct: false, msSpent: 500 },
    })
    expect(s).toMatchObject({ total: 4, correct: 1, incorrect: 1, unanswered: 2, percent: 25, msSpent: 3500 })
    expect(s.byTopic.x).toMatchObject({ total: 2, correct: 1, incorrect: 1, percent: 50 })
    expect(s.byTopic.y).toMatchObject({ total: 2, correct: 1, unanswered: 1, percent: 50 })
    expect(s.byTopic.z).toMatchObject({ total: 1, unanswered: 1, percent: 0 })
    expect(s.byModule).toMatchObject({ m1: { total: 2, correct: 1 }, m2: { total: 2, unanswered: 2 } })
    expect(scoreTest([], {})).toMatchObject({ total: 0, percent: 0 })
  })
})

describe('the clock', () => {
  it('gives 72 seconds an item by default: 200 items in 4 hours', () => {
    expect(timeLimitMs(200)).toBe(4 * 60 * 60 * 1000)
    expect(timeLimitMs(40)).toBe(48 * 60 * 1000)
    expect(timeLimitMs(10, 90)).toBe(900_000)
  })

  it('counts saved time plus the running stretch, never below zero', () => {
    expect(remainingMs(60_000, 10_000, null, 999)).toBe(50_000)
    expect(remainingMs(60_000, 10_000, 1_000, 6_000)).toBe(45_000)
    expect(remainingMs(60_000, 59_000, 0, 10_000)).toBe(0)
  })

  it('formats like an exam clock', () => {
    expect(formatClock(48 * 60 * 1000)).toBe('48:00')
    expect(formatClock(4 * 3600 * 1000)).toBe('4:00:00')
    expect(formatClock(65_001)).toBe('1:06')
    expect(formatClock(9_000)).toBe('0:09')
  })
})

describe('building a test', async () => {
  const { drawTest, presetConfig, weakestTopics, leastCoveredTopics, topicPerformance } = await import('@/features/assessment/domain/build-test')
  const items = [
    ...Array.from({ length: 10 }, (_, i) => item(`m${i}`, 'mod', 'mechanisms')),
    ...Array.from({ length: 10 }, (_, i) => item(`p${i}`, 'mod', 'psychology')),
    ...Array.from({ length: 10 }, (_, i) => item(`c${i}`, 'mod2', 'cancer')),
  ]
  const history = buildHistory([
    { questionId: 'm0', correct: false, answeredAt: 1 },
    { questionId: 'm1', correct: false, answeredAt: 1 },
    { questionId: 'm2', correct: true, answeredAt: 1 },
    { questionId: 'p0', correct: true, answeredAt: 1 },
    { questionId: 'p1', correct: true, answeredAt: 1 },
  ], ['c3'])

  it('finds weak and least-covered topics', () => {
    const perf = topicPerformance(items, history)
    expect(weakestTopics(perf)).toEqual(['mechanisms', 'psychology'])
    expect(leastCoveredTopics(perf, 1)).toEqual(['cancer'])
  })

  it('"Improve weaknesses" draws missed and flagged items first', () => {
    const config = presetConfig('weaknesses', items, history, 4)
    expect(config.topics).toEqual(['mechanisms', 'psychology'])
    const ids = drawTest(items, config, history, {}, 5).map((i) => i.id)
    expect(ids).toHaveLength(4)
    expect(ids).toEqual(expect.arrayContaining(['m0', 'm1']))
  })

  it('"Something new" draws unused items from the least-covered topics', () => {
    const config = presetConfig('new', items, history, 5)
    const ids = drawTest(items, config, history, {}, 9).map((i) => i.id)
    expect(ids).toHaveLength(5)
    for (const id of ids) expect(history.get(id)?.attempts ?? 0).toBe(0)
  })

  it('"Simulate the exam" follows the weights', () => {
    const ids = drawTest(items, presetConfig('simulate', items, history, 10), history, { mechanisms: 1, psychology: 1, cancer: 3 }, 3).map((i) => i.id)
    expect(ids.filter((id) => id.startsWith('c'))).toHaveLength(6)
  })
})

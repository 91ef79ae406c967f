/** The FSRS adapter: the storable card shape survives a round trip and grades move it the right way. */
import { describe, expect, it } from 'vitest'
import { gradeFromAnswer, needsReview, newCard } from '@/lib/srs'
import { emptyCardFromLibrary, scheduleCard } from '@/lib/srs-schedule'

const day = 86_400_000

describe('spaced review scheduling', () => {
  it('a new card is due at once and has never been reviewed', () => {
    expect(newCard(1000)).toMatchObject({ due: 1000, reps: 0, lapses: 0, state: 'new' })
    expect(newCard(1000).lastReview).toBeUndefined()
    // Written out by hand so saving an answer does not load ts-fsrs; it must equal the library's.
    expect(newCard(1234)).toEqual(emptyCardFromLibrary(1234))
  })

  it('grades order the next due date: again < hard < good < easy', () => {
    const start = newCard(0)
    const due = (['again', 'hard', 'good', 'easy'] as const).map((g) => scheduleCard(start, g, day).due)
    expect([...due].sort((x, y) => x - y)).toEqual(due)
    expect(due[0]).toBeGreaterThan(day)
    expect(scheduleCard(start, 'good', day)).toMatchObject({ reps: 1, lastReview: day })
  })

  it('a card answered well keeps being pushed out; a lapse counts and pulls it back', () => {
    let card = newCard(0)
    let now = 0
    for (let i = 0; i < 4; i++) {
      card = scheduleCard(card, 'good', now)
      now = card.due
    }
    expect(card.state).toBe('review')
    expect(card.scheduledDays).toBeGreaterThan(3)
    const lapsed = scheduleCard(card, 'again', now)
    expect(lapsed.lapses).toBe(1)
    expect(lapsed.due - now).toBeLessThan(card.due - (card.lastReview ?? 0))
  })

  it('queues misses and unsure or guessed answers, not sure or unrated right answers', () => {
    expect(needsReview(false, 'sure')).toBe(true)
    expect(needsReview(true, 'unsure')).toBe(true)
    expect(needsReview(true, 'guessing')).toBe(true)
    expect(needsReview(true, 'sure')).toBe(false)
    expect(needsReview(true, undefined)).toBe(false)
  })

  it('grades a review answer from correctness and confidence', () => {
    expect(gradeFromAnswer(false, 'sure')).toBe('again')
    expect(gradeFromAnswer(true, 'guessing')).toBe('hard')
    expect(gradeFromAnswer(true, 'unsure')).toBe('hard')
    expect(gradeFromAnswer(true, 'sure')).toBe('good')
    expect(gradeFromAnswer(true, undefined)).toBe('good')
  })
})

/**
 * Spaced review of missed items: the storable card shape and the rules for which answers
 * join review and how an answer grades a card. Scheduling itself is ./srs-schedule.ts, the
 * one module that imports ts-fsrs.
 */

export type Confidence = 'sure' | 'unsure' | 'guessing'
export const confidenceLevels: readonly Confidence[] = ['sure', 'unsure', 'guessing']

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy'
export type CardState = 'new' | 'learning' | 'review' | 'relearning'

/** FSRS card fields as stored in IndexedDB (times in ms since the epoch). */
export interface CardFields {
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: CardState
  lastReview?: number
}

/** A card never reviewed, due at once: ts-fsrs's empty card, written out so saving a missed
 * answer does not load the scheduler (tests/unit/srs.test.ts checks the two agree). */
export function newCard(now: number): CardFields {
  return { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 'new' }
}

/** An item joins the review queue when it was missed, or answered right without confidence. */
export function needsReview(correct: boolean, confidence: Confidence | undefined): boolean {
  return !correct || confidence === 'unsure' || confidence === 'guessing'
}

/**
 * How an answer in a review session grades its card. A right answer that was a guess or
 * unsure is "hard" (seen again sooner); "easy" is left out because a fellow's own
 * "sure" already maps to "good", FSRS's normal step.
 */
export function gradeFromAnswer(correct: boolean, confidence: Confidence | undefined): ReviewGrade {
  if (!correct) return 'again'
  return confidence === 'unsure' || confidence === 'guessing' ? 'hard' : 'good'
}

/**
 * Spaced review of missed items with FSRS. This is the only module that imports ts-fsrs:
 * its 6.0 drops fields (STACK.md), so everything else sees the plain, storable shape below.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs'

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

const states: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}
const stateOf = (s: CardState): State => Number(Object.entries(states).find(([, v]) => v === s)?.[0] ?? State.New) as State

const ratings: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }

// Fuzz spreads cards answered together over nearby days, as Anki does; retention 0.9 is FSRS's default.
const scheduler = fsrs({ enable_fuzz: true, request_retention: 0.9 })

function toFields(card: Card): CardFields {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: states[card.state],
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  }
}

function toCard(f: CardFields): Card {
  return {
    due: new Date(f.due),
    stability: f.stability,
    difficulty: f.difficulty,
    elapsed_days: f.elapsedDays,
    scheduled_days: f.scheduledDays,
    learning_steps: f.learningSteps,
    reps: f.reps,
    lapses: f.lapses,
    state: stateOf(f.state),
    ...(f.lastReview !== undefined ? { last_review: new Date(f.lastReview) } : {}),
  }
}

/** A card never reviewed, due at once. */
export function newCard(now: number): CardFields {
  return toFields(createEmptyCard(new Date(now)))
}

/** The card after one review with this grade. */
export function scheduleCard(card: CardFields, grade: ReviewGrade, now: number): CardFields {
  return toFields(scheduler.next(toCard(card), new Date(now), ratings[grade]).card)
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

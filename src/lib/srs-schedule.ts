/**
 * The FSRS adapter: the only module that imports ts-fsrs (its 6.0 drops fields, STACK.md).
 * Loaded only when a review is graded, so the scheduler stays out of the first load; the
 * storable card shape and the grading rules live in ./srs.ts.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs'
import type { CardFields, CardState, ReviewGrade } from './srs'

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

/** ts-fsrs's own empty card, to check that ./srs.ts newCard matches it. */
export function emptyCardFromLibrary(now: number): CardFields {
  return toFields(createEmptyCard(new Date(now)))
}

/** The card after one review with this grade. */
export function scheduleCard(card: CardFields, grade: ReviewGrade, now: number): CardFields {
  return toFields(scheduler.next(toCard(card), new Date(now), ratings[grade]).card)
}


/** Row shapes of the Dolor database. Times are milliseconds since the epoch. */
import type { CardFields, Confidence, ReviewGrade } from '@/lib/srs'

export type { Confidence }

export interface SectionProgress {
  moduleId: string
  sectionId: string
  status: 'visited' | 'completed'
  firstVisitedAt: number
  lastVisitedAt: number
  completedAt?: number
  secondsSpent: number
}

export type AttemptContext = 'inline' | 'case' | 'test' | 'review'

export interface Attempt {
  id?: number
  questionId: string
  moduleId: string
  selected: string[]
  correct: boolean
  /** How sure the fellow said they were (optional, may be given after the answer). */
  confidence?: Confidence
  context: AttemptContext
  /** The section, case, test or review session the item was answered in. */
  contextId: string
  answeredAt: number
  msSpent: number
  /** The item's content hash when answered: tells an answer to an item edited since. */
  contentHash: string
}

export interface SavedAnswer {
  selected: string[]
  correct: boolean
  answeredAt: number
  contentHash: string
  confidence?: Confidence
}

export interface CaseRun {
  caseId: string
  moduleId: string
  /** Index of the furthest stage opened. */
  stageReached: number
  answers: Record<string, SavedAnswer>
  startedAt: number
  updatedAt: number
  completedAt?: number
}

export interface Setting {
  key: string
  value: unknown
  updatedAt?: number
}

export type TestMode = 'tutor' | 'timed'

export interface TestAnswer {
  selected: string[]
  correct: boolean
  /** When the answer was locked in (tutor) or last changed (timed). */
  answeredAt: number
  confidence?: Confidence
}

export interface TestRecord {
  id: string
  createdAt: number
  mode: TestMode
  /** What the fellow asked for, kept so that a test can be retaken or described. */
  config: {
    moduleIds: string[]
    topics: string[]
    status: 'all' | 'unused' | 'incorrect' | 'flagged'
    count: number
    secondsPerItem: number
    preset?: 'simulate' | 'weaknesses' | 'new'
    shuffleChoices?: boolean
  }
  seed: number
  itemIds: string[]
  /** Per-item order in which choices are shown (stable choice ids), when the test shuffles them. */
  choiceOrder?: Record<string, string[]>
  /** Content hash of each item when the test was built. */
  hashes: Record<string, string>
  answers: Record<string, TestAnswer>
  struck: Record<string, string[]>
  /** Items flagged during this test (the global flag table follows the item beyond it). */
  marked: string[]
  itemMs: Record<string, number>
  currentIndex: number
  /** Null in tutor mode. */
  timeLimitMs: number | null
  /** Time used, saved at every action; the running stretch since `resumedAt` is added live. */
  elapsedMs: number
  status: 'in-progress' | 'paused' | 'completed'
  completedAt?: number
}

export interface Flag {
  questionId: string
  flaggedAt: number
}

export interface Note {
  questionId: string
  text: string
  updatedAt: number
}

/** An item in spaced review: FSRS fields plus where it came from. */
export interface ReviewCard extends CardFields {
  questionId: string
  moduleId: string
  addedAt: number
}

/** One review, appended and never changed: the card's history. */
export interface ReviewLog {
  id?: number
  questionId: string
  reviewedAt: number
  grade: ReviewGrade
  correct: boolean
  confidence?: Confidence
  /** The card as it was before this review, so a history can be replayed or audited. */
  before: CardFields
  dueAfter: number
}

/** An xAPI statement waiting for the LRS. `rejected` rows were refused as invalid and are not retried. */
export interface OutboxRow {
  /** The statement's own UUID: sending the same row twice can never make two statements. */
  id: string
  statement: unknown
  createdAt: number
  tries: number
  nextTryAt: number
  state: 'pending' | 'rejected'
  lastError?: string
}

/** Row shapes of the Dolor database. Times are milliseconds since the epoch. */

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
  confidence?: 'low' | 'medium' | 'high'
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
}

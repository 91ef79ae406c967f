/** What a fellow has done with each item, derived from the attempts log and flags. */

export type ItemStatusFilter = 'all' | 'unused' | 'incorrect' | 'flagged'

export interface ItemHistory {
  attempts: number
  /** Whether the most recent attempt was correct; undefined when never answered. */
  lastCorrect?: boolean
  lastAnsweredAt?: number
  flagged: boolean
}

export interface AttemptLike {
  questionId: string
  correct: boolean
  answeredAt: number
}

export function buildHistory(attempts: readonly AttemptLike[], flagged: Iterable<string> = []): Map<string, ItemHistory> {
  const history = new Map<string, ItemHistory>()
  for (const a of attempts) {
    let h = history.get(a.questionId)
    if (!h) {
      h = { attempts: 0, flagged: false }
      history.set(a.questionId, h)
    }
    h.attempts++
    if (h.lastAnsweredAt === undefined || a.answeredAt >= h.lastAnsweredAt) {
      h.lastAnsweredAt = a.answeredAt
      h.lastCorrect = a.correct
    }
  }
  for (const id of flagged) {
    const h = history.get(id)
    if (h) h.flagged = true
    else history.set(id, { attempts: 0, flagged: true })
  }
  return history
}

export function matchesStatus(status: ItemStatusFilter, h: ItemHistory | undefined): boolean {
  switch (status) {
    case 'all':
      return true
    case 'unused':
      return !h || h.attempts === 0
    case 'incorrect':
      return h?.lastCorrect === false
    case 'flagged':
      return h?.flagged === true
  }
}

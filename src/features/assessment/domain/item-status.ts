/** What a fellow has done with each item, derived from the attempts log and flags. */

export type ItemStatusFilter = 'all' | 'unused' | 'incorrect' | 'flagged'

export interface ItemHistory {
  attempts: number
  /** Whether the most recent attempt was correct; undefined when never answered. */
  lastCorrect?: boolean
  flagged: boolean
}

export interface AttemptLike {
  questionId: string
  correct: boolean
  answeredAt: number
}

export function buildHistory(attempts: readonly AttemptLike[], flagged: Iterable<string> = []): Map<string, ItemHistory> {
  const history = new Map<string, ItemHistory & { lastAt: number }>()
  for (const a of attempts) {
    const h = history.get(a.questionId) ?? { attempts: 0, flagged: false, lastAt: -Infinity }
    h.attempts++
    if (a.answeredAt >= h.lastAt) {
      h.lastAt = a.answeredAt
      h.lastCorrect = a.correct
    }
    history.set(a.questionId, h)
  }
  for (const id of flagged) {
    const h = history.get(id) ?? { attempts: 0, flagged: false, lastAt: -Infinity }
    h.flagged = true
    history.set(id, h)
  }
  return new Map([...history].map(([id, { lastAt: _lastAt, ...h }]) => [id, h]))
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

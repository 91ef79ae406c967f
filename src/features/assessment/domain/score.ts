/** Scoring a finished test, overall and by topic and module. Unanswered items count as not correct. */

export interface ScoredItem {
  id: string
  moduleId: string
  topics: readonly string[]
}

export interface ItemOutcome {
  answered: boolean
  correct: boolean
  msSpent: number
}

export interface Tally {
  total: number
  correct: number
  incorrect: number
  unanswered: number
  /** Whole percent of all items, 0 when there are none. */
  percent: number
}

export interface TestScore extends Tally {
  msSpent: number
  byTopic: Record<string, Tally>
  byModule: Record<string, Tally>
}

const empty = (): Tally => ({ total: 0, correct: 0, incorrect: 0, unanswered: 0, percent: 0 })

function add(t: Tally, o: ItemOutcome | undefined) {
  t.total++
  if (!o?.answered) t.unanswered++
  else if (o.correct) t.correct++
  else t.incorrect++
  t.percent = Math.round((t.correct / t.total) * 100)
}

export function scoreTest(items: readonly ScoredItem[], outcomes: Readonly<Record<string, ItemOutcome>>): TestScore {
  const score: TestScore = { ...empty(), msSpent: 0, byTopic: {}, byModule: {} }
  for (const item of items) {
    const o = outcomes[item.id]
    add(score, o)
    score.msSpent += o?.msSpent ?? 0
    for (const topic of item.topics) add((score.byTopic[topic] ??= empty()), o)
    add((score.byModule[item.moduleId] ??= empty()), o)
  }
  return score
}

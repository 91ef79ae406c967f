import data from './taxonomy.json' with { type: 'json' }

export interface Topic {
  id: string
  title: string
  description: string
  /** Approximate share of the board exam, in percent. */
  weight: number
}

export const topics: readonly Topic[] = data.topics
export const domains: readonly string[] = data.domains
export const topicIds: ReadonlySet<string> = new Set(topics.map((t) => t.id))

export function topicTitle(id: string): string {
  return topics.find((t) => t.id === id)?.title ?? id
}

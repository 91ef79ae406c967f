/** The numbers behind content:report, from a validated collection. Pure. */
import { topics } from '../taxonomy.ts'
import type { Collection } from './collect.ts'

export interface ContentReport {
  modules: {
    id: string
    title: string
    draft: boolean
    sections: number
    cases: number
    questions: number
    words: number
    difficulty: Record<'easy' | 'medium' | 'hard', number>
  }[]
  totals: { modules: number; sections: number; cases: number; questions: number; words: number }
  topics: Record<string, { title: string; questions: number; share: number; weight: number }>
}

export function buildReport(c: Collection): ContentReport {
  const modules = c.modules.map((m) => {
    const qs = c.questions.filter((q) => q.moduleId === m.id)
    const difficulty = { easy: 0, medium: 0, hard: 0 }
    for (const q of qs) difficulty[q.difficulty]++
    return {
      id: m.id,
      title: m.title,
      draft: Boolean(m.draft),
      sections: m.sections.length,
      cases: m.cases.length,
      questions: qs.length,
      words: c.files.filter((f) => f.moduleId === m.id).reduce((n, f) => n + f.words, 0),
      difficulty,
    }
  })
  const sum = (k: 'sections' | 'cases' | 'questions' | 'words') => modules.reduce((n, m) => n + m[k], 0)
  const tagged = c.questions.reduce((n, q) => n + q.topics.length, 0)
  const topicStats: ContentReport['topics'] = {}
  for (const t of topics) {
    const count = c.questions.filter((q) => q.topics.includes(t.id)).length
    topicStats[t.id] = { title: t.title, questions: count, share: tagged ? Math.round((count / tagged) * 100) : 0, weight: t.weight }
  }
  return {
    modules,
    totals: { modules: modules.length, sections: sum('sections'), cases: sum('cases'), questions: c.questions.length, words: sum('words') },
    topics: topicStats,
  }
}

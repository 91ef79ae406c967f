/** The question index at run time, and grading, which needs nothing but the index. */
import { loaders, questions } from 'virtual:dolor/questions'
import type { MDXContent } from 'mdx/types'
import type { QuestionMeta } from './types'

export const questionIndex: Readonly<Record<string, QuestionMeta>> = questions

export function findQuestion(id: string): QuestionMeta | undefined {
  return questionIndex[id]
}

/** Loads one item on its own, without its section's prose. */
export async function loadQuestion(id: string): Promise<MDXContent> {
  const load = loaders[id]
  if (!load) throw new Error(`No question with id ${id}`)
  return (await load()).default
}

export { grade } from './grade'

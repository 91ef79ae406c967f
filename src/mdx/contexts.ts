/**
 * What MDX components need from the page around them. Features provide these; the
 * components stay free of storage and routing, so any page (a section, a case, a test)
 * can host them.
 */
import { createContext } from 'react'
import type { Reference } from '@/content/types'
import type { Confidence, SavedAnswer } from '@/db/types'

export interface FileContextValue {
  moduleId: string
  /** Repository-relative path of the file being shown, e.g. modules/foundations/01-x.mdx */
  file: string
  /** The numbered reference list of the file being shown. */
  references: Reference[]
}

export const FileContext = createContext<FileContextValue>({ moduleId: '', file: '', references: [] })

export interface SubmittedAnswer {
  questionId: string
  selected: string[]
  correct: boolean
  msSpent: number
  contentHash: string
  /** How sure the fellow said they were, if they said so before submitting. */
  confidence?: Confidence
}

/** Where a question's answers come from and go to. */
export interface QuestionHost {
  /** undefined while loading; null when never answered here. */
  useSaved(questionId: string): SavedAnswer | null | undefined
  submit(answer: SubmittedAnswer): Promise<boolean>
  /** "deferred": a timed test keeps the verdict and rationales for the end. Default "immediate". */
  feedback?: 'immediate' | 'deferred'
  /** A finished test under review: answers can no longer change. */
  locked?: boolean
  /** false: a submitted answer is final ("Try again" is not offered), as in a review session. */
  retry?: boolean
  /** Strike-outs (UWorld-style): choices the fellow has ruled out, kept with the test. */
  useStruck?(questionId: string): readonly string[]
  /** The order to show the choices in (stable choice ids); absent means as written. */
  choiceOrder?(questionId: string): readonly string[] | undefined
  toggleStrike?(questionId: string, choiceId: string): void
  /**
   * Records confidence given after the answer. Hosts without it take confidence only with
   * the answer (a review session grades the card at submission).
   */
  setConfidence?(questionId: string, confidence: Confidence): Promise<boolean>
}

const memory = new Map<string, SavedAnswer>()

/** Keeps answers for the life of the page: for previews, where nothing should persist. */
export const memoryHost: QuestionHost = {
  useSaved: (id) => memory.get(id) ?? null,
  submit: async (a) => {
    memory.set(a.questionId, { selected: a.selected, correct: a.correct, answeredAt: Date.now(), contentHash: a.contentHash, ...(a.confidence ? { confidence: a.confidence } : {}) })
    return true
  },
}

export const QuestionHostContext = createContext<QuestionHost>(memoryHost)

export interface CaseContextValue {
  /** Index of the furthest stage opened. */
  reached: number
  completed: boolean
  stageCount: number
  /** Whether every question of a stage has an answer, which opens the next stage. */
  stageAnswered(index: number): boolean
  advance(toIndex: number): void
  finish(): void
}

export const CaseContext = createContext<CaseContextValue | null>(null)

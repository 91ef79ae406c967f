/** Scoring DN4: pure, so the cutoff can be tested exactly. */
import { dn4Cutoff, dn4Questions } from './dn4-items'

export interface Dn4Result {
  score: number
  interviewScore: number
  examinationScore: number
  positive: boolean
  reasons: string[]
}

/** `yes` holds the ids of the items answered yes; anything else counts as no. */
export function scoreDn4(yes: readonly string[]): Dn4Result {
  const answered = new Set(yes)
  const count = (part: 'interview' | 'examination') =>
    dn4Questions.filter((q) => q.part === part).reduce((n, q) => n + q.items.filter((i) => answered.has(i.id)).length, 0)
  const interviewScore = count('interview')
  const examinationScore = count('examination')
  const score = interviewScore + examinationScore
  const positive = score >= dn4Cutoff
  const reasons = [
    positive
      ? `A score of ${score} reaches the cutoff of ${dn4Cutoff}: a neuropathic component is likely. Confirm it with the history, a plausible distribution and examination findings; a screening score is not a diagnosis.`
      : `A score of ${score} is below the cutoff of ${dn4Cutoff}: a neuropathic component is less likely, but screening tools miss some patients with neuropathic pain.`,
    `Interview ${interviewScore} of 7 · examination ${examinationScore} of 3 (the examination items need the painful area to be examined).`,
  ]
  return { score, interviewScore, examinationScore, positive, reasons }
}

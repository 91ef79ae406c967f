/** Scoring the Budapest criteria: pure, so the category counts can be tested at their boundaries. */
import { categories, rules, type CategoryId } from './budapest-criteria'

export interface BudapestInput {
  /** Continuing pain, disproportionate to any inciting event. */
  disproportionatePain: boolean
  /** Ids of the symptoms reported and the signs found (see budapest-criteria.ts). */
  findings: readonly string[]
  /** No other diagnosis better explains the signs and symptoms. */
  noBetterExplanation: boolean
}

export interface BudapestResult {
  symptomCategories: CategoryId[]
  signCategories: CategoryId[]
  clinicalMet: boolean
  researchMet: boolean
  reasons: string[]
}

const names = (ids: CategoryId[]) => (ids.length ? ids.map((id) => categories.find((c) => c.id === id)?.label.toLowerCase()).join(', ') : 'none')

export function scoreBudapest(input: BudapestInput): BudapestResult {
  const found = new Set(input.findings)
  const symptomCategories = categories.filter((c) => c.symptoms.some((s) => found.has(s.id))).map((c) => c.id)
  const signCategories = categories.filter((c) => c.signs.some((s) => found.has(s.id))).map((c) => c.id)
  const signsMet = signCategories.length >= rules.signCategories
  const common = input.disproportionatePain && signsMet && input.noBetterExplanation
  const clinicalMet = common && symptomCategories.length >= rules.clinicalSymptomCategories
  const researchMet = common && symptomCategories.length >= rules.researchSymptomCategories
  const reasons = [
    input.disproportionatePain ? 'Continuing pain disproportionate to any inciting event: present.' : 'Continuing pain disproportionate to any inciting event is required and is not ticked.',
    `Symptoms reported in ${symptomCategories.length} of 4 categories (${names(symptomCategories)}): the clinical criteria need 3, the research criteria all 4.`,
    `Signs found in ${signCategories.length} of 4 categories (${names(signCategories)}): both versions need at least 2.`,
    input.noBetterExplanation ? 'No other diagnosis better explains the signs and symptoms.' : 'Another diagnosis that better explains the picture must be excluded first.',
  ]
  return { symptomCategories, signCategories, clinicalMet, researchMet, reasons }
}

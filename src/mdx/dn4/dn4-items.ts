/**
 * The DN4 neuropathic pain questionnaire (Douleur Neuropathique en 4 questions) as data with its source.
 * Items and the cutoff checked against the published English version on 2026-11-27.
 */
export const dn4Source = {
  citation:
    'Bouhassira D, Attal N, Alchaar H, et al. Comparison of pain syndromes associated with nervous or somatic lesions and development of a new neuropathic pain diagnostic questionnaire (DN4). Pain. 2005;114(1-2):29-36.',
}

export interface Dn4Question {
  id: string
  /** Interview items are asked; examination items need the clinician to examine the painful area. */
  part: 'interview' | 'examination'
  prompt: string
  items: { id: string; label: string }[]
}

export const dn4Questions: readonly Dn4Question[] = [
  {
    id: 'q1',
    part: 'interview',
    prompt: 'Question 1: does the pain have one or more of these characteristics?',
    items: [
      { id: 'burning', label: 'Burning' },
      { id: 'painful-cold', label: 'Painful cold' },
      { id: 'electric-shocks', label: 'Electric shocks' },
    ],
  },
  {
    id: 'q2',
    part: 'interview',
    prompt: 'Question 2: is the pain associated with one or more of these symptoms in the same area?',
    items: [
      { id: 'tingling', label: 'Tingling' },
      { id: 'pins-and-needles', label: 'Pins and needles' },
      { id: 'numbness', label: 'Numbness' },
      { id: 'itching', label: 'Itching' },
    ],
  },
  {
    id: 'q3',
    part: 'examination',
    prompt: 'Question 3: is the pain located in an area where examination shows one or more of these?',
    items: [
      { id: 'hypoesthesia-touch', label: 'Hypoesthesia to touch' },
      { id: 'hypoesthesia-prick', label: 'Hypoesthesia to prick' },
    ],
  },
  {
    id: 'q4',
    part: 'examination',
    prompt: 'Question 4: in the painful area, can the pain be caused or increased by this?',
    items: [{ id: 'brushing', label: 'Brushing' }],
  },
]

/** One point per yes; 4 or more of 10 suggests neuropathic pain. */
export const dn4Cutoff = 4
export const dn4ItemCount = dn4Questions.reduce((n, q) => n + q.items.length, 0)

/**
 * The Budapest criteria for complex regional pain syndrome (clinical and research versions) as data
 * with their source. Checked against the criteria table reproduced from the validation study on 2026-11-27.
 */
export const budapestSources = [
  {
    citation:
      'Harden RN, Bruehl S, Perez RS, et al. Validation of proposed diagnostic criteria (the "Budapest Criteria") for complex regional pain syndrome. Pain. 2010;150(2):268-274.',
  },
  {
    citation: 'Harden RN, Bruehl S, Stanton-Hicks M, Wilson PR. Proposed new diagnostic criteria for complex regional pain syndrome. Pain Med. 2007;8(4):326-331.',
  },
]

export type CategoryId = 'sensory' | 'vasomotor' | 'sudomotor' | 'motor'

export interface Category {
  id: CategoryId
  label: string
  /** What the patient reports. */
  symptoms: { id: string; label: string }[]
  /** What the examiner sees or elicits at the time of evaluation. */
  signs: { id: string; label: string }[]
}

export const categories: readonly Category[] = [
  {
    id: 'sensory',
    label: 'Sensory',
    symptoms: [
      { id: 'symptom-hyperesthesia', label: 'Hyperesthesia' },
      { id: 'symptom-allodynia', label: 'Allodynia' },
    ],
    signs: [
      { id: 'sign-hyperalgesia', label: 'Hyperalgesia to pinprick' },
      { id: 'sign-allodynia', label: 'Allodynia to light touch, deep somatic pressure or joint movement' },
    ],
  },
  {
    id: 'vasomotor',
    label: 'Vasomotor',
    symptoms: [
      { id: 'symptom-temperature', label: 'Temperature asymmetry' },
      { id: 'symptom-color', label: 'Skin color changes or asymmetry' },
    ],
    signs: [
      { id: 'sign-temperature', label: 'Temperature asymmetry' },
      { id: 'sign-color', label: 'Skin color changes or asymmetry' },
    ],
  },
  {
    id: 'sudomotor',
    label: 'Sudomotor and edema',
    symptoms: [
      { id: 'symptom-edema', label: 'Edema' },
      { id: 'symptom-sweating', label: 'Sweating changes or asymmetry' },
    ],
    signs: [
      { id: 'sign-edema', label: 'Edema' },
      { id: 'sign-sweating', label: 'Sweating changes or asymmetry' },
    ],
  },
  {
    id: 'motor',
    label: 'Motor and trophic',
    symptoms: [
      { id: 'symptom-range', label: 'Decreased range of motion' },
      { id: 'symptom-motor', label: 'Motor dysfunction (weakness, tremor, dystonia)' },
      { id: 'symptom-trophic', label: 'Trophic changes (hair, nail, skin)' },
    ],
    signs: [
      { id: 'sign-range', label: 'Decreased range of motion' },
      { id: 'sign-motor', label: 'Motor dysfunction (weakness, tremor, dystonia)' },
      { id: 'sign-trophic', label: 'Trophic changes (hair, nail, skin)' },
    ],
  },
]

export const rules = {
  /** Categories with at least one reported symptom. */
  clinicalSymptomCategories: 3,
  researchSymptomCategories: 4,
  /** Categories with at least one sign at evaluation, in both versions. */
  signCategories: 2,
}

/**
 * Morphine milligram equivalent (MME) conversion factors, exactly as tabulated in the CDC
 * Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022
 * (Table: "Morphine milligram equivalent doses for commonly prescribed opioids for pain
 * management"). Multiply a daily dose by the factor to get MME/day. Changing a number here
 * changes clinical output: cite the new source beside it and update tests/unit/mme.test.ts.
 */

export const mmeSource = {
  id: 'dowell-2022',
  citation:
    'Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022. MMWR Recomm Rep. 2022;71(3):1-95.',
  doi: '10.15585/mmwr.rr7103a1',
  table: 'Table: morphine milligram equivalent doses for commonly prescribed opioids for pain management',
} as const

export interface MmeFactor {
  id: string
  name: string
  /** What the strength of one unit is measured in: mg, or mcg/hr for a fentanyl patch. */
  unit: 'mg' | 'mcg/hr'
  factor: number
}

export const mmeFactors: readonly MmeFactor[] = [
  { id: 'codeine', name: 'Codeine', unit: 'mg', factor: 0.15 },
  { id: 'fentanyl-transdermal', name: 'Fentanyl transdermal (patch)', unit: 'mcg/hr', factor: 2.4 },
  { id: 'hydrocodone', name: 'Hydrocodone', unit: 'mg', factor: 1.0 },
  { id: 'hydromorphone', name: 'Hydromorphone', unit: 'mg', factor: 5.0 },
  { id: 'methadone', name: 'Methadone', unit: 'mg', factor: 4.7 },
  { id: 'morphine', name: 'Morphine', unit: 'mg', factor: 1.0 },
  { id: 'oxycodone', name: 'Oxycodone', unit: 'mg', factor: 1.5 },
  { id: 'oxymorphone', name: 'Oxymorphone', unit: 'mg', factor: 3.0 },
  { id: 'tapentadol', name: 'Tapentadol', unit: 'mg', factor: 0.4 },
  { id: 'tramadol', name: 'Tramadol', unit: 'mg', factor: 0.2 },
]

/** The guideline's cautions that travel with the number, in our words. */
export const mmeCautions: readonly string[] = [
  'Doses are per day in mg, except transdermal fentanyl, which is in mcg/hr.',
  'Equivalence is an estimate: it cannot account for differences between people in genetics and pharmacokinetics.',
  'Do not use MME to pick a dose when switching from one opioid to another. Cross-tolerance is incomplete, so a new opioid is usually started well below the calculated equivalent, to avoid overdose.',
  'Methadone needs particular care: its half-life is long and variable, and its peak respiratory depression comes later and lasts longer than its peak pain relief.',
  'Transdermal fentanyl needs particular care: it is dosed in mcg/hr, not mg/day.',
  'Buprenorphine is not in this table.',
]

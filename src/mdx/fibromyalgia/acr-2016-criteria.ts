/**
 * The 2016 revision of the 2010/2011 fibromyalgia diagnostic criteria, as data with its source.
 * Checked against the published criteria table (Wolfe et al. 2016) on 2026-11-27.
 */
export const criteriaSource = {
  citation:
    'Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329.',
  doi: '10.1016/j.semarthrit.2016.08.012',
}

export type RegionId = 'left-upper' | 'right-upper' | 'left-lower' | 'right-lower' | 'axial'

export interface PainArea {
  id: string
  label: string
  region: RegionId
  /** Jaw, chest and abdomen count in the WPI but not toward generalized pain. */
  countsForGeneralizedPain: boolean
}

export const regions: { id: RegionId; label: string }[] = [
  { id: 'left-upper', label: 'Left upper region' },
  { id: 'right-upper', label: 'Right upper region' },
  { id: 'left-lower', label: 'Left lower region' },
  { id: 'right-lower', label: 'Right lower region' },
  { id: 'axial', label: 'Axial region' },
]

const area = (id: string, label: string, region: RegionId, countsForGeneralizedPain = true): PainArea => ({ id, label, region, countsForGeneralizedPain })

/** The 19 areas of the widespread pain index (pain in the past week). */
export const painAreas: readonly PainArea[] = [
  area('jaw-left', 'Jaw, left', 'left-upper', false),
  area('shoulder-left', 'Shoulder girdle, left', 'left-upper'),
  area('upper-arm-left', 'Upper arm, left', 'left-upper'),
  area('lower-arm-left', 'Lower arm, left', 'left-upper'),
  area('jaw-right', 'Jaw, right', 'right-upper', false),
  area('shoulder-right', 'Shoulder girdle, right', 'right-upper'),
  area('upper-arm-right', 'Upper arm, right', 'right-upper'),
  area('lower-arm-right', 'Lower arm, right', 'right-upper'),
  area('hip-left', 'Hip (buttock, trochanter), left', 'left-lower'),
  area('upper-leg-left', 'Upper leg, left', 'left-lower'),
  area('lower-leg-left', 'Lower leg, left', 'left-lower'),
  area('hip-right', 'Hip (buttock, trochanter), right', 'right-lower'),
  area('upper-leg-right', 'Upper leg, right', 'right-lower'),
  area('lower-leg-right', 'Lower leg, right', 'right-lower'),
  area('neck', 'Neck', 'axial'),
  area('upper-back', 'Upper back', 'axial'),
  area('lower-back', 'Lower back', 'axial'),
  area('chest', 'Chest', 'axial', false),
  area('abdomen', 'Abdomen', 'axial', false),
]

/** Rated 0–3 for the past week: no problem, slight or mild, moderate, severe. */
export const severitySymptoms = [
  { id: 'fatigue', label: 'Fatigue' },
  { id: 'waking-unrefreshed', label: 'Waking unrefreshed' },
  { id: 'cognitive', label: 'Cognitive symptoms' },
] as const

export const severityLevels = ['0 – no problem', '1 – slight or mild', '2 – moderate', '3 – severe'] as const

/** Present or not during the previous 6 months, 1 point each. */
export const otherSymptoms = [
  { id: 'headaches', label: 'Headaches' },
  { id: 'lower-abdomen', label: 'Pain or cramps in the lower abdomen' },
  { id: 'depression', label: 'Depression' },
] as const

export const thresholds = {
  /** WPI ≥ 7 with SSS ≥ 5, or WPI 4–6 with SSS ≥ 9. */
  highWpi: 7,
  highWpiSss: 5,
  lowWpi: 4,
  lowWpiSss: 9,
  regionsForGeneralizedPain: 4,
  minimumMonths: 3,
}

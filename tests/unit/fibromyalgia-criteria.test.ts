/** The 2016 fibromyalgia criteria at their boundaries, worked by hand from the published table. */
import { describe, expect, it } from 'vitest'
import { painAreas } from '@/mdx/fibromyalgia/acr-2016-criteria'
import { scoreCriteria, type CriteriaInput } from '@/mdx/fibromyalgia/score'

const base: CriteriaInput = { painful: [], severity: {}, other: [], threeMonths: true }
/** One area in each of the four limb regions plus the neck: 5 regions, WPI 5. */
const fiveRegions = ['shoulder-left', 'shoulder-right', 'hip-left', 'hip-right', 'neck']

describe('the 2016 fibromyalgia criteria', () => {
  it('has the 19 areas of the widespread pain index, 3 of them outside the regions rule', () => {
    expect(painAreas).toHaveLength(19)
    expect(painAreas.filter((a) => !a.countsForGeneralizedPain).map((a) => a.id).sort()).toEqual(['abdomen', 'chest', 'jaw-left', 'jaw-right'])
  })

  it('scores the SSS as 0–9 for the three rated symptoms plus 0–3 for the others, and clamps bad ratings', () => {
    expect(scoreCriteria({ ...base, severity: { fatigue: 3, 'waking-unrefreshed': 3, cognitive: 3 }, other: ['headaches', 'lower-abdomen', 'depression'] }).sss).toBe(12)
    expect(scoreCriteria({ ...base, severity: { fatigue: 7, cognitive: -2 } }).sss).toBe(3)
  })

  it('WPI 7 needs SSS 5: 4 is not enough, 5 is', () => {
    const painful = [...fiveRegions, 'upper-arm-left', 'upper-leg-right']
    const sss4 = scoreCriteria({ ...base, painful, severity: { fatigue: 2, cognitive: 2 } })
    expect([sss4.wpi, sss4.sss, sss4.met]).toEqual([7, 4, false])
    const sss5 = scoreCriteria({ ...base, painful, severity: { fatigue: 2, cognitive: 2 }, other: ['headaches'] })
    expect([sss5.wpi, sss5.sss, sss5.met]).toEqual([7, 5, true])
  })

  it('WPI 4–6 needs SSS 9: 8 is not enough, 9 is', () => {
    const painful = fiveRegions.slice(0, 4).concat('lower-back') // WPI 5, five regions
    const sss8 = scoreCriteria({ ...base, painful, severity: { fatigue: 3, 'waking-unrefreshed': 3, cognitive: 2 } })
    expect([sss8.wpi, sss8.sss, sss8.wpiSssMet]).toEqual([5, 8, false])
    const sss9 = scoreCriteria({ ...base, painful, severity: { fatigue: 3, 'waking-unrefreshed': 3, cognitive: 3 } })
    expect([sss9.sss, sss9.met]).toEqual([9, true])
  })

  it('WPI 3 never meets the threshold, even with SSS 12', () => {
    const r = scoreCriteria({ ...base, painful: ['shoulder-left', 'hip-left', 'neck'], severity: { fatigue: 3, 'waking-unrefreshed': 3, cognitive: 3 }, other: ['headaches', 'lower-abdomen', 'depression'] })
    expect([r.wpi, r.sss, r.wpiSssMet]).toEqual([3, 12, false])
  })

  it('needs pain in 4 of 5 regions; jaw, chest and abdomen do not make a region', () => {
    const severe = { fatigue: 3, 'waking-unrefreshed': 3, cognitive: 3 }
    // Three limb regions plus jaw, chest and abdomen: WPI 9, but only 3 regions.
    const r = scoreCriteria({ ...base, painful: ['shoulder-left', 'upper-arm-left', 'hip-left', 'upper-leg-left', 'hip-right', 'upper-leg-right', 'jaw-right', 'chest', 'abdomen'], severity: severe })
    expect([r.wpi, r.regionsWithPain.length, r.generalizedPain, r.met]).toEqual([9, 3, false, false])
    expect(r.reasons[1]).toMatch(/3 of 5 regions.*jaw, chest and abdomen do not count/)
    // Add the lower back: the axial region now counts, 4 of 5.
    const r4 = scoreCriteria({ ...base, painful: [...['shoulder-left', 'upper-arm-left', 'hip-left', 'upper-leg-left', 'hip-right', 'upper-leg-right', 'jaw-right', 'chest', 'abdomen'], 'lower-back'], severity: severe })
    expect([r4.regionsWithPain.length, r4.met]).toEqual([4, true])
  })

  it('needs 3 months of symptoms', () => {
    const painful = [...fiveRegions, 'upper-arm-left', 'upper-leg-right']
    const r = scoreCriteria({ ...base, painful, severity: { fatigue: 3, cognitive: 2 }, threeMonths: false })
    expect([r.wpiSssMet, r.generalizedPain, r.durationMet, r.met]).toEqual([true, true, false, false])
    expect(r.reasons[2]).toBe('Symptoms have not yet been present for 3 months.')
  })
})

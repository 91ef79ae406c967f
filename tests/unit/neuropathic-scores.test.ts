/** DN4 and the Budapest criteria at and around their boundaries, worked by hand from the published tools. */
import { describe, expect, it } from 'vitest'
import { categories } from '@/mdx/budapest/budapest-criteria'
import { scoreBudapest, type BudapestInput } from '@/mdx/budapest/score'
import { dn4ItemCount, dn4Questions } from '@/mdx/dn4/dn4-items'
import { scoreDn4 } from '@/mdx/dn4/score'

describe('DN4', () => {
  it('has 10 items: 7 from the interview in questions 1–2, 3 from the examination in questions 3–4', () => {
    expect(dn4ItemCount).toBe(10)
    expect(dn4Questions.map((q) => [q.part, q.items.length])).toEqual([
      ['interview', 3],
      ['interview', 4],
      ['examination', 2],
      ['examination', 1],
    ])
  })

  it('3 is below the cutoff, 4 reaches it', () => {
    const three = scoreDn4(['burning', 'tingling', 'brushing'])
    expect([three.score, three.positive]).toEqual([3, false])
    expect(three.reasons[0]).toContain('below the cutoff of 4')
    const four = scoreDn4(['burning', 'tingling', 'brushing', 'hypoesthesia-touch'])
    expect([four.score, four.positive, four.interviewScore, four.examinationScore]).toEqual([4, true, 2, 2])
    expect(four.reasons[0]).toContain('reaches the cutoff of 4')
  })

  it('scores 0 and 10 at the ends and ignores unknown or repeated ids', () => {
    expect(scoreDn4([]).score).toBe(0)
    const all = dn4Questions.flatMap((q) => q.items.map((i) => i.id))
    expect(scoreDn4(all).score).toBe(10)
    expect(scoreDn4(['burning', 'burning', 'not-an-item']).score).toBe(1)
  })
})

const firstSymptom = (i: number) => categories[i]!.symptoms[0]!.id
const firstSign = (i: number) => categories[i]!.signs[0]!.id
const complete = (findings: string[]): BudapestInput => ({ disproportionatePain: true, noBetterExplanation: true, findings })

describe('the Budapest criteria', () => {
  it('has four categories, each with symptoms and signs', () => {
    expect(categories.map((c) => c.id)).toEqual(['sensory', 'vasomotor', 'sudomotor', 'motor'])
    for (const c of categories) expect(c.symptoms.length && c.signs.length).toBeTruthy()
  })

  it('clinical: symptoms in 2 categories are not enough, 3 are; research needs all 4', () => {
    const signs = [firstSign(0), firstSign(1)]
    const two = scoreBudapest(complete([firstSymptom(0), firstSymptom(1), ...signs]))
    expect([two.symptomCategories.length, two.clinicalMet, two.researchMet]).toEqual([2, false, false])
    const three = scoreBudapest(complete([firstSymptom(0), firstSymptom(1), firstSymptom(2), ...signs]))
    expect([three.clinicalMet, three.researchMet]).toEqual([true, false])
    const four = scoreBudapest(complete([firstSymptom(0), firstSymptom(1), firstSymptom(2), firstSymptom(3), ...signs]))
    expect([four.clinicalMet, four.researchMet]).toEqual([true, true])
  })

  it('signs in 1 category are not enough for either version, 2 are', () => {
    const symptoms = [0, 1, 2, 3].map(firstSymptom)
    const one = scoreBudapest(complete([...symptoms, firstSign(3)]))
    expect([one.signCategories, one.clinicalMet, one.researchMet]).toEqual([['motor'], false, false])
    const two = scoreBudapest(complete([...symptoms, firstSign(3), firstSign(2)]))
    expect([two.signCategories.length, two.clinicalMet, two.researchMet]).toEqual([2, true, true])
  })

  it('counts a category once however many of its items are ticked', () => {
    const r = scoreBudapest(complete(categories[3]!.symptoms.map((s) => s.id).concat(categories[3]!.signs.map((s) => s.id))))
    expect([r.symptomCategories, r.signCategories]).toEqual([['motor'], ['motor']])
  })

  it('is not met without disproportionate pain or while another diagnosis explains the picture', () => {
    const findings = [0, 1, 2, 3].map(firstSymptom).concat([firstSign(0), firstSign(1)])
    expect(scoreBudapest({ ...complete(findings), disproportionatePain: false }).clinicalMet).toBe(false)
    const other = scoreBudapest({ ...complete(findings), noBetterExplanation: false })
    expect([other.clinicalMet, other.researchMet]).toEqual([false, false])
    expect(other.reasons[3]).toContain('must be excluded')
  })

  it('a symptom does not count as a sign, nor a sign as a symptom', () => {
    const r = scoreBudapest(complete([firstSign(0), firstSign(1), firstSign(2)]))
    expect([r.symptomCategories.length, r.signCategories.length, r.clinicalMet]).toEqual([0, 3, false])
  })
})

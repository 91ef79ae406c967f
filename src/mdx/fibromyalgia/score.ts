/** Scoring the 2016 fibromyalgia criteria: pure, so the boundaries can be tested exactly. */
import { otherSymptoms, painAreas, regions, severitySymptoms, thresholds, type RegionId } from './acr-2016-criteria'

export interface CriteriaInput {
  /** Ids of the areas painful in the past week. */
  painful: readonly string[]
  /** Severity 0–3 of fatigue, waking unrefreshed and cognitive symptoms. */
  severity: Partial<Record<(typeof severitySymptoms)[number]['id'], number>>
  /** Ids of headaches, lower-abdominal pain or cramps, depression present in the previous 6 months. */
  other: readonly string[]
  /** Symptoms generally present for at least 3 months. */
  threeMonths: boolean
}

export interface CriteriaResult {
  wpi: number
  sss: number
  regionsWithPain: RegionId[]
  generalizedPain: boolean
  wpiSssMet: boolean
  durationMet: boolean
  met: boolean
  /** One plain sentence per criterion, saying whether it is met and why. */
  reasons: string[]
}

export function scoreCriteria(input: CriteriaInput): CriteriaResult {
  const painful = new Set(input.painful)
  const wpi = painAreas.filter((a) => painful.has(a.id)).length
  const sss =
    severitySymptoms.reduce((sum, s) => sum + Math.max(0, Math.min(3, Math.round(input.severity[s.id] ?? 0))), 0) +
    otherSymptoms.filter((s) => input.other.includes(s.id)).length
  const regionsWithPain = regions.map((r) => r.id).filter((r) => painAreas.some((a) => a.region === r && a.countsForGeneralizedPain && painful.has(a.id)))
  const generalizedPain = regionsWithPain.length >= thresholds.regionsForGeneralizedPain
  const wpiSssMet = (wpi >= thresholds.highWpi && sss >= thresholds.highWpiSss) || (wpi >= thresholds.lowWpi && wpi < thresholds.highWpi && sss >= thresholds.lowWpiSss)
  const durationMet = input.threeMonths
  const reasons = [
    wpiSssMet
      ? `WPI ${wpi} and SSS ${sss} meet the threshold (${wpi >= thresholds.highWpi ? 'WPI 7 or more with SSS 5 or more' : 'WPI 4–6 with SSS 9 or more'}).`
      : `WPI ${wpi} and SSS ${sss} do not meet the threshold: it needs WPI 7 or more with SSS 5 or more, or WPI 4–6 with SSS 9 or more.`,
    generalizedPain
      ? `Generalized pain: pain in ${regionsWithPain.length} of 5 regions (at least 4 needed).`
      : `No generalized pain: pain in ${regionsWithPain.length} of 5 regions, and at least 4 are needed (jaw, chest and abdomen do not count toward a region).`,
    durationMet ? 'Symptoms have been present for at least 3 months.' : 'Symptoms have not yet been present for 3 months.',
  ]
  return { wpi, sss, regionsWithPain, generalizedPain, wpiSssMet, durationMet, met: wpiSssMet && generalizedPain && durationMet, reasons }
}

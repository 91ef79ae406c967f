/**
 * MME/day from prescriptions: pure, so the calculator, its tests and any future report
 * agree. Bad input yields a message for that field, never NaN.
 */
import { mmeFactors, type MmeFactor } from './cdc-2022-factors'

export interface PrescriptionInput {
  drugId: string
  /** mg per unit, or mcg/hr per patch. */
  strength: string
  /** Units per dose, or patches worn at once for a patch. */
  units: string
  /** Doses a day; ignored for a patch, which is worn continuously. */
  dosesPerDay: string
}

export type FieldErrors = Partial<Record<keyof PrescriptionInput, string>>

export type LineResult = { ok: true; factor: MmeFactor; dailyDose: number; mme: number } | { ok: false; errors: FieldErrors }

const limits = {
  strengthMg: 1000,
  strengthMcgHr: 1000,
  units: 50,
  dosesPerDay: 24,
}

function parse(raw: string): number | undefined {
  const text = raw.trim().replace(',', '.')
  if (!/^\d*\.?\d+$/.test(text)) return undefined
  return Number(text)
}

function positive(raw: string, label: string, max: number, maxHint: string): { value?: number; error?: string } {
  if (!raw.trim()) return { error: `Enter ${label}.` }
  const value = parse(raw)
  if (value === undefined) return { error: `${capitalize(label)} must be a number, such as 5 or 7.5.` }
  if (value <= 0) return { error: `${capitalize(label)} must be more than zero.` }
  if (value > max) return { error: `${capitalize(label)} of ${value} is more than ${maxHint}; check the value.` }
  return { value }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Rounds away floating-point dust (0.15 × 240 = 36.00000000000001). */
export function roundMme(n: number): number {
  return Math.round(n * 100) / 100
}

export function computeLine(input: PrescriptionInput): LineResult {
  const factor = mmeFactors.find((f) => f.id === input.drugId)
  if (!factor) return { ok: false, errors: { drugId: 'Choose an opioid.' } }
  const patch = factor.unit === 'mcg/hr'
  const errors: FieldErrors = {}
  const strength = patch
    ? positive(input.strength, 'the patch strength in mcg/hr', limits.strengthMcgHr, `${limits.strengthMcgHr} mcg/hr`)
    : positive(input.strength, 'the strength of one unit in mg', limits.strengthMg, `${limits.strengthMg} mg per unit`)
  const units = patch
    ? positive(input.units, 'the number of patches worn at once', 10, '10 patches')
    : positive(input.units, 'the units taken per dose', limits.units, `${limits.units} units a dose`)
  const doses = patch ? { value: 1 } : positive(input.dosesPerDay, 'the doses a day', limits.dosesPerDay, `${limits.dosesPerDay} doses a day`)
  if (strength.error) errors.strength = strength.error
  if (units.error) errors.units = units.error
  if (doses.error) errors.dosesPerDay = doses.error
  if (strength.value === undefined || units.value === undefined || doses.value === undefined) return { ok: false, errors }
  const dailyDose = strength.value * units.value * doses.value
  return { ok: true, factor, dailyDose: roundMme(dailyDose), mme: roundMme(dailyDose * factor.factor) }
}

export function totalMme(lines: readonly LineResult[]): number | undefined {
  if (!lines.length || lines.some((l) => !l.ok)) return undefined
  return roundMme(lines.reduce((sum, l) => sum + (l.ok ? l.mme : 0), 0))
}

export function formatMme(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

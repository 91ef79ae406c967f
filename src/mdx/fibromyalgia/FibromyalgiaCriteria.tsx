/**
 * <FibromyalgiaCriteria />: tick the painful areas and rate the symptoms; the 2016 criteria
 * are scored as you go, with each criterion's verdict and the reason for it.
 */
import { useId, useState } from 'react'
import { criteriaSource, otherSymptoms, painAreas, regions, severityLevels, severitySymptoms } from './acr-2016-criteria'
import { scoreCriteria, type CriteriaInput } from './score'
import { useHydrated } from '@/ui/use-hydrated'
import { CalcResult, CalcSource, CheckItem, toggleId as toggle } from '../calculator/parts'

export function FibromyalgiaCriteria() {
  const [input, setInput] = useState<CriteriaInput>({ painful: [], severity: {}, other: [], threeMonths: false })
  const headingId = useId()
  const live = useHydrated()
  const result = scoreCriteria(input)

  return (
    <section className="calc fibro" aria-labelledby={headingId}>
      <h2 id={headingId}>Fibromyalgia criteria (2016) calculator</h2>
      <p className="calc__note">For learning how the criteria work; the diagnosis is a clinical one and is valid whatever other diagnoses a person has.</p>

      <fieldset className="calc__grid">
        <legend>Pain in the past week (widespread pain index)</legend>
        {regions.map((r) => (
          <fieldset key={r.id} className="calc__group">
            <legend>{r.label}</legend>
            {painAreas
              .filter((a) => a.region === r.id)
              .map((a) => (
                <CheckItem key={a.id} checked={input.painful.includes(a.id)} onToggle={() => setInput((s) => ({ ...s, painful: toggle(s.painful, a.id) }))}>
                  {a.label}
                  {a.countsForGeneralizedPain ? null : <span className="calc__aside"> (not counted toward a region)</span>}
                </CheckItem>
              ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>Symptom severity in the past week</legend>
        {severitySymptoms.map((s) => (
          <label key={s.id} className="calc__select">
            {s.label}
            <select value={input.severity[s.id] ?? 0} disabled={!live} onChange={(e) => setInput((cur) => ({ ...cur, severity: { ...cur.severity, [s.id]: Number(e.target.value) } }))}>
              {severityLevels.map((label, value) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Present during the previous 6 months</legend>
        {otherSymptoms.map((s) => (
          <CheckItem key={s.id} checked={input.other.includes(s.id)} onToggle={() => setInput((cur) => ({ ...cur, other: toggle(cur.other, s.id) }))}>
            {s.label}
          </CheckItem>
        ))}
      </fieldset>

      <CheckItem checked={input.threeMonths} onToggle={() => setInput((cur) => ({ ...cur, threeMonths: !cur.threeMonths }))}>
        Symptoms generally present for at least 3 months
      </CheckItem>

      <CalcResult
        summary={
          <>
            WPI <strong>{result.wpi}</strong> of 19 · SSS <strong>{result.sss}</strong> of 12 · regions <strong>{result.regionsWithPain.length}</strong> of 5
          </>
        }
        verdicts={[{ label: result.met ? 'Criteria met' : 'Criteria not met', met: result.met }]}
        reasons={result.reasons}
      />
      <CalcSource citations={[criteriaSource]} />
    </section>
  )
}

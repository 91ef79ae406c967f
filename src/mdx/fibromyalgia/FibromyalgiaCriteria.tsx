/**
 * <FibromyalgiaCriteria />: tick the painful areas and rate the symptoms; the 2016 criteria
 * are scored as you go, with each criterion's verdict and the reason for it.
 */
import { useId, useState } from 'react'
import { criteriaSource, otherSymptoms, painAreas, regions, severityLevels, severitySymptoms } from './acr-2016-criteria'
import { scoreCriteria, type CriteriaInput } from './score'

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

export function FibromyalgiaCriteria() {
  const [input, setInput] = useState<CriteriaInput>({ painful: [], severity: {}, other: [], threeMonths: false })
  const headingId = useId()
  const result = scoreCriteria(input)

  return (
    <section className="calc fibro" aria-labelledby={headingId}>
      <h2 id={headingId}>Fibromyalgia criteria (2016) calculator</h2>
      <p className="calc__note">For learning how the criteria work; the diagnosis is a clinical one and is valid whatever other diagnoses a person has.</p>

      <fieldset className="fibro__areas">
        <legend>Pain in the past week (widespread pain index)</legend>
        {regions.map((r) => (
          <fieldset key={r.id} className="fibro__region">
            <legend>{r.label}</legend>
            {painAreas
              .filter((a) => a.region === r.id)
              .map((a) => (
                <label key={a.id} className="fibro__check">
                  <input type="checkbox" checked={input.painful.includes(a.id)} onChange={() => setInput((s) => ({ ...s, painful: toggle(s.painful, a.id) }))} />
                  {a.label}
                  {a.countsForGeneralizedPain ? null : <span className="fibro__aside"> (not counted toward a region)</span>}
                </label>
              ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>Symptom severity in the past week</legend>
        {severitySymptoms.map((s) => (
          <label key={s.id} className="fibro__select">
            {s.label}
            <select value={input.severity[s.id] ?? 0} onChange={(e) => setInput((cur) => ({ ...cur, severity: { ...cur.severity, [s.id]: Number(e.target.value) } }))}>
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
          <label key={s.id} className="fibro__check">
            <input type="checkbox" checked={input.other.includes(s.id)} onChange={() => setInput((cur) => ({ ...cur, other: toggle(cur.other, s.id) }))} />
            {s.label}
          </label>
        ))}
      </fieldset>

      <label className="fibro__check">
        <input type="checkbox" checked={input.threeMonths} onChange={() => setInput((cur) => ({ ...cur, threeMonths: !cur.threeMonths }))} />
        Symptoms generally present for at least 3 months
      </label>

      <div className="calc__result" role="status" aria-live="polite">
        <p className="calc__total">
          WPI <strong>{result.wpi}</strong> of 19 · SSS <strong>{result.sss}</strong> of 12 · regions <strong>{result.regionsWithPain.length}</strong> of 5
        </p>
        <p className={`fibro__verdict fibro__verdict--${result.met ? 'met' : 'not-met'}`}>{result.met ? 'Criteria met' : 'Criteria not met'}</p>
        <ul>
          {result.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <p className="calc__source">
        Source: {criteriaSource.citation} doi:{criteriaSource.doi}
      </p>
    </section>
  )
}

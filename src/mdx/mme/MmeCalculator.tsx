/**
 * <MmeCalculator />: add opioid prescriptions, see each line's MME/day and the total, with
 * the CDC 2022 factors and cautions beside the result.
 */
import { useId, useRef, useState } from 'react'
import { useHydrated } from '@/ui/use-hydrated'
import { mmeCautions, mmeFactors, mmeSource } from './cdc-2022-factors'
import { computeLine, formatMme, totalMme, type PrescriptionInput } from './mme'

interface Row extends PrescriptionInput {
  key: number
}

const emptyRow = (key: number): Row => ({ key, drugId: '', strength: '', units: '1', dosesPerDay: '' })

/** A labelled decimal field whose error message is its accessible description. */
function NumberField({ id, label, value, error, onChange, onBlur }: { id: string; label: string; value: string; error?: string; onChange: (v: string) => void; onBlur: () => void }) {
  const live = useHydrated()
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        disabled={!live}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {error ? (
        <span className="mme__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </label>
  )
}

export function MmeCalculator() {
  // Row keys count within one calculator (they are part of its field ids), so the first render is the
  // same on the server, which renders many pages in one process, as in the browser. Never reused.
  const lastKey = useRef(1)
  const [rows, setRows] = useState<Row[]>(() => [emptyRow(1)])
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const id = useId()
  const live = useHydrated()
  const results = rows.map(computeLine)
  const total = totalMme(results)
  const update = (key: number, change: Partial<PrescriptionInput>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)))
  const touch = (key: number, field: string) => setTouched((t) => ({ ...t, [`${key}:${field}`]: true }))
  const shown = (key: number, field: keyof PrescriptionInput) => touched[`${key}:${field}`]

  return (
    <section className="mme" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Morphine milligram equivalents (MME) calculator</h3>
      <p className="mme__intro">Add each opioid the person takes. MME/day estimates overdose risk; it is not a conversion table.</p>
      {rows.map((row, i) => {
        const result = results[i]
        const factor = mmeFactors.find((f) => f.id === row.drugId)
        const patch = factor?.unit === 'mcg/hr'
        const errors = result.ok ? {} : result.errors
        const field = (name: keyof PrescriptionInput) => `${id}-${row.key}-${name}`
        const error = (name: keyof PrescriptionInput) =>
          shown(row.key, name) && errors[name] ? (
            <span className="mme__error" id={`${field(name)}-error`}>
              {errors[name]}
            </span>
          ) : null
        const invalid = (name: keyof PrescriptionInput) => Boolean(shown(row.key, name) && errors[name])
        const describedBy = (name: keyof PrescriptionInput) => (invalid(name) ? `${field(name)}-error` : undefined)
        return (
          <fieldset key={row.key} className="mme__row">
            <legend>Opioid {i + 1}</legend>
            <div className="mme__fields">
              <label htmlFor={field('drugId')}>
                Opioid
                <select
                  id={field('drugId')}
                  disabled={!live}
                  value={row.drugId}
                  aria-invalid={invalid('drugId')}
                  aria-describedby={describedBy('drugId')}
                  onChange={(e) => {
                    update(row.key, { drugId: e.target.value })
                    touch(row.key, 'drugId')
                  }}
                >
                  <option value="">Choose…</option>
                  {mmeFactors.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name}
                    </option>
                  ))}
                </select>
                {error('drugId')}
              </label>
              <NumberField
                id={field('strength')}
                label={patch ? 'Patch strength (mcg/hr)' : 'Strength per unit (mg)'}
                value={row.strength}
                error={shown(row.key, 'strength') ? errors.strength : undefined}
                onChange={(v) => update(row.key, { strength: v })}
                onBlur={() => touch(row.key, 'strength')}
              />
              <NumberField
                id={field('units')}
                label={patch ? 'Patches worn at once' : 'Units per dose'}
                value={row.units}
                error={shown(row.key, 'units') ? errors.units : undefined}
                onChange={(v) => update(row.key, { units: v })}
                onBlur={() => touch(row.key, 'units')}
              />
              {patch ? null : (
                <NumberField
                  id={field('dosesPerDay')}
                  label="Doses a day"
                  value={row.dosesPerDay}
                  error={shown(row.key, 'dosesPerDay') ? errors.dosesPerDay : undefined}
                  onChange={(v) => update(row.key, { dosesPerDay: v })}
                  onBlur={() => touch(row.key, 'dosesPerDay')}
                />
              )}
            </div>
            <p className="mme__line" data-testid={`mme-line-${i + 1}`}>
              {result.ok ? (
                <>
                  {formatMme(result.dailyDose)} {patch ? 'mcg/hr' : 'mg/day'} × {result.factor.factor} = <strong>{formatMme(result.mme)} MME/day</strong>
                </>
              ) : (
                'Complete this line to see its MME/day.'
              )}
            </p>
            {rows.length > 1 ? (
              <button type="button" className="button" disabled={!live} onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
                Remove opioid {i + 1}
              </button>
            ) : null}
          </fieldset>
        )
      })}
      <p>
        <button
          type="button"
          className="button"
          disabled={!live}
          onClick={() => {
            const key = ++lastKey.current
            setRows((rs) => [...rs, emptyRow(key)])
          }}
        >
          Add another opioid
        </button>
      </p>
      <div className="mme__total" role="status" aria-live="polite">
        {total === undefined ? (
          <p>Total: complete every line to see the total MME/day.</p>
        ) : (
          <p>
            Total: <strong data-testid="mme-total">{formatMme(total)} MME/day</strong>
          </p>
        )}
      </div>
      <div className="mme__caveats">
        <h4>Before you use this number</h4>
        <ul>
          {mmeCautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      <details className="mme__factors">
        <summary>Conversion factors (CDC, 2022)</summary>
        <table>
          <caption className="visually-hidden">MME conversion factors</caption>
          <thead>
            <tr>
              <th scope="col">Opioid</th>
              <th scope="col">Dose unit</th>
              <th scope="col">Factor</th>
            </tr>
          </thead>
          <tbody>
            {mmeFactors.map((f) => (
              <tr key={f.id}>
                <td>{f.name}</td>
                <td>{f.unit === 'mg' ? 'mg/day' : 'mcg/hr'}</td>
                <td>{f.factor.toFixed(f.factor < 1 ? 2 : 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mme__source">
          Source: {mmeSource.citation} {mmeSource.table}. doi:{mmeSource.doi}
        </p>
      </details>
    </section>
  )
}

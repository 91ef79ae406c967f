/**
 * <BudapestCriteria />: tick the reported symptoms and the signs found at examination; the clinical
 * and research versions of the criteria are scored as you go, with the reason for each verdict.
 */
import { useId, useState } from 'react'
import { CalcResult, CalcSource, CheckItem, toggleId } from '../calculator/parts'
import { budapestSources, categories } from './budapest-criteria'
import { scoreBudapest, type BudapestInput } from './score'

const kinds = [
  { key: 'symptoms', legend: 'Symptoms the patient reports' },
  { key: 'signs', legend: 'Signs at the time of evaluation' },
] as const

export function BudapestCriteria() {
  const [input, setInput] = useState<BudapestInput>({ disproportionatePain: false, findings: [], noBetterExplanation: false })
  const headingId = useId()
  const result = scoreBudapest(input)
  const toggleFinding = (id: string) => setInput((cur) => ({ ...cur, findings: toggleId(cur.findings, id) }))

  return (
    <section className="calc" aria-labelledby={headingId}>
      <h2 id={headingId}>Budapest criteria for CRPS</h2>
      <p className="calc__note">A category counts when at least one of its items is ticked. For learning how the criteria work; the diagnosis remains a clinical one.</p>
      <CheckItem checked={input.disproportionatePain} onToggle={() => setInput((cur) => ({ ...cur, disproportionatePain: !cur.disproportionatePain }))}>
        Continuing pain, disproportionate to any inciting event
      </CheckItem>
      {kinds.map((kind) => (
        <fieldset key={kind.key} className="calc__grid">
          <legend>{kind.legend}</legend>
          {categories.map((c) => (
            <fieldset key={c.id} className="calc__group">
              <legend>{c.label}</legend>
              {c[kind.key].map((item) => (
                <CheckItem key={item.id} checked={input.findings.includes(item.id)} onToggle={() => toggleFinding(item.id)}>
                  {item.label}
                </CheckItem>
              ))}
            </fieldset>
          ))}
        </fieldset>
      ))}
      <CheckItem checked={input.noBetterExplanation} onToggle={() => setInput((cur) => ({ ...cur, noBetterExplanation: !cur.noBetterExplanation }))}>
        No other diagnosis better explains the signs and symptoms
      </CheckItem>
      <CalcResult
        summary={
          <>
            Symptom categories <strong>{result.symptomCategories.length}</strong> of 4 · sign categories <strong>{result.signCategories.length}</strong> of 4
          </>
        }
        verdicts={[
          { label: result.clinicalMet ? 'Clinical criteria met' : 'Clinical criteria not met', met: result.clinicalMet },
          { label: result.researchMet ? 'Research criteria met' : 'Research criteria not met', met: result.researchMet },
        ]}
        reasons={result.reasons}
      />
      <CalcSource citations={budapestSources} />
    </section>
  )
}

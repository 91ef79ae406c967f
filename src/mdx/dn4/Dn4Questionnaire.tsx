/** <Dn4Questionnaire />: answer the ten DN4 items and see the score against its cutoff as you go. */
import { useId, useState } from 'react'
import { CalcResult, CalcSource, CheckItem, toggleId } from '../calculator/parts'
import { dn4ItemCount, dn4Questions, dn4Source } from './dn4-items'
import { scoreDn4 } from './score'

const parts = [
  { id: 'interview', label: 'Interview of the patient' },
  { id: 'examination', label: 'Examination of the patient' },
] as const

export function Dn4Questionnaire() {
  const [yes, setYes] = useState<string[]>([])
  const headingId = useId()
  const result = scoreDn4(yes)

  return (
    <section className="calc" aria-labelledby={headingId}>
      <h2 id={headingId}>DN4 questionnaire</h2>
      <p className="calc__note">Tick each item answered yes (1 point each). For learning how the tool works; it screens for a neuropathic component and does not make the diagnosis.</p>
      {parts.map((part) => (
        <fieldset key={part.id}>
          <legend>{part.label}</legend>
          {dn4Questions
            .filter((q) => q.part === part.id)
            .map((q) => (
              <fieldset key={q.id} className="calc__group">
                <legend>{q.prompt}</legend>
                {q.items.map((item) => (
                  <CheckItem key={item.id} checked={yes.includes(item.id)} onToggle={() => setYes((cur) => toggleId(cur, item.id))}>
                    {item.label}
                  </CheckItem>
                ))}
              </fieldset>
            ))}
        </fieldset>
      ))}
      <CalcResult
        summary={
          <>
            DN4 score <strong>{result.score}</strong> of {dn4ItemCount}
          </>
        }
        verdicts={[{ label: result.positive ? 'Screen positive (4 or more)' : 'Screen negative (below 4)', met: result.positive }]}
        reasons={result.reasons}
      />
      <CalcSource citations={[dn4Source]} />
    </section>
  )
}

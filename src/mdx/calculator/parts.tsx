/** Pieces every criteria calculator shares, so they look and read alike. */
import type { ReactNode } from 'react'
import { useHydrated } from '@/ui/use-hydrated'

export const toggleId = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

export function CheckItem({ checked, onToggle, children }: { checked: boolean; onToggle: () => void; children: ReactNode }) {
  const live = useHydrated()
  return (
    <label className="calc__check">
      <input type="checkbox" checked={checked} disabled={!live} onChange={onToggle} />
      {children}
    </label>
  )
}

/** The live result: a summary line, the verdict, and one reason per criterion. */
export function CalcResult({ summary, verdicts, reasons }: { summary: ReactNode; verdicts: { label: string; met: boolean }[]; reasons: readonly string[] }) {
  return (
    <div className="calc__result" role="status" aria-live="polite">
      <p className="calc__total">{summary}</p>
      {verdicts.map((v) => (
        <p key={v.label} className={`calc__verdict calc__verdict--${v.met ? 'met' : 'not-met'}`}>
          {v.label}
        </p>
      ))}
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  )
}

export function CalcSource({ citations }: { citations: readonly { citation: string; doi?: string }[] }) {
  return (
    <p className="calc__source">
      Source: {citations.map((c) => `${c.citation}${c.doi ? ` doi:${c.doi}` : ''}`).join(' ')}
    </p>
  )
}

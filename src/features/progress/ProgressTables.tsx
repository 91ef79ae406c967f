/** Tables shared by the progress page and the printable report. */
import { formatMinutes } from '@/lib/format'
import { ScrollRegion } from '@/ui/ScrollRegion'
import { percent, type Analytics, type Tally } from './domain/analytics'

const domainTitles: Record<string, string> = {
  foundations: 'Foundations',
  pharmacology: 'Pharmacology',
  acute: 'Acute pain',
  chronic: 'Chronic pain',
  neuropathic: 'Neuropathic pain',
  cancer: 'Cancer pain',
}
export const domainTitle = (d: string) => domainTitles[d] ?? d

/** A bar beside a percentage: the number is the content, the bar is decoration. */
export function Bar({ tally }: { tally: Tally }) {
  const p = percent(tally)
  return (
    <span className="bar">
      <span className="bar__track" aria-hidden="true">
        <span className="bar__fill" style={{ width: `${p}%` }} />
      </span>
      <span className="bar__label">{tally.total ? `${p}%` : '—'}</span>
    </span>
  )
}

/** The headline figures, shared by the progress page (with completion) and the printed report. */
export function StatList({ a, completion = false }: { a: Analytics; completion?: boolean }) {
  const sum = (pick: (m: Analytics['modules'][number]) => [number, number]) => a.modules.map(pick).reduce(([d, t], [x, y]) => [d + x, t + y], [0, 0])
  const [sectionsDone, sectionsAll] = sum((m) => [m.sectionsCompleted, m.sectionsTotal])
  const [casesDone, casesAll] = sum((m) => [m.casesCompleted, m.casesTotal])
  const stats: [string, string][] = [
    ...(completion
      ? ([
          ['Sections completed', `${sectionsDone} of ${sectionsAll}`],
          ['Cases completed', `${casesDone} of ${casesAll}`],
        ] as [string, string][])
      : []),
    ['Time studied', formatMinutes(a.secondsStudied / 60)],
    ['Items answered', completion ? `${a.itemsAnswered} of ${a.itemsAvailable}` : String(a.itemsAnswered)],
    ['Accuracy', a.overall.total ? `${percent(a.overall)}%` : '—'],
    ['Blueprint-weighted accuracy', a.weightedPercent === null ? '—' : `${a.weightedPercent}%`],
  ]
  return (
    <dl className="stats">
      {stats.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

export function ModuleTable({ a }: { a: Analytics }) {
  return (
    <ScrollRegion label="Completion by module">
      <table className="history">
        <caption>Completion by module</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Sections</th>
            <th scope="col">Cases</th>
            <th scope="col">Time studied</th>
          </tr>
        </thead>
        <tbody>
          {a.modules.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.title}</th>
              <td>
                {m.sectionsCompleted} of {m.sectionsTotal}
              </td>
              <td>
                {m.casesCompleted} of {m.casesTotal}
              </td>
              <td>{formatMinutes(m.secondsStudied / 60)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

export function ScoreTable({ caption, first, rows }: { caption: string; first: string; rows: { key: string; name: string; weight?: number; tally: Tally }[] }) {
  const weighted = rows.some((r) => r.weight !== undefined)
  return (
    <ScrollRegion label={caption}>
      <table className="history">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">Correct</th>
            <th scope="col">Answered</th>
            <th scope="col">Accuracy</th>
            {weighted ? <th scope="col">Exam weight</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={weighted ? 5 : 4}>No answers yet.</td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{r.tally.correct}</td>
              <td>{r.tally.total}</td>
              <td>
                <Bar tally={r.tally} />
              </td>
              {weighted ? <td>{r.weight ?? 0}%</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

export function DomainTable({ a }: { a: Analytics }) {
  return <ScoreTable caption="Scores by domain" first="Domain" rows={a.byDomain.map((d) => ({ key: d.domain, name: domainTitle(d.domain), tally: d }))} />
}

export function TopicTable({ a }: { a: Analytics }) {
  return <ScoreTable caption="Scores by topic" first="Topic" rows={a.byTopic.map((t) => ({ key: t.id, name: t.title, weight: t.weight, tally: t }))} />
}

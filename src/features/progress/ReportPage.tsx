/**
 * A one-page report for a program director, made for the browser's "Print" (or "Save as
 * PDF"): the fellow's name, a date range, completion, scores and time. Nothing is sent anywhere.
 */
import { useId, useState } from 'react'
import { Link } from 'react-router'
import { setSetting } from '@/db/settings'
import { useSetting } from '@/db/hooks'
import { formatDate } from '@/lib/format'
import { DomainTable, ModuleTable, StatList, TopicTable } from './ProgressTables'
import { useAnalytics } from './use-analytics'

const toInput = (ms: number) => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
/** yyyy-mm-dd as local midnight (start) or the last millisecond of that day (end). */
const fromInput = (s: string, end: boolean): number | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined
  const [y, m, d] = s.split('-').map(Number)
  return end ? new Date(y, m - 1, d + 1).getTime() - 1 : new Date(y, m - 1, d).getTime()
}

export function ReportPage() {
  const savedName = useSetting<string>('reportName', '')
  const [name, setName] = useState<string | undefined>(undefined)
  const [today] = useState(() => toInput(Date.now()))
  const [fromText, setFromText] = useState('')
  const [toText, setToText] = useState(today)
  const from = fromInput(fromText, false)
  const to = fromInput(toText, true)
  const badRange = from !== undefined && to !== undefined && from > to
  const a = useAnalytics(badRange ? {} : { from, to })
  const nameId = useId()
  const fromId = useId()
  const toId = useId()
  const shownName = name ?? savedName ?? ''

  return (
    <>
      <title>Progress report · Dolor</title>
      <div className="report__controls no-print">
        <p>
          <Link to="/progress">Back to progress</Link>
        </p>
        <h1>Progress report</h1>
        <p>Fill in your name and the period, then print or save as PDF from your browser.</p>
        <div className="report__fields">
          <label htmlFor={nameId}>Your name</label>
          <input id={nameId} type="text" autoComplete="name" value={shownName} onChange={(e) => setName(e.target.value)} onBlur={() => void setSetting('reportName', shownName)} />
          <label htmlFor={fromId}>From</label>
          <input id={fromId} type="date" value={fromText} max={toText || undefined} onChange={(e) => setFromText(e.target.value)} />
          <label htmlFor={toId}>To</label>
          <input id={toId} type="date" value={toText} onChange={(e) => setToText(e.target.value)} />
        </div>
        {badRange ? <p role="alert">The start date is after the end date; showing all dates instead.</p> : null}
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print report
        </button>
      </div>
      <article className="report" aria-labelledby="report-title">
        <header className="report__header">
          <h2 id="report-title">Dolor progress report{shownName ? `: ${shownName}` : ''}</h2>
          <p>
            Period: {from !== undefined && !badRange ? formatDate(from) : 'all activity'} to {to !== undefined && !badRange ? formatDate(to) : 'today'}. Generated{' '}
            {formatDate(fromInput(today, false) ?? 0)}.
          </p>
        </header>
        {!a ? (
          <p role="status">Loading…</p>
        ) : (
          <>
            <StatList a={a} />
            <ModuleTable a={a} />
            <DomainTable a={a} />
            <TopicTable a={a} />
            <p className="report__note">
              Accuracy counts the first answer to each item in each section, case, test or review session. Time is reading time of sections visited in
              the period plus time spent answering cases, tests and reviews.
            </p>
          </>
        )}
      </article>
    </>
  )
}

export { ReportPage as Component }

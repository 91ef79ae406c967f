/** /progress: where a fellow stands, what to study next, and how well they judge their own knowledge. */
import { Link } from 'react-router'
import { catalog } from '@/content/catalog'
import { plural } from '@/lib/format'
import { ScrollRegion } from '@/ui/ScrollRegion'
import { MIN_ANSWERS_FOR_WEAKNESS, percent, sectionsTeaching, type Analytics } from './domain/analytics'
import { Bar, DomainTable, ModuleTable, StatList, TopicTable } from './ProgressTables'
import { TrendChart } from './TrendChart'
import { useAnalytics } from './use-analytics'

export function ProgressPage() {
  const a = useAnalytics()
  return (
    <>
      <title>Progress · Dolor</title>
      <h1>Progress</h1>
      {!a ? (
        <p role="status">Loading your progress…</p>
      ) : (
        <>
          <StatList a={a} completion />
          <p>
            <Link to="/progress/report">Printable report for your program director</Link>
          </p>
          <section aria-labelledby="weak-heading">
            <h2 id="weak-heading">Weakest topics</h2>
            <Weakest a={a} />
          </section>
          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend</h2>
            <TrendChart points={a.trend} />
          </section>
          <section aria-labelledby="calibration-heading">
            <h2 id="calibration-heading">Confidence and accuracy</h2>
            <Calibration a={a} />
          </section>
          <section aria-labelledby="detail-heading">
            <h2 id="detail-heading">In detail</h2>
            <ModuleTable a={a} />
            <DomainTable a={a} />
            <TopicTable a={a} />
          </section>
        </>
      )}
    </>
  )
}

function Weakest({ a }: { a: Analytics }) {
  if (a.weakest.length === 0)
    return <p>No weak topics yet: a topic is listed once you have answered at least {MIN_ANSWERS_FOR_WEAKNESS} of its items and missed one.</p>
  return (
    <ol className="weak">
      {a.weakest.map((t) => {
        const teach = sectionsTeaching(catalog, t.id).slice(0, 3)
        return (
          <li key={t.id} className="weak__item">
            <p className="weak__title">
              <strong>{t.title}</strong> — {percent(t)}% of {plural(t.total, 'answer')}
            </p>
            {teach.length ? (
              <p>
                Study:{' '}
                {teach.map((s, i) => (
                  <span key={`${s.moduleId}/${s.id}`}>
                    {i ? ', ' : ''}
                    <Link to={`/modules/${s.moduleId}/${s.id}`}>{s.title}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            <Link className="button" to={`/assess/new?topics=${encodeURIComponent(t.id)}&count=10`} aria-label={`Start a test on ${t.title}`}>
              Test this topic
            </Link>
          </li>
        )
      })}
    </ol>
  )
}

const labels = { sure: 'Sure', unsure: 'Unsure', guessing: 'Guessing' } as const

function Calibration({ a }: { a: Analytics }) {
  const rated = a.calibration.filter((c) => c.total > 0)
  const sure = a.calibration.find((c) => c.confidence === 'sure')
  return (
    <>
      <p>After each answer you can say how sure you were. Well-calibrated learners are right most of the time when sure and about at chance when guessing.</p>
      {rated.length === 0 ? (
        <p>No confidence ratings yet.</p>
      ) : (
        <ScrollRegion label="Accuracy by confidence, table">
          <table className="history">
            <caption>Accuracy by how sure you said you were</caption>
            <thead>
              <tr>
                <th scope="col">You said</th>
                <th scope="col">Answered</th>
                <th scope="col">Accuracy</th>
              </tr>
            </thead>
            <tbody>
              {a.calibration.map((c) => (
                <tr key={c.confidence}>
                  <th scope="row">{labels[c.confidence]}</th>
                  <td>{c.total}</td>
                  <td>
                    <Bar tally={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {sure && sure.total >= 5 && percent(sure) < 80 ? (
        <p className="callout-inline">When you feel sure you are right {percent(sure)}% of the time: slow down on items that feel easy.</p>
      ) : null}
    </>
  )
}

export { ProgressPage as Component }

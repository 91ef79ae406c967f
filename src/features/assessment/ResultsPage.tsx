import { Link, useParams } from 'react-router'
import { catalog } from '@/content/catalog'
import { findQuestion } from '@/content/questions'
import { topicTitle } from '@/content/taxonomy'
import { useTest } from '@/db/hooks'
import type { TestRecord } from '@/db/types'
import { formatDate } from '@/lib/format'
import { NotFound } from '@/ui/NotFound'
import { ScrollRegion } from '@/ui/ScrollRegion'
import { type Tally } from './domain/score'
import { scoreRecord } from './score-record'
import { formatClock } from './domain/timing'

export function ResultsPage() {
  const { testId = '' } = useParams()
  const loaded = useTest(testId)
  if (loaded === undefined) return <p>Loading results…</p>
  if (!loaded.test) return <NotFound what="page" />
  return <Results test={loaded.test} />
}

function TallyTable({ caption, rows }: { caption: string; rows: [string, Tally][] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="history">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.startsWith('By topic') ? 'Topic' : 'Module'}</th>
            <th scope="col">Correct</th>
            <th scope="col">Items</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, t]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{t.correct}</td>
              <td>{t.total}</td>
              <td>{t.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

function Results({ test }: { test: TestRecord }) {
  const score = scoreRecord(test)
  if (test.status !== 'completed')
    return (
      <>
        <title>Results · Dolor</title>
        <h1>This test is still in progress</h1>
        <p>
          <Link to={`/assess/${test.id}`}>Resume the test</Link> to finish it and see your results.
        </p>
      </>
    )
  const moduleTitle = (id: string) => catalog.find((m) => m.id === id)?.title ?? id
  return (
    <>
      <title>Results · Dolor</title>
      <h1>Results</h1>
      <p className="lede">
        {test.mode === 'timed' ? 'Timed' : 'Tutor'} test of {formatDate(test.createdAt)} · {test.itemIds.length} items
      </p>
      <div className="results__summary" role="status">
        <p className="results__score">
          <strong>{score.percent}%</strong> correct ({score.correct} of {score.total})
        </p>
        <p>
          {score.incorrect} incorrect · {score.unanswered} unanswered · time used {formatClock(test.elapsedMs)}
          {test.timeLimitMs ? ` of ${formatClock(test.timeLimitMs)}` : ''}
        </p>
      </div>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Items</h2>
        <ScrollRegion label="Items and results">
          <table className="history">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Result</th>
                <th scope="col">Topics</th>
                <th scope="col">Time</th>
                <th scope="col">Review</th>
                <th scope="col">Taught in</th>
              </tr>
            </thead>
            <tbody>
              {test.itemIds.map((id, i) => {
                const a = test.answers[id]
                const meta = findQuestion(id)
                return (
                  <tr key={id}>
                    <td>{i + 1}</td>
                    <td>{!a ? 'Unanswered' : a.correct ? 'Correct' : 'Incorrect'}</td>
                    <td>{meta ? meta.topics.map(topicTitle).join(', ') : 'Item no longer exists'}</td>
                    <td>{formatClock(test.itemMs[id] ?? 0)}</td>
                    <td>
                      <Link to={`/assess/${test.id}?item=${i + 1}`} aria-label={`Review item ${i + 1}`}>
                        Review
                      </Link>
                    </td>
                    <td>{meta ? <TeachingLink questionId={id} /> : null}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading">Performance</h2>
        <TallyTable caption="By module" rows={Object.entries(score.byModule).map(([id, t]) => [moduleTitle(id), t])} />
        <TallyTable caption="By topic" rows={Object.entries(score.byTopic).sort((a, b) => a[1].percent - b[1].percent).map(([id, t]) => [topicTitle(id), t])} />
      </section>
      <p>
        <Link to="/assess">Build another test</Link>
      </p>
    </>
  )
}

/** The section or case an item belongs to, where its topic is taught. */
function TeachingLink({ questionId }: { questionId: string }) {
  const meta = findQuestion(questionId)
  const module = meta && catalog.find((m) => m.id === meta.moduleId)
  if (!meta || !module) return null
  const owner = meta.owner.kind === 'section' ? module.sections.find((s) => s.id === meta.owner.id) : module.cases.find((c) => c.id === meta.owner.id)
  if (!owner) return null
  const to = meta.owner.kind === 'section' ? `/modules/${module.id}/${owner.id}` : `/modules/${module.id}/cases/${owner.id}`
  return <Link to={to}>{owner.title}</Link>
}

export { ResultsPage as Component }

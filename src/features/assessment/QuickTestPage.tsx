/**
 * One-click tests from elsewhere in the app ("Test this topic" on the progress page):
 * /assess/new?topics=a,b&count=10 builds a tutor-mode test and opens it.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { topicIds, topicTitle } from '@/content/taxonomy'
import { useAttemptHistory, useFlags } from '@/db/hooks'
import { createTest } from '@/db/tests'
import { candidatePool } from './domain/build-test'
import { buildHistory } from './domain/item-status'
import { allItems, makeTest } from './new-test'
import { DEFAULT_SECONDS_PER_ITEM } from './domain/timing'

export function QuickTestPage() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const attempts = useAttemptHistory()
  const flags = useFlags()
  const [failed, setFailed] = useState(false)
  const started = useRef(false)
  const chosen = useMemo(() => (params.get('topics') ?? '').split(',').filter((t) => topicIds.has(t)), [params])
  const count = Math.max(1, Math.min(100, Math.floor(Number(params.get('count') ?? 10)) || 10))
  const config = useMemo(() => ({ moduleIds: [], topics: chosen, status: 'all' as const, count }), [chosen, count])
  const available = useMemo(() => candidatePool(allItems(), config, new Map()).length, [config])
  const error = available === 0 ? 'No published items are tagged with this topic yet.' : failed ? 'The test could not be saved, so it was not started. See the notice at the top of the page.' : undefined

  useEffect(() => {
    if (started.current || available === 0 || attempts === undefined || flags === undefined) return
    started.current = true
    const history = buildHistory(attempts, flags.map((f) => f.questionId))
    const test = makeTest({ ...config, count: Math.min(count, available) }, 'tutor', DEFAULT_SECONDS_PER_ITEM, history, { shuffleChoices: true })
    void createTest(test).then((ok) => {
      if (ok) navigate(`/assess/${test.id}`, { replace: true })
      else setFailed(true)
    })
  }, [attempts, flags, config, count, available, navigate])

  const what = chosen.length ? chosen.map(topicTitle).join(', ') : 'all topics'
  return (
    <>
      <title>New test · Dolor</title>
      <h1>New test: {what}</h1>
      {error ? (
        <p role="alert">
          {error} <Link to="/assess">Build a test yourself</Link>.
        </p>
      ) : (
        <p role="status">Building your test…</p>
      )}
    </>
  )
}

export { QuickTestPage as Component }

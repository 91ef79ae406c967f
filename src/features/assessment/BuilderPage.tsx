import { useMemo, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { catalog } from '@/content/catalog'
import { topics } from '@/content/taxonomy'
import { useAttemptHistory, useFlags, useTests } from '@/db/hooks'
import { createTest, deleteTest } from '@/db/tests'
import type { TestMode, TestRecord } from '@/db/types'
import { formatDate } from '@/lib/format'
import { ScrollRegion } from '@/ui/ScrollRegion'
import { candidatePool, presetConfig, type BuilderConfig, type Preset } from './domain/build-test'
import { buildHistory, type ItemStatusFilter } from './domain/item-status'
import { DEFAULT_SECONDS_PER_ITEM } from './domain/timing'
import { allItems, makeTest, retake } from './new-test'
import { scoreRecord } from './score-record'

const statuses: { value: ItemStatusFilter; label: string }[] = [
  { value: 'all', label: 'All items' },
  { value: 'unused', label: 'Unused' },
  { value: 'incorrect', label: 'Incorrect' },
  { value: 'flagged', label: 'Flagged' },
]

const presets: { value: Preset; label: string; hint: string }[] = [
  { value: 'simulate', label: 'Simulate the exam', hint: 'Timed; topics in proportion to the exam blueprint.' },
  { value: 'weaknesses', label: 'Improve weaknesses', hint: 'Your weakest topics; missed and flagged items first.' },
  { value: 'new', label: 'Something new', hint: 'Unused items from the topics you have seen least.' },
]

function clampInt(text: string, min: number, max: number, fallback: number): number {
  const n = Math.floor(Number(text))
  return Number.isFinite(n) && text.trim() !== '' ? Math.max(min, Math.min(max, n)) : fallback
}

export function BuilderPage() {
  const navigate = useNavigate()
  const attempts = useAttemptHistory()
  const flags = useFlags()
  const tests = useTests()
  const history = useMemo(() => buildHistory(attempts ?? [], (flags ?? []).map((f) => f.questionId)), [attempts, flags])
  const items = allItems()
  const [config, setConfig] = useState<BuilderConfig>({ moduleIds: [], topics: [], status: 'all', count: 10 })
  const [mode, setMode] = useState<TestMode>('tutor')
  // Number fields keep what is typed (even empty) and are read when used.
  const [countText, setCountText] = useState('10')
  const [secondsText, setSecondsText] = useState(String(DEFAULT_SECONDS_PER_ITEM))
  const seconds = clampInt(secondsText, 10, 600, DEFAULT_SECONDS_PER_ITEM)
  const [shuffleChoices, setShuffleChoices] = useState(true)
  const [error, setError] = useState<string>()

  const requested = clampInt(countText, 1, 10_000, 1)
  const pool = candidatePool(items, { ...config, count: requested }, history)
  const available = pool.length
  const count = Math.min(requested, available)
  const usedTopics = topics.filter((t) => items.some((i) => i.topics.includes(t.id)))

  const toggleIn = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value])
  const applyPreset = (p: Preset) => {
    const next = presetConfig(p, items, history, p === 'simulate' ? Math.min(40, items.length) : requested)
    setConfig(next)
    setCountText(String(next.count))
    if (p === 'simulate') setMode('timed')
  }

  const start = async () => {
    if (count < 1) return setError('No items match these choices. Widen the modules, topics or item status.')
    const test = makeTest({ ...config, count }, mode, seconds, history, { shuffleChoices })
    if (!(await createTest(test))) return setError('The test could not be saved, so it was not started. See the notice at the top of the page.')
    navigate(`/assess/${test.id}`)
  }

  return (
    <>
      <title>Self-assessment · Dolor</title>
      <h1>Self-assessment</h1>
      <p className="lede">Build a test from the question bank, in tutor mode (feedback after each item) or timed (feedback at the end).</p>

      <section aria-labelledby="builder-heading" className="builder">
        <h2 id="builder-heading">Build a test</h2>
        <div className="builder__presets" role="group" aria-label="Presets">
          {presets.map((p) => (
            <button key={p.value} type="button" className="button" aria-pressed={config.preset === p.value} onClick={() => applyPreset(p.value)} title={p.hint}>
              {p.label}
            </button>
          ))}
        </div>

        <fieldset>
          <legend>Modules</legend>
          <p className="meta">None ticked: every module.</p>
          {catalog.map((m) => (
            <label key={m.id} className="check-row">
              <input type="checkbox" checked={config.moduleIds.includes(m.id)} onChange={() => setConfig((c) => ({ ...c, preset: undefined, moduleIds: toggleIn(c.moduleIds, m.id) }))} />
              {m.title} <span className="meta">({items.filter((i) => i.moduleId === m.id).length})</span>
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>Topics</legend>
          <p className="meta">None ticked: every topic.</p>
          <div className="builder__topics">
            {usedTopics.map((t) => (
              <label key={t.id} className="check-row">
                <input type="checkbox" checked={config.topics.includes(t.id)} onChange={() => setConfig((c) => ({ ...c, preset: undefined, topics: toggleIn(c.topics, t.id) }))} />
                {t.title} <span className="meta">({items.filter((i) => i.topics.includes(t.id)).length})</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>Items</legend>
          {statuses.map((s) => (
            <label key={s.value} className="radio-row">
              <input type="radio" name="status" value={s.value} checked={config.status === s.value} onChange={() => setConfig((c) => ({ ...c, preset: undefined, status: s.value }))} />
              {s.label}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>Mode</legend>
          <label className="radio-row">
            <input type="radio" name="mode" value="tutor" checked={mode === 'tutor'} onChange={() => setMode('tutor')} />
            Tutor: see the answer after each item
          </label>
          <label className="radio-row">
            <input type="radio" name="mode" value="timed" checked={mode === 'timed'} onChange={() => setMode('timed')} />
            Timed: answers at the end, against the clock
          </label>
          {mode === 'timed' ? (
            <label className="field">
              Seconds per item
              <input type="number" min={10} max={600} value={secondsText} onChange={(e) => setSecondsText(e.target.value)} />
            </label>
          ) : null}
          <label className="check-row">
            <input type="checkbox" checked={shuffleChoices} onChange={(e) => setShuffleChoices(e.target.checked)} />
            Shuffle the order of answer choices
          </label>
        </fieldset>

        <label className="field">
          Number of items
          <input type="number" min={1} max={Math.max(1, available)} value={countText} onChange={(e) => setCountText(e.target.value)} />
        </label>
        <p role="status" className="builder__count">
          {available} {available === 1 ? 'item matches' : 'items match'}
          {requested > available && available > 0 ? `; the test will have ${available}` : ''}.
        </p>
        {error ? (
          <p role="alert" className="question__note--error">
            {error}
          </p>
        ) : null}
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={available === 0}>
          Start test
        </button>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Your tests</h2>
        {!tests?.length ? <p>No tests yet.</p> : <TestHistory tests={tests} />}
      </section>
    </>
  )
}

function TestHistory({ tests }: { tests: TestRecord[] }) {
  const navigate = useNavigate()
  const dialog = useRef<HTMLDialogElement>(null)
  const [doomed, setDoomed] = useState<TestRecord>()
  const [forget, setForget] = useState(false)
  return (
    <>
      <ScrollRegion label="Test history">
        <table className="history">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Mode</th>
              <th scope="col">Items</th>
              <th scope="col">Score</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {tests.map((t) => {
              const done = t.status === 'completed'
              return (
                <tr key={t.id}>
                  <td>{formatDate(t.createdAt)}</td>
                  <td>{t.mode === 'timed' ? 'Timed' : 'Tutor'}</td>
                  <td>{t.itemIds.length}</td>
                  <td>{done ? `${scoreRecord(t).percent}%` : 'In progress'}</td>
                  <td className="history__actions">
                    {done ? <Link to={`/assess/${t.id}/results`}>Results</Link> : <Link to={`/assess/${t.id}`}>Resume</Link>}
                    <button
                      type="button"
                      className="button"
                      aria-label={`Retake the test of ${formatDate(t.createdAt)}`}
                      onClick={async () => {
                        const again = retake(t)
                        if (await createTest(again)) navigate(`/assess/${again.id}`)
                      }}
                    >
                      Retake
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setDoomed(t)
                        setForget(false)
                        dialog.current?.showModal()
                      }}
                      aria-label={`Delete the test of ${formatDate(t.createdAt)}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <dialog ref={dialog} className="dialog" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this test?</h2>
        <p>{doomed ? `The ${doomed.mode} test of ${formatDate(doomed.createdAt)} will be removed from your history.` : ''}</p>
        <label className="check-row">
          <input type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
          Also remove its answers from my statistics
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              if (doomed) void deleteTest(doomed.id, { forgetAnswers: forget })
              dialog.current?.close()
            }}
          >
            Delete test
          </button>
        </div>
      </dialog>
    </>
  )
}

export { BuilderPage as Component }

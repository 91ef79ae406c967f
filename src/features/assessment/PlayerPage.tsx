import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { findModule } from '@/content/catalog'
import { findQuestion } from '@/content/questions'
import { useNote, useTest } from '@/db/hooks'
import { saveNote, setFlag, updateTest } from '@/db/tests'
import type { TestRecord } from '@/db/types'
import { QuestionHostContext } from '@/mdx/contexts'
import { prefetchQuestions, StandaloneQuestion } from '@/features/questions/StandaloneQuestion'
import { NotFound } from '@/ui/NotFound'
import { formatClock } from './domain/timing'
import { finishTest } from './finish-test'
import { useTestClock } from './use-test-clock'
import { useTestHost } from './test-host'

export function PlayerPage() {
  const { testId = '' } = useParams()
  const loaded = useTest(testId)
  if (loaded === undefined) return <p>Loading the test…</p>
  if (!loaded.test) return <NotFound what="page" />
  return <Player test={loaded.test} />
}

function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null
  return Boolean(el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'radio' && (el as HTMLInputElement).type !== 'checkbox') || el.isContentEditable))
}

function Player({ test }: { test: TestRecord }) {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const done = test.status === 'completed'
  const paused = test.status === 'paused'
  const requested = Number(params.get('item'))
  const [reviewIndex, setReviewIndex] = useState(Number.isInteger(requested) && requested >= 1 ? requested - 1 : 0)
  const index = Math.min(done ? reviewIndex : test.currentIndex, test.itemIds.length - 1)
  const itemId = test.itemIds[index]
  const host = useTestHost(test)
  const clock = useTestClock(test)
  const confirmRef = useRef<HTMLDialogElement>(null)
  const unanswered = test.itemIds.filter((id) => !test.answers[id]).length
  const marked = test.marked.includes(itemId)

  const go = (i: number) => {
    const next = Math.max(0, Math.min(test.itemIds.length - 1, i))
    if (done) setReviewIndex(next)
    else void updateTest(test.id, (t) => ({ ...t, currentIndex: next }))
  }
  const toggleMark = () => {
    if (done) return
    const on = !marked
    void updateTest(test.id, (t) => ({ ...t, marked: on ? [...t.marked, itemId] : t.marked.filter((m) => m !== itemId) }))
    void setFlag(itemId, on)
  }
  const end = async () => {
    await clock.flush()
    if (await finishTest(test.id)) navigate(`/assess/${test.id}/results`)
  }
  const askToEnd = () => {
    if (unanswered > 0) confirmRef.current?.showModal()
    else void end()
  }
  const pause = async () => {
    await clock.flush()
    await updateTest(test.id, (t) => ({ ...t, status: 'paused' }))
  }

  // Every item of the test is fetched up front, so losing the network mid-test costs nothing.
  useEffect(() => prefetchQuestions(test.itemIds), [test.itemIds])

  // Time running out ends the test, as on the real exam.
  const timeUp = clock.remainingMs === 0 && test.status === 'in-progress'
  useEffect(() => {
    if (timeUp) void finishTest(test.id).then((ok) => ok && navigate(`/assess/${test.id}/results`))
  }, [timeUp, test.id, navigate])

  // Qbank keys anywhere on the page: N/P move, F flags; A–E/1–5 and Enter reach the item.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || paused) return
      const item = document.querySelector<HTMLElement>('[data-question-id]')
      const inItem = item?.contains(e.target as Node)
      const key = e.key.toLowerCase()
      // Enter on a focused control (End test, Pause, a navigator button) activates that control.
      if (e.key === 'Enter' && (e.target as HTMLElement | null)?.closest('button, a, summary, select')) return
      if (key === 'n') go(index + 1)
      else if (key === 'p') go(index - 1)
      else if (key === 'f') toggleMark()
      else if (!inItem && item && (/^[a-e1-5]$/.test(key) || e.key === 'Enter')) {
        const radios = item.querySelectorAll<HTMLInputElement>('input[data-choice]')
        const i = /^[a-e]$/.test(key) ? key.charCodeAt(0) - 97 : Number(key) - 1
        if (e.key === 'Enter') item.querySelector<HTMLButtonElement>('.question__actions .button--primary')?.click()
        else if (radios[i] && !radios[i].disabled) {
          radios[i].click()
          radios[i].focus()
        } else return
      } else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })

  const meta = findQuestion(itemId)
  const owner = meta ? findModule(meta.moduleId) : undefined
  const teaching =
    meta && owner
      ? meta.owner.kind === 'section'
        ? { to: `/modules/${owner.id}/${meta.owner.id}`, title: owner.sections.find((s) => s.id === meta.owner.id)?.title }
        : { to: `/modules/${owner.id}/cases/${meta.owner.id}`, title: owner.cases.find((c) => c.id === meta.owner.id)?.title }
      : undefined

  return (
    <div className="player">
      <title>{`Item ${index + 1} of ${test.itemIds.length} · Test · Dolor`}</title>
      <div className="player__bar">
        <h1 className="player__title">
          {done ? 'Review' : test.mode === 'timed' ? 'Timed test' : 'Tutor test'}: item {index + 1} of {test.itemIds.length}
        </h1>
        {test.timeLimitMs !== null && !done ? (
          <p className="player__clock" aria-label="Time remaining">
            Time left <span role="timer">{formatClock(clock.remainingMs ?? 0)}</span>
          </p>
        ) : (
          <p className="player__clock">Time used {formatClock(clock.elapsedMs)}</p>
        )}
        <div className="player__actions">
          {!done ? (
            <>
              <button type="button" className="button" aria-pressed={marked} onClick={toggleMark}>
                {marked ? '⚑ Flagged' : '⚐ Flag'}
              </button>
              <button type="button" className="button" onClick={() => void pause()}>
                Pause
              </button>
              <button type="button" className="button button--primary" onClick={askToEnd}>
                End test
              </button>
            </>
          ) : (
            <Link className="button" to={`/assess/${test.id}/results`}>
              Back to results
            </Link>
          )}
        </div>
      </div>

      {paused ? (
        <div className="player__paused" role="status">
          <p>The test is paused; the clock has stopped.</p>
          <button type="button" className="button button--primary" onClick={() => void updateTest(test.id, (t) => ({ ...t, status: 'in-progress' }))}>
            Resume test
          </button>
        </div>
      ) : (
        <QuestionHostContext.Provider value={host}>
          <h2 className="visually-hidden">Item {index + 1}</h2>
          <StandaloneQuestion key={`${test.id}:${itemId}`} id={itemId} />
        </QuestionHostContext.Provider>
      )}

      {!paused ? <ItemNote key={itemId} questionId={itemId} /> : null}
      {done && teaching?.title ? (
        <p>
          Taught in: <Link to={teaching.to}>{teaching.title}</Link>
        </p>
      ) : null}

      <nav className="player__nav" aria-label="Items">
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
          Previous
        </button>
        <ol className="navigator">
          {test.itemIds.map((id, i) => {
            const answered = Boolean(test.answers[id])
            const flagged = test.marked.includes(id)
            const label = `Item ${i + 1}: ${answered ? (done ? (test.answers[id].correct ? 'correct' : 'incorrect') : 'answered') : 'unanswered'}${flagged ? ', flagged' : ''}`
            return (
              <li key={id}>
                <button
                  type="button"
                  className={`navigator__item${answered ? ' navigator__item--answered' : ''}${flagged ? ' navigator__item--flagged' : ''}${done && answered ? (test.answers[id].correct ? ' navigator__item--correct' : ' navigator__item--incorrect') : ''}`}
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={label}
                  onClick={() => go(i)}
                >
                  {i + 1}
                </button>
              </li>
            )
          })}
        </ol>
        <button type="button" className="button" onClick={() => go(index + 1)} disabled={index === test.itemIds.length - 1}>
          Next
        </button>
      </nav>
      <p className="meta player__keys">Keys: A–E or 1–5 select · Enter submits · N / P next / previous · F flag · S strikes out the focused choice</p>

      <dialog ref={confirmRef} className="dialog" aria-labelledby="end-heading">
        <h2 id="end-heading">End the test?</h2>
        <p>
          {unanswered} {unanswered === 1 ? 'item is' : 'items are'} unanswered and will be scored as incorrect.
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => confirmRef.current?.close()}>
            Keep going
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              confirmRef.current?.close()
              void end()
            }}
          >
            End test
          </button>
        </div>
      </dialog>
    </div>
  )
}

function ItemNote({ questionId }: { questionId: string }) {
  const loaded = useNote(questionId)
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? loaded?.note?.text ?? ''
  return (
    <details className="item-note" open={Boolean(loaded?.note)}>
      <summary>Your note on this item</summary>
      <label className="field">
        <span className="visually-hidden">Your note on this item</span>
        <textarea
          rows={3}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft !== null) void saveNote(questionId, draft).then(() => setDraft(null))
          }}
        />
      </label>
    </details>
  )
}

export { PlayerPage as Component }

/**
 * A spaced-review session: the items due now, one at a time. The answer (with the
 * confidence given before submitting) grades the card, as "Again / Hard / Good" would in Anki.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { findQuestion } from '@/content/questions'
import { listDueCards, recordReview } from '@/db/review'
import { useReviewCards } from '@/db/hooks'
import type { SavedAnswer } from '@/db/types'
import { formatDate, plural } from '@/lib/format'
import { QuestionHostContext, type QuestionHost } from '@/mdx/contexts'
import { prefetchQuestions, StandaloneQuestion } from '@/features/questions/StandaloneQuestion'

interface Session {
  id: string
  startedAt: number
  itemIds: string[]
  /** Due items whose question no longer exists (content was retired); kept, not shown. */
  retired: number
}

export function ReviewPage() {
  const [session, setSession] = useState<Session | null>(null)
  const [index, setIndex] = useState(0)
  const [answers, setAnswers] = useState<Record<string, SavedAnswer>>({})
  const [failed, setFailed] = useState(false)
  const cards = useReviewCards()
  const next = useRef<HTMLButtonElement>(null)

  // The session is fixed when the page opens: cards rescheduled for later today do not come back in it.
  useEffect(() => {
    let live = true
    const startedAt = Date.now()
    void listDueCards(startedAt).then((due) => {
      if (!live) return
      const itemIds = due.map((c) => c.questionId).filter((id) => findQuestion(id))
      prefetchQuestions(itemIds)
      setSession({ id: `review-${startedAt}`, startedAt, itemIds, retired: due.length - itemIds.length })
    })
    return () => {
      live = false
    }
  }, [])

  const currentId = session?.itemIds[index]
  const host = useMemo<QuestionHost>(
    () => ({
      retry: false,
      useSaved: (questionId) => answers[questionId] ?? null,
      async submit(a) {
        const answeredAt = Date.now()
        setAnswers((cur) => ({ ...cur, [a.questionId]: { selected: a.selected, correct: a.correct, answeredAt, contentHash: a.contentHash, ...(a.confidence ? { confidence: a.confidence } : {}) } }))
        const ok = await recordReview({
          questionId: a.questionId,
          moduleId: findQuestion(a.questionId)?.moduleId ?? '',
          selected: a.selected,
          correct: a.correct,
          contextId: session?.id ?? 'review',
          answeredAt,
          msSpent: a.msSpent,
          contentHash: a.contentHash,
          ...(a.confidence ? { confidence: a.confidence } : {}),
        })
        if (!ok) setFailed(true)
        else requestAnimationFrame(() => next.current?.focus())
        return ok
      },
    }),
    [answers, session?.id],
  )

  if (!session) return <p role="status">Loading your reviews…</p>

  const total = session.itemIds.length
  const done = Object.keys(answers).length
  const finished = total > 0 && index >= total
  const upcoming = (cards ?? []).filter((c) => c.due > session.startedAt).sort((a, b) => a.due - b.due)[0]

  if (total === 0 || finished) {
    const right = Object.values(answers).filter((a) => a.correct).length
    return (
      <>
        <title>Review · Dolor</title>
        <h1>Spaced review</h1>
        {finished ? (
          <p role="status">
            Session complete: {plural(done, 'item')} reviewed, {right} answered correctly.
          </p>
        ) : (
          <p>No reviews are due right now.</p>
        )}
        {upcoming ? <p>Next review due {formatDate(upcoming.due)}.</p> : null}
        <p>
          {plural(cards?.length ?? 0, 'item')} in your review queue. Items you miss, or answer while unsure or guessing, join it on their own and come
          back on a spaced schedule (FSRS).
        </p>
        {session.retired ? <p>{plural(session.retired, 'due item')} could not be shown because the question was retired from the content.</p> : null}
        <p>
          <Link to="/assess">Build a test</Link> or <Link to="/">go back to the library</Link>.
        </p>
      </>
    )
  }

  const answered = currentId !== undefined && answers[currentId] !== undefined
  return (
    <>
      <title>Review · Dolor</title>
      <h1>Spaced review</h1>
      <p className="lede" aria-live="polite">
        Item {index + 1} of {total}
      </p>
      <p className="review__hint">Say how sure you are before you submit: a right guess comes back sooner than a sure answer.</p>
      {failed ? <p className="question__note question__note--error">This review could not be saved; see the notice at the top of the page.</p> : null}
      <QuestionHostContext.Provider value={host}>
        <StandaloneQuestion key={currentId} id={currentId ?? ''} />
      </QuestionHostContext.Provider>
      <div className="review__actions">
        <button ref={next} type="button" className="button button--primary" disabled={!answered} onClick={() => setIndex((i) => i + 1)}>
          {index + 1 < total ? 'Next item' : 'Finish review'}
        </button>
      </div>
    </>
  )
}

export { ReviewPage as Component }

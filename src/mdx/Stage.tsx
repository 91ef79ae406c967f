import { useContext, useEffect, useId, useRef, type ReactNode } from 'react'
import { useHydrated } from '@/ui/use-hydrated'
import { CaseContext } from './contexts'

/**
 * One stage of a case. Inside a case player only the stages reached are shown, and the
 * current stage's questions must be answered before "Continue" opens the next.
 */
export function Stage({ title, index, children }: { title: string; index?: string; children?: ReactNode }) {
  const run = useContext(CaseContext)
  const headingId = useId()
  const live = useHydrated()
  const heading = useRef<HTMLHeadingElement>(null)
  const i = Number(index ?? 0)
  const visible = !run || i <= run.reached
  const opened = run !== null && visible && i > 0 && i === run.reached && !run.completed
  // A newly opened stage takes focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (opened) heading.current?.focus()
  }, [opened])
  if (!visible) return null
  const isCurrent = run !== null && i === run.reached && !run.completed
  const answered = run?.stageAnswered(i) ?? true
  const last = run !== null && i === run.stageCount - 1
  return (
    <section className="stage" aria-labelledby={headingId} data-stage={i}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {run ? <span className="stage__number">Stage {i + 1} of {run.stageCount}: </span> : null}
        {title}
      </h2>
      {children}
      {isCurrent ? (
        <div className="stage__actions">
          {!answered ? <p className="stage__hint" id={`${headingId}-hint`}>Answer this stage's question to continue.</p> : null}
          <button
            type="button"
            className="button button--primary"
            disabled={!answered || !live}
            aria-describedby={!answered ? `${headingId}-hint` : undefined}
            onClick={() => (last ? run.finish() : run.advance(i + 1))}
          >
            {last ? 'Finish case' : 'Continue'}
          </button>
        </div>
      ) : null}
    </section>
  )
}

export function TeachingPoints({ children }: { children?: ReactNode }) {
  const run = useContext(CaseContext)
  if (run && !run.completed) return null
  return (
    <div className="key-points teaching-points">
      <h2>Teaching points</h2>
      {children}
    </div>
  )
}

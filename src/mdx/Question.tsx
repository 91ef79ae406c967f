/**
 * One item, answered the way fellows know from question banks: pick, "Submit answer",
 * then Correct/Incorrect in a live region with every choice's rationale, the explanation
 * and references. Where answers are kept is the host's business (contexts.ts).
 */
import {
  Children,
  createContext,
  isValidElement,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { findQuestion, grade } from '@/content/questions'
import type { QuestionMeta } from '@/content/types'
import type { Confidence, SavedAnswer } from '@/db/types'
import { confidenceLevels } from '@/lib/srs'
import { useHydrated } from '@/ui/use-hydrated'
import { FileContext, QuestionHostContext } from './contexts'
import { Citation } from './References'

interface ChoiceInfo {
  id: string
  text: string
}

interface QuestionState {
  meta: QuestionMeta
  name: string
  selected: string[]
  answer: SavedAnswer | null
  /** Whether the verdict, rationales and explanation are shown. */
  revealed: boolean
  struck: readonly string[]
  /** Choice ids in the order shown; letters follow this order. */
  order: readonly string[]
  toggle(choiceId: string): void
  toggleStrike?: (choiceId: string) => void
  /** False until the page is live and any earlier answer has been read: no choice can be lost. */
  ready: boolean
}

const QuestionContext = createContext<QuestionState | null>(null)

const letters = 'ABCDEFGHIJ'
/** The letter a choice shows: its position in the displayed order, whatever its stable id. */
const letterOf = (order: readonly string[], id: string) => letters[order.indexOf(id)] ?? id.toUpperCase()

/** Finds the <Choice> elements (lettered by the build) among a question's children. */
function collectChoices(children: ReactNode): ChoiceInfo[] {
  const found: ChoiceInfo[] = []
  const visit = (nodes: ReactNode) =>
    Children.forEach(nodes, (child) => {
      if (!isValidElement<{ choiceId?: string; text?: string; children?: ReactNode }>(child)) return
      const { choiceId, text } = child.props
      if (typeof choiceId === 'string') found.push({ id: choiceId, text: text ?? '' })
      else visit(child.props.children)
    })
  visit(children)
  return found
}

export function Question({ id, children }: { id: string; children?: ReactNode }) {
  const meta = findQuestion(id)
  if (!meta) return <p className="question question--missing">This question ({id}) is not in the question index.</p>
  return <QuestionBody meta={meta}>{children}</QuestionBody>
}

function QuestionBody({ meta, children }: { meta: QuestionMeta; children?: ReactNode }) {
  const host = useContext(QuestionHostContext)
  const { references } = useContext(FileContext)
  const saved = host.useSaved(meta.id)
  const live = useHydrated()
  const [selected, setSelected] = useState<string[]>([])
  const [justAnswered, setJustAnswered] = useState<SavedAnswer | null>(null)
  const [retrying, setRetrying] = useState(false)
  const [saveFailed, setSaveFailed] = useState(false)
  const [confidence, setConfidence] = useState<Confidence | undefined>(undefined)
  const startedAt = useRef(0)
  useEffect(() => {
    startedAt.current = Date.now()
  }, [])
  const headingId = useId()
  const name = useId()
  const choices = collectChoices(children)
  // The build orders a question's children as Stem, Choices, Explanation; the verdict goes between.
  const parts = Children.toArray(children)
  const explanation = parts.filter((c) => isValidElement(c) && c.type === Explanation)
  const body = parts.filter((c) => !(isValidElement(c) && c.type === Explanation))
  const multi = meta.select === 'all'

  const answer = retrying ? justAnswered : (justAnswered ?? saved ?? null)
  const edited = answer !== null && answer.contentHash !== meta.contentHash
  const stored = host.choiceOrder?.(meta.id)
  // A stored order is used only if it still names exactly this item's choices (items can be edited).
  const order = stored && stored.length === meta.choiceIds.length && meta.choiceIds.every((c) => stored.includes(c)) ? stored : meta.choiceIds
  const deferred = host.feedback === 'deferred'
  const revealed = answer !== null && !deferred
  const struck = host.useStruck?.(meta.id) ?? []
  // Strike-outs stay available until the verdict shows (a timed answer can still change).
  const toggleStrike = host.toggleStrike && !revealed && !host.locked ? (choiceId: string) => host.toggleStrike?.(meta.id, choiceId) : undefined

  const toggle = (choiceId: string) => {
    if (answer || struck.includes(choiceId)) return
    setSelected((cur) => (multi ? (cur.includes(choiceId) ? cur.filter((c) => c !== choiceId) : [...cur, choiceId]) : [choiceId]))
  }

  const submit = async () => {
    if (answer || selected.length === 0) return
    const ordered = meta.choiceIds.filter((c) => selected.includes(c))
    const correct = grade(ordered, meta.correctIds)
    const withConfidence = confidence ? { confidence } : {}
    const result: SavedAnswer = { selected: ordered, correct, answeredAt: Date.now(), contentHash: meta.contentHash, ...withConfidence }
    setJustAnswered(result)
    setRetrying(false)
    const ok = await host.submit({ questionId: meta.id, selected: ordered, correct, msSpent: Date.now() - startedAt.current, contentHash: meta.contentHash, ...withConfidence })
    setSaveFailed(!ok)
  }

  const tryAgain = () => {
    setRetrying(true)
    setJustAnswered(null)
    setSelected([])
    setSaveFailed(false)
    setConfidence(undefined)
    startedAt.current = Date.now()
  }

  const shownConfidence = confidence ?? answer?.confidence
  // Confidence can be given with the answer, or afterwards where the host can store it.
  const canRate = !host.locked && (!answer || Boolean(host.setConfidence))
  const rate = async (level: Confidence) => {
    if (!answer) {
      setConfidence((cur) => (cur === level ? undefined : level))
      return
    }
    setConfidence(level)
    const ok = await host.setConfidence?.(meta.id, level)
    if (ok === false) setSaveFailed(true)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const target = e.target as HTMLElement
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text')) return
    const key = e.key.toLowerCase()
    if (key === 's' && toggleStrike && target.tagName === 'INPUT') {
      const choiceId = (target as HTMLInputElement).value
      if (meta.choiceIds.includes(choiceId)) {
        e.preventDefault()
        toggleStrike(choiceId)
      }
      return
    }
    const byLetter = letters.toLowerCase().slice(0, order.length).indexOf(key)
    const byNumber = /^[1-9]$/.test(key) ? Number(key) - 1 : -1
    const index = byLetter >= 0 ? byLetter : byNumber
    if (index >= 0 && index < order.length && !answer) {
      e.preventDefault()
      toggle(order[index])
      const input = e.currentTarget.querySelectorAll<HTMLInputElement>('input[data-choice]')[index]
      input?.focus()
    } else if (e.key === 'Enter' && target.tagName !== 'BUTTON' && target.tagName !== 'A' && !answer) {
      e.preventDefault()
      void submit()
    }
  }

  const correctText = [...meta.correctIds]
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((c) => `${letterOf(order, c)}. ${choices.find((x) => x.id === c)?.text ?? ''}`)
    .join('; ')
  const refs = meta.refs.map((r) => ({ n: references.findIndex((x) => x.id === r) + 1, ref: references.find((x) => x.id === r) }))

  return (
    <QuestionContext.Provider value={{ meta, name, selected: answer ? answer.selected : selected, answer, revealed, struck, order, toggle, toggleStrike, ready: live }}>
      <article className={`question${revealed && answer ? (answer.correct ? ' question--correct' : ' question--incorrect') : ''}`} aria-labelledby={headingId} onKeyDown={onKeyDown} data-question-id={meta.id}>
        <h3 className="question__heading" id={headingId}>
          Question
        </h3>
        {saved === undefined && !justAnswered ? <p className="visually-hidden">Loading your earlier answer…</p> : null}
        {body}
        <div className="question__status" role="status" aria-live="polite">
          {answer && deferred ? <p className="question__saved">Answer saved. You can change it until you end the test.</p> : null}
          {revealed && answer ? (
            <>
              <p className="question__verdict">{answer.correct ? 'Correct' : 'Incorrect'}</p>
              <p>
                {meta.correctIds.length > 1 ? 'The correct answers are ' : 'The correct answer is '}
                <strong>{correctText}</strong>.
              </p>
            </>
          ) : null}
        </div>
        {edited && revealed ? <p className="question__note">This item was edited after you answered it; try it again to see the current version.</p> : null}
        {saveFailed ? <p className="question__note question__note--error">Your answer is shown but could not be saved; see the notice at the top of the page.</p> : null}
        {canRate ? (
          <div className="question__confidence" role="group" aria-label={answer ? 'How sure were you?' : 'How sure are you?'}>
            <span className="question__confidence-label" aria-hidden="true">
              {answer ? 'How sure were you?' : 'How sure are you?'}
            </span>
            {confidenceLevels.map((level) => (
              <button key={level} type="button" className="button button--small" aria-pressed={shownConfidence === level} onClick={() => void rate(level)} disabled={!live}>
                {level[0].toUpperCase() + level.slice(1)}
              </button>
            ))}
          </div>
        ) : null}
        <div className="question__actions">
          {answer && (host.locked || host.retry === false) ? null : answer ? (
            <button type="button" className="button" onClick={tryAgain} disabled={!live}>
              {deferred ? 'Change answer' : 'Try again'}
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => void submit()} disabled={!live || selected.length === 0}>
              Submit answer
            </button>
          )}
          <span className="question__keys" aria-hidden="true">
            Keys: A–{letters[order.length - 1]} or 1–{order.length} select, Enter submits
          </span>
        </div>
        {revealed ? explanation : null}
        {revealed && refs.length ? (
          <div className="question__refs">
            <h4>References</h4>
            <ul>
              {refs.map(({ n, ref }) => (ref ? <li key={ref.id}>{n > 0 ? `[${n}] ` : ''}<Citation reference={ref} /></li> : null))}
            </ul>
          </div>
        ) : null}
      </article>
    </QuestionContext.Provider>
  )
}

export function Stem({ children }: { children?: ReactNode }) {
  return <div className="question__stem">{children}</div>
}

export function Choices({ children }: { children?: ReactNode }) {
  const q = useContext(QuestionContext)
  const multi = q?.meta.select === 'all'
  const rank = (c: ReactNode) => (q && isValidElement<{ choiceId?: string }>(c) ? q.order.indexOf(c.props.choiceId ?? '') : 0)
  const ordered = Children.toArray(children).sort((a, b) => rank(a) - rank(b))
  return (
    <fieldset className="choices">
      <legend className="choices__legend">{multi ? 'Select all that apply' : 'Choose the single best answer'}</legend>
      {ordered}
    </fieldset>
  )
}

export function Choice({ choiceId, text, correct, children }: { choiceId?: string; text: string; correct?: boolean; children?: ReactNode }) {
  const q = useContext(QuestionContext)
  const inputId = useId()
  if (!q || !choiceId) return null
  const multi = q.meta.select === 'all'
  const checked = q.selected.includes(choiceId)
  const answered = q.answer !== null
  const revealed = q.revealed
  const isCorrect = correct ?? q.meta.correctIds.includes(choiceId)
  const state = revealed ? (isCorrect ? 'correct' : checked ? 'wrong' : 'other') : 'open'
  const isStruck = q.struck.includes(choiceId)
  return (
    <div className={`choice choice--${state}${checked ? ' choice--checked' : ''}${isStruck ? ' choice--struck' : ''}`}>
      <input
        id={inputId}
        type={multi ? 'checkbox' : 'radio'}
        name={q.name}
        value={choiceId}
        data-choice={choiceId}
        checked={checked}
        disabled={answered || !q.ready}
        onChange={() => q.toggle(choiceId)}
      />
      <label htmlFor={inputId}>
        <span className="choice__letter" aria-hidden="true">
          {letterOf(q.order, choiceId)}.
        </span>
        <span className="choice__text">{text}</span>
      </label>
      {q.toggleStrike ? (
        <button type="button" className="choice__strike" aria-pressed={isStruck} disabled={!q.ready} onClick={() => q.toggleStrike?.(choiceId)}>
          <span className="visually-hidden">Strike out {letterOf(q.order, choiceId)}</span>
          <span aria-hidden="true">{isStruck ? 'Restore' : 'Strike'}</span>
        </button>
      ) : null}
      {revealed ? (
        <div className="choice__rationale">
          <p className="choice__tag">
            {isCorrect ? 'Correct answer' : 'Incorrect'}
            {checked ? ' · your answer' : ''}
          </p>
          {children}
        </div>
      ) : null}
    </div>
  )
}

export function Explanation({ children }: { children?: ReactNode }) {
  const q = useContext(QuestionContext)
  if (!q?.answer || !q.revealed) return null
  return (
    <div className="question__explanation">
      <h4>Explanation</h4>
      {children}
    </div>
  )
}

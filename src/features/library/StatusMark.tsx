import { statusLabel, type ItemStatus } from './progress-summary'

/** A completion mark with its meaning in words, not in colour alone. */
export function StatusMark({ status }: { status: ItemStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {status === 'completed' ? '✓' : status === 'in-progress' ? '◐' : '○'}
      </span>
      <span className="status__text">{statusLabel[status]}</span>
    </span>
  )
}

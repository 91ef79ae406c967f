import type { ReactNode } from 'react'

const labels = { pearl: 'Clinical pearl', pitfall: 'Pitfall', safety: 'Safety' } as const

export function Callout({ type, title, children }: { type: keyof typeof labels; title?: string; children?: ReactNode }) {
  const label = labels[type] ?? labels.pearl
  return (
    // A note, not an <aside>: several callouts on a page must not become duplicate landmarks.
    <div role="note" className={`callout callout--${type}`} aria-label={title ? `${label}: ${title}` : label}>
      <p className="callout__label">
        <span aria-hidden="true" className="callout__icon">
          {type === 'safety' ? '⚠' : type === 'pitfall' ? '!' : '✦'}
        </span>
        {label}
        {title ? <span className="callout__title"> · {title}</span> : null}
      </p>
      <div className="callout__body">{children}</div>
    </div>
  )
}

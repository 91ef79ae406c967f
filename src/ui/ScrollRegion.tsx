import type { ReactNode } from 'react'

/**
 * A wide table scrolls sideways inside this region on a phone instead of widening the page.
 * The region is focusable so keyboard users can scroll it, and named so several on one page
 * stay distinct to screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}

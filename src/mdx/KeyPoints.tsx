import type { ReactNode } from 'react'

/** Not a landmark: a page may hold more than one, and its heading already makes it findable. */
export function KeyPoints({ children }: { children?: ReactNode }) {
  return (
    <div className="key-points">
      <h2>Key points</h2>
      {children}
    </div>
  )
}

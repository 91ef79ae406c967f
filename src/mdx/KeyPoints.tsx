import { useId, type ReactNode } from 'react'

export function KeyPoints({ children }: { children?: ReactNode }) {
  const id = useId()
  return (
    <section className="key-points" aria-labelledby={id}>
      <h2 id={id}>Key points</h2>
      {children}
    </section>
  )
}

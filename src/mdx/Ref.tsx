import { useContext } from 'react'
import { FileContext } from './contexts'

/** An inline citation marker, numbered by the file's reference list. */
export function Ref({ id }: { id: string }) {
  const { references } = useContext(FileContext)
  const index = references.findIndex((r) => r.id === id)
  if (index < 0) return null
  const n = index + 1
  return (
    <sup className="ref-marker">
      <a href={`#ref-${id}`} aria-label={`Reference ${n}`}>
        [{n}]
      </a>
    </sup>
  )
}

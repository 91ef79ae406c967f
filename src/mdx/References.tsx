import type { Reference } from '@/content/types'

export function Citation({ reference }: { reference: Reference }) {
  return (
    <>
      {reference.citation}
      {reference.doi ? (
        <>
          {' '}
          doi:
          <a href={`https://doi.org/${reference.doi}`} rel="noreferrer" target="_blank">
            {reference.doi}
          </a>
        </>
      ) : null}
      {reference.pmid ? <> PMID: {reference.pmid}</> : null}
    </>
  )
}

/** The numbered reference list at the end of a section or case. */
export function References({ references, headingLevel = 2 }: { references: Reference[]; headingLevel?: 2 | 3 }) {
  if (!references.length) return null
  const Heading = `h${headingLevel}` as const
  return (
    <section className="references" aria-labelledby="references-heading">
      <Heading id="references-heading">References</Heading>
      <ol>
        {references.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            <Citation reference={r} />
          </li>
        ))}
      </ol>
    </section>
  )
}

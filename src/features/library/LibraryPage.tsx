import { Link } from 'react-router'
import { outline } from '@/content/outline'
import { usePeek } from '@/db/use-peek'
import { formatMinutes, plural } from '@/lib/format'
import { readLibraryData } from './library-data'
import { summarizeModule } from './progress-summary'
import { DraftBadge } from '@/ui/DraftBadge'

/**
 * The first page most visits open: it imports the outline (not the catalog) and reads progress
 * without Dexie, so that its JavaScript stays close to the bare stack's.
 */
export function LibraryPage() {
  const data = usePeek(readLibraryData)
  const progress = data?.progress ?? []
  const runs = data?.runs ?? []
  const last = data?.lastVisited
  const due = data?.due ?? 0
  const lastModule = last ? outline.find((m) => m.id === last.moduleId) : undefined
  const lastSection = lastModule?.sections.find((s) => s.id === last?.sectionId)
  const firstModule = outline.find((m) => m.sections.length > 0)
  const start =
    lastModule && lastSection ? { module: lastModule, section: lastSection } : firstModule ? { module: firstModule, section: firstModule.sections[0]! } : undefined

  return (
    <>
      <title>Library · Dolor</title>
      <h1>Library</h1>
      <p className="lede">Didactic modules on acute, chronic, neuropathic and cancer pain, with cases and board-style checks.</p>
      {/* Always the same two cards, hidden until the fellow's records are read, so that nothing
          below moves when they arrive (prerendered HTML cannot know them). */}
      <div className="study-start" data-pending={data ? undefined : ''}>
        {start ? (
          <section className="continue" aria-labelledby="continue-heading">
            <h2 id="continue-heading">{lastSection ? 'Continue where you left off' : 'Start here'}</h2>
            {/* Named by the section alone, the module read as its description: "Foundations of pain
                medicine" then names exactly one link on this page, the module's own. */}
            <Link className="continue__link" to={`/modules/${start.module.id}/${start.section.id}`} aria-describedby="continue-module">
              <span className="continue__module" id="continue-module" aria-hidden="true">
                {start.module.title}
              </span>
              <span className="continue__section">{start.section.title}</span>
            </Link>
          </section>
        ) : null}
        <section className="continue" aria-labelledby="review-heading">
          <h2 id="review-heading">Spaced review</h2>
          {due ? (
            <Link className="continue__link" to="/review">
              <span className="continue__section">{plural(due, 'review')} due</span>
              <span className="continue__module">Items you missed or were unsure of, back on schedule</span>
            </Link>
          ) : (
            // Plain text, not a link, when there is nothing to do: the same box, so nothing moves.
            <p className="continue__link continue__link--quiet">
              <span className="continue__section">Nothing due for review</span>
              <span className="continue__module">Items you miss or are unsure of come back here on schedule</span>
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">Modules</h2>
        {outline.length === 0 ? <p>No modules yet. Authors start in modules/README.md.</p> : null}
        <ul className="module-cards">
          {outline.map((m) => {
            const s = summarizeModule(m, progress, runs)
            return (
              <li key={m.id} className="module-card">
                <h3>
                  <Link to={`/modules/${m.id}`}>{m.title}</Link>
                  {m.draft ? <DraftBadge /> : null}
                </h3>
                <p>{m.summary}</p>
                <p className="module-card__meta">
                  <span>{formatMinutes(m.estimatedMinutes)}</span>
                  <span>{plural(m.sections.length, 'section')}</span>
                  {m.cases.length ? <span>{plural(m.cases.length, 'case')}</span> : null}
                </p>
                <div className="module-card__progress">
                  <progress max={Math.max(1, s.sectionsTotal)} value={s.sectionsCompleted} aria-label={`${m.title} progress`} />
                  <span data-testid={`progress-${m.id}`}>
                    {s.sectionsCompleted} of {plural(s.sectionsTotal, 'section')} completed
                  </span>
                </div>
              </li>
            )
          })}
        </ul>
      </section>
    </>
  )
}

export { LibraryPage as Component }

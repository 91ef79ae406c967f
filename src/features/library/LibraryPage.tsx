import { Link } from 'react-router'
import { catalog, findSection } from '@/content/catalog'
import { useState } from 'react'
import { useAllCaseRuns, useAllSectionProgress, useDueCount, useLastVisitedSection } from '@/db/hooks'
import { formatMinutes, plural } from '@/lib/format'
import { summarizeModule } from './progress-summary'
import { DraftBadge } from '@/ui/DraftBadge'

export function LibraryPage() {
  const progress = useAllSectionProgress() ?? []
  const runs = useAllCaseRuns() ?? []
  const last = useLastVisitedSection()
  const [openedAt] = useState(() => Date.now())
  const due = useDueCount(openedAt)
  const lastSection = last ? findSection(last.moduleId, last.sectionId) : undefined
  const lastModule = lastSection ? catalog.find((m) => m.id === lastSection.moduleId) : undefined

  return (
    <>
      <title>Library · Dolor</title>
      <h1>Library</h1>
      <p className="lede">Didactic modules on acute, chronic, neuropathic and cancer pain, with cases and board-style checks.</p>
      {lastSection && lastModule ? (
        <section className="continue" aria-labelledby="continue-heading">
          <h2 id="continue-heading">Continue where you left off</h2>
          <Link className="continue__link" to={`/modules/${lastModule.id}/${lastSection.id}`}>
            <span className="continue__module">{lastModule.title}</span>
            <span className="continue__section">{lastSection.title}</span>
          </Link>
        </section>
      ) : null}
      {due ? (
        <section className="continue" aria-labelledby="review-heading">
          <h2 id="review-heading">Spaced review</h2>
          <Link className="continue__link" to="/review">
            <span className="continue__section">{plural(due, 'review')} due</span>
            <span className="continue__module">Items you missed or were unsure of, back on schedule</span>
          </Link>
        </section>
      ) : null}
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">Modules</h2>
        {catalog.length === 0 ? <p>No modules yet. Authors start in modules/README.md.</p> : null}
        <ul className="module-cards">
          {catalog.map((m) => {
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

import { Suspense } from 'react'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { ensureReferences, findModule } from '@/content/catalog'
import { topicTitle } from '@/content/taxonomy'
import { useAllCaseRuns, useAllSectionProgress } from '@/db/hooks'
import { formatDate, formatMinutes, plural } from '@/lib/format'
import { MdxDocument, preloadContent } from '@/mdx/MdxDocument'
import { References } from '@/mdx/References'
import { DraftBadge } from '@/ui/DraftBadge'
import { NotFound } from '@/ui/NotFound'
import { summarizeModule } from './progress-summary'
import { StatusMark } from './StatusMark'

export function ModulePage() {
  const { moduleId = '' } = useParams()
  const module = findModule(moduleId)
  const progress = useAllSectionProgress() ?? []
  const runs = useAllCaseRuns() ?? []
  if (!module) return <NotFound what="module" />
  const s = summarizeModule(module, progress, runs)

  return (
    <article className="module-page">
      <title>{`${module.title} · Dolor`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Library</Link>
      </nav>
      <h1>
        {module.title}
        {module.draft ? <DraftBadge /> : null}
      </h1>
      <p className="lede">{module.summary}</p>
      <p className="meta">
        {formatMinutes(module.estimatedMinutes)} · {s.sectionsCompleted} of {plural(s.sectionsTotal, 'section')} completed
        {s.casesTotal ? ` · ${s.casesCompleted} of ${plural(s.casesTotal, 'case')} completed` : ''}
      </p>
      <Suspense fallback={<p>Loading overview…</p>}>
        <div className="prose">
          <MdxDocument file={module.file} moduleId={module.id} references={module.references} />
        </div>
      </Suspense>

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Objectives</h2>
        <ul>
          {module.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">Sections</h2>
        <ol className="toc">
          {module.sections.map((sec) => (
            <li key={sec.id} className="toc__item">
              <Link to={`/modules/${module.id}/${sec.id}`}>{sec.title}</Link>
              {sec.draft ? <DraftBadge /> : null}
              <span className="toc__meta">
                <StatusMark status={s.sectionStatus[sec.id]} />
                <span>{formatMinutes(sec.estimatedMinutes)}</span>
              </span>
              <p className="toc__summary">{sec.summary}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">Cases</h2>
        {module.cases.length === 0 ? (
          <p>No cases in this module yet.</p>
        ) : (
          <ul className="toc">
            {module.cases.map((c) => (
              <li key={c.id} className="toc__item">
                <Link to={`/modules/${module.id}/cases/${c.id}`}>{c.title}</Link>
                {c.draft ? <DraftBadge /> : null}
                <span className="toc__meta">
                  <StatusMark status={s.caseStatus[c.id]} />
                  <span>{formatMinutes(c.estimatedMinutes)}</span>
                </span>
                <p className="toc__summary">
                  {c.summary} <span className="topics">Topics: {c.topics.map(topicTitle).join(', ')}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <References references={module.references} />
      <p className="meta">
        Reviewed by {module.reviewed.by} on {formatDate(module.reviewed.on)}.
      </p>
    </article>
  )
}

/** A module's reference lists load with its first page that shows prose, not with the app; the prose loads with the route. */
export async function loader({ params }: LoaderFunctionArgs) {
  const file = findModule(params.moduleId ?? '')?.file
  await Promise.all([ensureReferences(params.moduleId ?? ''), file ? preloadContent(file) : undefined])
  return { references: true }
}

export { ModulePage as Component }

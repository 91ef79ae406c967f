import { Suspense, useEffect } from 'react'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { ensureReferences, findModule, findSection } from '@/content/catalog'
import { topicTitle } from '@/content/taxonomy'
import { useSectionProgress } from '@/db/hooks'
import { addTimeSpent, recordVisit, setCompleted } from '@/db/progress'
import { formatDate, formatMinutes } from '@/lib/format'
import { QuestionHostContext } from '@/mdx/contexts'
import { MdxDocument, preloadContent } from '@/mdx/MdxDocument'
import { References } from '@/mdx/References'
import { useInlineQuestionHost } from '@/features/questions/inline-host'
import { DraftBadge } from '@/ui/DraftBadge'
import { NotFound } from '@/ui/NotFound'
import { useTimeOnPage } from './use-time-on-page'

export function SectionPage() {
  const { moduleId = '', sectionId = '' } = useParams()
  const module = findModule(moduleId)
  const index = module?.sections.findIndex((s) => s.id === sectionId) ?? -1
  const section = module?.sections[index]
  const loaded = useSectionProgress(moduleId, sectionId)
  const host = useInlineQuestionHost(moduleId, sectionId)

  useEffect(() => {
    if (section) void recordVisit(moduleId, sectionId)
  }, [moduleId, sectionId, section])
  useTimeOnPage((seconds) => void addTimeSpent(moduleId, sectionId, seconds), `${moduleId}/${sectionId}`)

  if (!module || !section) return <NotFound what={module ? 'section' : 'module'} />
  const prev = module.sections[index - 1]
  const next = module.sections[index + 1]
  const progress = loaded?.progress
  const completed = progress?.status === 'completed'

  return (
    <article className="section-page">
      <title>{`${section.title} · ${module.title} · Dolor`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Library</Link> <span aria-hidden="true">›</span> <Link to={`/modules/${module.id}`}>{module.title}</Link>
      </nav>
      <h1>
        {section.title}
        {section.draft || module.draft ? <DraftBadge /> : null}
      </h1>
      <p className="meta">
        Section {index + 1} of {module.sections.length} · {formatMinutes(section.estimatedMinutes)} · {section.topics.map(topicTitle).join(', ')}
      </p>
      <QuestionHostContext.Provider value={host}>
        <Suspense fallback={<p>Loading section…</p>}>
          <div className="prose">
            <MdxDocument key={section.file} file={section.file} moduleId={module.id} references={section.references} />
          </div>
        </Suspense>
      </QuestionHostContext.Provider>
      <References references={section.references} />

      <div className="completion">
        <button
          type="button"
          className={`button ${completed ? 'button--done' : 'button--primary'}`}
          aria-pressed={completed}
          disabled={loaded === undefined}
          onClick={() => void setCompleted(moduleId, sectionId, !completed)}
        >
          <span aria-hidden="true">{completed ? '✓ ' : ''}</span>Mark as complete
        </button>
        <p className="completion__status" role="status">
          {completed && progress?.completedAt ? `Completed on ${formatDate(progress.completedAt)}` : ''}
        </p>
      </div>

      <nav aria-label="Sections" className="pager">
        {prev ? (
          <Link to={`/modules/${module.id}/${prev.id}`} rel="prev" className="pager__prev">
            <span className="pager__label">Previous</span> {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`/modules/${module.id}/${next.id}`} rel="next" className="pager__next">
            <span className="pager__label">Next</span> {next.title}
          </Link>
        ) : (
          <Link to={`/modules/${module.id}`} className="pager__next">
            <span className="pager__label">Back to</span> {module.title}
          </Link>
        )}
      </nav>
    </article>
  )
}

/** A module's reference lists load with its first page that shows prose, not with the app; the prose loads with the route. */
export async function loader({ params }: LoaderFunctionArgs) {
  const file = findSection(params.moduleId ?? '', params.sectionId ?? '')?.file
  await Promise.all([ensureReferences(params.moduleId ?? ''), file ? preloadContent(file) : undefined])
  return { references: true }
}

export { SectionPage as Component }

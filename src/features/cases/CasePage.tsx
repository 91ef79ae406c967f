import { Suspense, useMemo } from 'react'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { ensureReferences, findCase, findModule } from '@/content/catalog'
import type { CatalogCase } from '@/content/types'
import { formatDate, formatMinutes } from '@/lib/format'
import { CaseContext, QuestionHostContext, type CaseContextValue, type QuestionHost } from '@/mdx/contexts'
import { MdxDocument } from '@/mdx/MdxDocument'
import { References } from '@/mdx/References'
import { DraftBadge } from '@/ui/DraftBadge'
import { NotFound } from '@/ui/NotFound'
import { useCaseStore, type CaseStore } from './use-case-store'

function useCaseHost(store: CaseStore): QuestionHost {
  const { run, answer, rate } = store
  return useMemo<QuestionHost>(
    () => ({
      useSaved: (questionId) => run?.answers[questionId] ?? null,
      submit: (a) =>
        answer(
          a.questionId,
          { selected: a.selected, correct: a.correct, answeredAt: Date.now(), contentHash: a.contentHash, ...(a.confidence ? { confidence: a.confidence } : {}) },
          a.msSpent,
        ),
      setConfidence: rate,
    }),
    [run, answer, rate],
  )
}

export function CasePage() {
  const { moduleId = '', caseId = '' } = useParams()
  const module = findModule(moduleId)
  const theCase = findCase(moduleId, caseId)
  if (!module || !theCase) return <NotFound what={module ? 'case' : 'module'} />
  return <CasePlayer key={theCase.id} moduleTitle={module.title} theCase={theCase} />
}

function CasePlayer({ theCase, moduleTitle }: { theCase: CatalogCase; moduleTitle: string }) {
  const store = useCaseStore(theCase.id, theCase.moduleId)
  const { run } = store
  const host = useCaseHost(store)

  const context: CaseContextValue = {
    reached: Math.min(run?.stageReached ?? 0, theCase.stages.length - 1),
    completed: Boolean(run?.completedAt),
    stageCount: theCase.stages.length,
    stageAnswered: (i) => (theCase.stages[i]?.questionIds ?? []).every((q) => run?.answers[q]),
    advance: store.advance,
    finish: store.finish,
  }
  const answers = Object.values(run?.answers ?? {})

  return (
    <article className="case-page">
      <title>{`${theCase.title} · Dolor`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Library</Link> <span aria-hidden="true">›</span> <Link to={`/modules/${theCase.moduleId}`}>{moduleTitle}</Link>
      </nav>
      <p className="eyebrow">Case</p>
      <h1>
        {theCase.title}
        {theCase.draft ? <DraftBadge /> : null}
      </h1>
      <p className="meta">
        {theCase.stages.length} stages · {formatMinutes(theCase.estimatedMinutes)}
        {run?.completedAt ? ` · Completed on ${formatDate(run.completedAt)}` : ''}
      </p>
      {store.loading || !run ? (
        <p>Loading your progress…</p>
      ) : (
        <CaseContext.Provider value={context}>
          <QuestionHostContext.Provider value={host}>
            <Suspense fallback={<p>Loading case…</p>}>
              <div className="prose">
                <MdxDocument key={run.startedAt} file={theCase.file} moduleId={theCase.moduleId} references={theCase.references} />
              </div>
            </Suspense>
          </QuestionHostContext.Provider>
        </CaseContext.Provider>
      )}
      {run?.completedAt ? (
        <div className="case-done" role="status">
          <p>
            <strong>Case completed.</strong> {answers.filter((a) => a.correct).length} of {answers.length} decisions correct.
          </p>
        </div>
      ) : null}
      {run && (run.completedAt || run.stageReached > 0 || answers.length) ? (
        <p>
          <button type="button" className="button" onClick={store.restart}>
            Restart case
          </button>
        </p>
      ) : null}
      {run?.completedAt ? <References references={theCase.references} /> : null}
      <p>
        <Link to={`/modules/${theCase.moduleId}`}>Back to {moduleTitle}</Link>
      </p>
    </article>
  )
}

/** A module's reference lists load with its first page that shows prose, not with the app. */
export const loader = ({ params }: LoaderFunctionArgs) => ensureReferences(params.moduleId ?? '').then(() => ({ references: true }))

export { CasePage as Component }

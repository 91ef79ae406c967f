import { Suspense, useEffect, useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { findCase, findModule } from '@/content/catalog'
import type { CatalogCase } from '@/content/types'
import { saveAttempt } from '@/db/attempts'
import { advanceCase, completeCase, restartCase, saveCaseAnswer, startCase } from '@/db/case-runs'
import { useCaseRun } from '@/db/hooks'
import type { CaseRun } from '@/db/types'
import { formatDate, formatMinutes } from '@/lib/format'
import { CaseContext, QuestionHostContext, type CaseContextValue, type QuestionHost } from '@/mdx/contexts'
import { MdxDocument } from '@/mdx/MdxDocument'
import { References } from '@/mdx/References'
import { NotFound } from '@/ui/NotFound'

function useCaseHost(c: CatalogCase, run: CaseRun | undefined): QuestionHost {
  return useMemo<QuestionHost>(
    () => ({
      useSaved: (questionId) => run?.answers[questionId] ?? null,
      async submit(answer) {
        const answeredAt = Date.now()
        const saved = await saveCaseAnswer(c.id, c.moduleId, answer.questionId, { selected: answer.selected, correct: answer.correct, answeredAt, contentHash: answer.contentHash })
        await saveAttempt({ ...answer, moduleId: c.moduleId, context: 'case', contextId: c.id, answeredAt })
        return saved
      },
    }),
    [c, run],
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
  const loaded = useCaseRun(theCase.id)
  const run = loaded?.run
  const host = useCaseHost(theCase, run)

  useEffect(() => {
    if (loaded && !loaded.run) void startCase(theCase.id, theCase.moduleId)
  }, [loaded, theCase])

  const context: CaseContextValue = {
    reached: Math.min(run?.stageReached ?? 0, theCase.stages.length - 1),
    completed: Boolean(run?.completedAt),
    stageCount: theCase.stages.length,
    stageAnswered: (i) => (theCase.stages[i]?.questionIds ?? []).every((q) => run?.answers[q]),
    advance: (to) => void advanceCase(theCase.id, theCase.moduleId, to),
    finish: () => void completeCase(theCase.id, theCase.moduleId),
  }

  return (
    <article className="case-page">
      <title>{`${theCase.title} · Dolor`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Library</Link> <span aria-hidden="true">›</span> <Link to={`/modules/${theCase.moduleId}`}>{moduleTitle}</Link>
      </nav>
      <p className="eyebrow">Case</p>
      <h1>{theCase.title}</h1>
      <p className="meta">
        {theCase.stages.length} stages · {formatMinutes(theCase.estimatedMinutes)}
        {run?.completedAt ? ` · Completed on ${formatDate(run.completedAt)}` : ''}
      </p>
      {loaded === undefined ? (
        <p>Loading your progress…</p>
      ) : (
        <CaseContext.Provider value={context}>
          <QuestionHostContext.Provider value={host}>
            <Suspense fallback={<p>Loading case…</p>}>
              <div className="prose">
                <MdxDocument key={run?.startedAt ?? 0} file={theCase.file} moduleId={theCase.moduleId} references={theCase.references} />
              </div>
            </Suspense>
          </QuestionHostContext.Provider>
        </CaseContext.Provider>
      )}
      {run?.completedAt ? (
        <div className="case-done" role="status">
          <p>
            <strong>Case completed.</strong> {Object.values(run.answers).filter((a) => a.correct).length} of {Object.keys(run.answers).length} decisions correct.
          </p>
        </div>
      ) : null}
      {run && (run.completedAt || run.stageReached > 0 || Object.keys(run.answers).length) ? (
        <p>
          <button type="button" className="button" onClick={() => void restartCase(theCase.id, theCase.moduleId)}>
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

export { CasePage as Component }

import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { catalog } from '@/content/catalog'
import { questionIndex } from '@/content/questions'
import { db } from '@/db/database'
import { renderApp } from './render-app'

const theCase = catalog.flatMap((m) => m.cases).find((c) => c.stages.length >= 2 && c.stages[0].questionIds.length > 0)!
const path = `/modules/${theCase.moduleId}/cases/${theCase.id}`

function findEl(selector: string) {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(selector)
    if (!el) throw new Error(`${selector} not shown`)
    return el
  })
}

async function answerStage(user: Awaited<ReturnType<typeof renderApp>>['user'], index: number) {
  const stage = await waitFor(() => {
    const el = document.querySelector<HTMLElement>(`[data-stage="${index}"]`)
    if (!el) throw new Error(`stage ${index} not shown`)
    return el
  })
  for (const qid of theCase.stages[index].questionIds) {
    const meta = questionIndex[qid]
    const item = stage.querySelector<HTMLElement>(`[data-question-id="${qid}"]`)!
    for (const c of meta.correctIds) await user.click(within(item).getAllByRole(meta.select === 'all' ? 'checkbox' : 'radio')[meta.choiceIds.indexOf(c)])
    await user.click(within(item).getByRole('button', { name: 'Submit answer' }))
    expect(within(item).getByRole('status')).toHaveTextContent('Correct')
  }
  return stage
}

describe('the case player', () => {
  it('reveals stages one at a time, gated by their questions, and resumes after a reload', async () => {
    const { user, unmount } = await renderApp(path)
    await screen.findByRole('heading', { level: 1, name: theCase.title })
    const first = await findEl('[data-stage="0"]')
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(`Stage 1 of ${theCase.stages.length}: ${theCase.stages[0].title}`)
    expect(document.querySelector('[data-stage="1"]')).toBeNull()
    const proceed = within(first).getByRole('button', { name: 'Continue' })
    expect(proceed).toBeDisabled()

    await answerStage(user, 0)
    await waitFor(() => expect(proceed).toBeEnabled())
    await user.click(proceed)
    const second = await findEl('[data-stage="1"]')
    expect(within(second).getByRole('heading', { level: 2 })).toHaveTextContent(theCase.stages[1].title)
    await waitFor(async () => expect((await db.caseRuns.get(theCase.id))?.stageReached).toBe(1))
    unmount()

    // "Reload": a fresh app over the same database.
    await renderApp(path)
    await waitFor(() => expect(document.querySelector('[data-stage="1"]')).not.toBeNull())
    const restored = document.querySelector<HTMLElement>('[data-stage="0"]')!
    const firstQ = theCase.stages[0].questionIds[0]
    expect(within(restored.querySelector<HTMLElement>(`[data-question-id="${firstQ}"]`)!).getByRole('status')).toHaveTextContent('Correct')
  })

  it('records a finished case, shows teaching points, and marks it completed on the module page', async () => {
    const { user, unmount } = await renderApp(path)
    await screen.findByRole('heading', { level: 1, name: theCase.title })
    for (let i = 0; i < theCase.stages.length; i++) {
      const stage = await answerStage(user, i)
      const last = i === theCase.stages.length - 1
      const button = within(stage).getByRole('button', { name: last ? 'Finish case' : 'Continue' })
      await waitFor(() => expect(button).toBeEnabled())
      await user.click(button)
    }
    expect(await screen.findByRole('heading', { name: 'Teaching points' })).toBeInTheDocument()
    expect(await screen.findByText('Case completed.')).toBeInTheDocument()
    const run = await db.caseRuns.get(theCase.id)
    expect(run?.completedAt).toBeTypeOf('number')
    expect(await db.attempts.where('[context+contextId]').equals(['case', theCase.id]).count()).toBe(theCase.stages.flatMap((s) => s.questionIds).length)
    unmount()

    await renderApp(`/modules/${theCase.moduleId}`)
    const cases = await screen.findByRole('region', { name: 'Cases' })
    const item = within(cases).getByRole('link', { name: theCase.title }).closest('li')!
    await waitFor(() => expect(within(item).getByText('Completed')).toBeInTheDocument())
  })

  it('"Restart case" starts over at the first stage', async () => {
    await db.open()
    await db.caseRuns.put({ caseId: theCase.id, moduleId: theCase.moduleId, stageReached: 1, answers: {}, startedAt: 1, updatedAt: 1 })
    const { user } = await renderApp(path)
    await waitFor(() => expect(document.querySelector('[data-stage="1"]')).not.toBeNull())
    await user.click(screen.getByRole('button', { name: 'Restart case' }))
    await waitFor(() => expect(document.querySelector('[data-stage="1"]')).toBeNull())
    expect((await db.caseRuns.get(theCase.id))?.stageReached).toBe(0)
  })
})

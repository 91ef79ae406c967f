/**
 * Confidence after an answer, spaced review sessions and the progress page, through the
 * whole app on real Dexie (fake-indexeddb).
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { catalog } from '@/content/catalog'
import { questionIndex } from '@/content/questions'
import { topicTitle } from '@/content/taxonomy'
import { db } from '@/db/database'
import { saveAttempt } from '@/db/attempts'
import { openDatabase } from '@/db/safe'
import { renderApp } from './render-app'

const section = catalog.flatMap((m) => m.sections).find((s) => s.questionIds.length > 0)!
const meta = questionIndex[section.questionIds[0]]
const wrongOf = (m = meta) => m.choiceIds.find((c) => !m.correctIds.includes(c))!

function radioFor(item: HTMLElement, choiceId: string) {
  return item.querySelector<HTMLInputElement>(`input[data-choice="${choiceId}"]`)!
}

async function itemOnPage(id: string) {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(`[data-question-id="${id}"]`)
    if (!found) throw new Error('question not rendered yet')
    return found
  })
}

async function miss(questionId: string, answeredAt: number, extra: Partial<Parameters<typeof saveAttempt>[0]> = {}) {
  const m = questionIndex[questionId]
  await saveAttempt({ questionId, moduleId: m.moduleId, selected: [wrongOf(m)], correct: false, context: 'inline', contextId: 'seed', answeredAt, msSpent: 1000, contentHash: m.contentHash, ...extra })
}

describe('confidence', () => {
  it('is asked with the answer ("How sure are you?") and can be changed after it; an unsure right answer joins review', async () => {
    const { user } = await renderApp(`/modules/${section.moduleId}/${section.id}`)
    const item = await itemOnPage(meta.id)
    const before = within(item).getByRole('group', { name: 'How sure are you?' })
    await user.click(within(before).getByRole('button', { name: 'Unsure' }))
    expect(within(before).getByRole('button', { name: 'Unsure' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(radioFor(item, meta.correctIds[0]))
    await user.click(within(item).getByRole('button', { name: 'Submit answer' }))

    await waitFor(async () => expect(await db.attempts.toArray()).toEqual([expect.objectContaining({ questionId: meta.id, correct: true, confidence: 'unsure' })]))
    expect(await db.reviewCards.get(meta.id)).toMatchObject({ state: 'new' })

    const after = within(item).getByRole('group', { name: 'How sure were you?' })
    await user.click(within(after).getByRole('button', { name: 'Sure' }))
    await waitFor(async () => expect((await db.attempts.toArray())[0].confidence).toBe('sure'))
    expect(within(after).getByRole('button', { name: 'Sure' })).toHaveAttribute('aria-pressed', 'true')
  })
})

describe('spaced review', () => {
  it('the library shows reviews due; a session grades each card from the answer and the confidence', async () => {
    await openDatabase()
    const [first, second] = section.questionIds
    await miss(first, Date.now() - 60_000)
    await miss(second, Date.now() - 30_000)
    const { user, router } = await renderApp('/')
    await user.click(await screen.findByRole('link', { name: /2 reviews due/ }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'))
    expect(await screen.findByText('Item 1 of 2')).toBeInTheDocument()

    // First due card first: answered right and sure.
    let item = await itemOnPage(first)
    await user.click(within(item).getByRole('button', { name: 'Sure' }))
    await user.click(radioFor(item, questionIndex[first].correctIds[0]))
    await user.click(within(item).getByRole('button', { name: 'Submit answer' }))
    expect(within(item).getByRole('status')).toHaveTextContent('Correct')
    // A review answer is final: no "Try again", and confidence can no longer change.
    expect(within(item).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    expect(within(item).queryByRole('group', { name: /How sure/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next item' }))

    item = await itemOnPage(second)
    await user.click(radioFor(item, wrongOf(questionIndex[second])))
    await user.click(within(item).getByRole('button', { name: 'Submit answer' }))
    await user.click(screen.getByRole('button', { name: 'Finish review' }))
    expect(await screen.findByText('Session complete: 2 items reviewed, 1 answered correctly.')).toBeInTheDocument()

    const [a, b] = [await db.reviewCards.get(first), await db.reviewCards.get(second)]
    expect(a!.due).toBeGreaterThan(b!.due)
    expect(b!.due).toBeGreaterThan(Date.now())
    expect((await db.reviewLogs.toArray()).map((l) => [l.questionId, l.grade])).toEqual([
      [first, 'good'],
      [second, 'again'],
    ])
    expect(await db.attempts.where('context').equals('review').count()).toBe(2)
  })

  it('with nothing due, says so and when the next review is', async () => {
    await renderApp('/review')
    expect(await screen.findByText('No reviews are due right now.')).toBeInTheDocument()
    expect(screen.getByText(/0 items in your review queue/)).toBeInTheDocument()
  })
})

describe('the progress page', () => {
  it('shows completion, accuracy, calibration and the weakest topic with a one-click test on it', async () => {
    await openDatabase()
    const ids = section.questionIds
    const topic = questionIndex[ids[0]].topics[0]
    const taggedInSection = ids.filter((id) => questionIndex[id].topics.includes(topic))
    // Three misses of items with this topic (one unsure), one right answer given as "sure".
    for (const [i, id] of taggedInSection.entries()) await miss(id, Date.now() - 1000 * (i + 1), i === 0 ? { confidence: 'unsure' } : {})
    for (let i = taggedInSection.length; i < 3; i++) await miss(taggedInSection[0], Date.now() - 5000, { contextId: `again-${i}` })
    const right = questionIndex[ids[0]]
    await saveAttempt({ questionId: right.id, moduleId: right.moduleId, selected: right.correctIds, correct: true, confidence: 'sure', context: 'test', contextId: 't1', answeredAt: Date.now(), msSpent: 60_000, contentHash: right.contentHash })
    await db.sectionProgress.put({ moduleId: section.moduleId, sectionId: section.id, status: 'completed', firstVisitedAt: 1, lastVisitedAt: Date.now(), completedAt: Date.now(), secondsSpent: 600 })

    const { user, router } = await renderApp('/progress')
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress' })).toBeInTheDocument()
    const stats = await screen.findByText('Sections completed', { selector: 'dt' })
    expect(stats.nextElementSibling).toHaveTextContent(/^1 of \d+$/)
    expect(screen.getByText('Accuracy', { selector: 'dt' }).nextElementSibling).toHaveTextContent('25%')
    // 10 minutes reading + 1 minute answering in a test.
    expect(screen.getByText('Time studied', { selector: 'dt' }).nextElementSibling).toHaveTextContent('11 min')

    const calibration = screen.getByRole('table', { name: 'Accuracy by how sure you said you were' })
    expect(within(calibration).getByRole('row', { name: /Sure 1 100%/ })).toBeInTheDocument()
    expect(within(calibration).getByRole('row', { name: /Unsure 1 0%/ })).toBeInTheDocument()

    const weak = screen.getByRole('heading', { name: 'Weakest topics' }).parentElement!
    expect(within(weak).getByText(topicTitle(topic))).toBeInTheDocument()
    expect(within(weak).getAllByRole('link', { name: section.title }).length).toBeGreaterThan(0)
    await user.click(within(weak).getAllByRole('link', { name: `Start a test on ${topicTitle(topic)}` })[0])
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/assess\/[0-9a-f-]{36}$/))
    const [test] = await db.tests.toArray()
    expect(test.config.topics).toEqual([topic])
    expect(test.itemIds.every((id) => questionIndex[id].topics.includes(topic))).toBe(true)
  })

  it('the printable report filters by date and keeps the name entered', async () => {
    await openDatabase()
    const old = new Date(2026, 0, 10).getTime()
    await miss(meta.id, old)
    const { user } = await renderApp('/progress/report')
    const name = await screen.findByLabelText('Your name')
    await user.type(name, 'Dr A. Fellow')
    await user.tab()
    expect(screen.getByRole('heading', { name: 'Dolor progress report: Dr A. Fellow' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByText('Items answered').nextElementSibling).toHaveTextContent('1'))
    await user.type(screen.getByLabelText('From'), '2026-02-01')
    await waitFor(() => expect(screen.getByText('Items answered').nextElementSibling).toHaveTextContent('0'))
    await waitFor(async () => expect(await db.settings.get('reportName')).toMatchObject({ key: 'reportName', value: 'Dr A. Fellow' }))
    expect(screen.getByRole('button', { name: 'Print report' })).toBeInTheDocument()
  })
})

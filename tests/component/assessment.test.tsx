import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { questionIndex } from '@/content/questions'
import { db } from '@/db/database'
import { renderApp } from './render-app'

const total = Object.keys(questionIndex).length

describe('the test builder', () => {
  it('counts matching items live as filters change, and starts a test that is saved before it opens', async () => {
    const { user, router } = await renderApp('/assess')
    const count = await screen.findByText(/items? match/)
    expect(count).toHaveTextContent(`${total} items match`)

    const firstTopic = within(screen.getByRole('group', { name: 'Topics' })).getAllByRole('checkbox')[0]
    const topicCount = Number(firstTopic.parentElement?.textContent?.match(/\((\d+)\)/)?.[1])
    await user.click(firstTopic)
    expect(count).toHaveTextContent(`${topicCount} item${topicCount === 1 ? '' : 's'} match`)

    await db.open()
    await db.attempts.add({ questionId: Object.keys(questionIndex)[0], moduleId: 'x', selected: ['a'], correct: false, context: 'inline', contextId: 's', answeredAt: 1, msSpent: 1, contentHash: 'h' })
    await user.click(firstTopic)
    await user.click(screen.getByRole('radio', { name: 'Incorrect' }))
    await waitFor(() => expect(count).toHaveTextContent('1 item matches'))

    await user.click(screen.getByRole('radio', { name: 'All items' }))
    await user.clear(screen.getByLabelText('Number of items'))
    await user.type(screen.getByLabelText('Number of items'), '3')
    await user.click(screen.getByRole('button', { name: 'Start test' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/assess\/[0-9a-f-]{36}$/))
    const [test] = await db.tests.toArray()
    expect(test).toMatchObject({ mode: 'tutor', status: 'in-progress', currentIndex: 0, timeLimitMs: null })
    expect(test.itemIds).toHaveLength(3)
    expect(router.state.location.pathname).toBe(`/assess/${test.id}`)
  })

  it('"Simulate the exam" switches to timed mode', async () => {
    const { user } = await renderApp('/assess')
    await user.click(await screen.findByRole('button', { name: 'Simulate the exam' }))
    expect(screen.getByRole('button', { name: 'Simulate the exam' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('radio', { name: /^Timed/ })).toBeChecked()
    expect(screen.getByLabelText('Seconds per item')).toHaveValue(72)
  })
})

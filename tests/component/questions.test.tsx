import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { catalog } from '@/content/catalog'
import { questionIndex } from '@/content/questions'
import { db } from '@/db/database'
import { renderApp } from './render-app'

const section = catalog.flatMap((m) => m.sections).find((s) => s.questionIds.length > 0)!
const meta = questionIndex[section.questionIds[0]]
const path = `/modules/${section.moduleId}/${section.id}`

async function findItem() {
  await screen.findByRole('heading', { level: 1, name: section.title })
  const el = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`[data-question-id="${meta.id}"]`)
    if (!found) throw new Error('question not rendered yet')
    return found
  })
  return el
}

describe('an inline question', () => {
  it('is a radio group named by the choice texts, answered with "Submit answer", with feedback in a live region', async () => {
    const { user } = await renderApp(path)
    const item = await findItem()
    const radios = within(item).getAllByRole('radio')
    expect(radios).toHaveLength(meta.choiceIds.length)
    // Accessible names are the choice texts themselves (the letters are decoration).
    const texts = [...item.querySelectorAll('.choice__text')].map((t) => t.textContent ?? '')
    texts.forEach((text, i) => expect(within(item).getByRole('radio', { name: text })).toBe(radios[i]))
    const submit = within(item).getByRole('button', { name: 'Submit answer' })
    expect(submit).toBeDisabled()

    const wrong = meta.choiceIds.findIndex((c) => !meta.correctIds.includes(c))
    await user.click(radios[wrong])
    await user.click(submit)

    const status = within(item).getByRole('status')
    expect(status).toHaveTextContent('Incorrect')
    expect(status).toHaveTextContent(`The correct answer is ${meta.correctIds[0].toUpperCase()}.`)
    // Every choice now shows its rationale, and the explanation appears.
    expect(within(item).getAllByText(/^(Correct answer|Incorrect)/, { selector: '.choice__tag' })).toHaveLength(meta.choiceIds.length)
    expect(within(item).getByRole('heading', { name: 'Explanation' })).toBeInTheDocument()
    expect(within(item).getByRole('heading', { name: 'References' })).toBeInTheDocument()

    await waitFor(async () => expect(await db.attempts.count()).toBe(1))
    const [attempt] = await db.attempts.toArray()
    expect(attempt).toMatchObject({
      questionId: meta.id,
      selected: [meta.choiceIds[wrong]],
      correct: false,
      context: 'inline',
      contextId: section.id,
      contentHash: meta.contentHash,
    })
    expect(attempt.msSpent).toBeGreaterThanOrEqual(0)
  })

  it('answers from the keyboard: a letter selects, Enter submits; a revisit shows the answer with "Try again"', async () => {
    const { user, unmount } = await renderApp(path)
    const item = await findItem()
    const correctIndex = meta.choiceIds.indexOf(meta.correctIds[0])
    within(item).getAllByRole('radio')[0].focus()
    await user.keyboard(meta.correctIds[0].toUpperCase())
    expect(within(item).getAllByRole('radio')[correctIndex]).toBeChecked()
    await user.keyboard('{Enter}')
    expect(within(item).getByRole('status')).toHaveTextContent('Correct')
    await waitFor(async () => expect(await db.attempts.count()).toBe(1))
    unmount()

    const again = await renderApp(path)
    const revisited = await findItem()
    await waitFor(() => expect(within(revisited).getByRole('status')).toHaveTextContent('Correct'))
    expect(within(revisited).getAllByRole('radio')[correctIndex]).toBeChecked()
    expect(within(revisited).getAllByRole('radio')[correctIndex]).toBeDisabled()
    await again.user.click(within(revisited).getByRole('button', { name: 'Try again' }))
    expect(within(revisited).getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true)
    expect(within(revisited).getByRole('button', { name: 'Submit answer' })).toBeDisabled()
  })

  it('renders on its own by id, outside its section', async () => {
    const { StandaloneQuestion } = await import('@/features/questions/StandaloneQuestion')
    const { render } = await import('@testing-library/react')
    const { MDXProvider } = await import('@mdx-js/react')
    const { mdxComponents } = await import('@/mdx/registry')
    render(
      <MDXProvider components={mdxComponents}>
        <StandaloneQuestion id={meta.id} />
      </MDXProvider>,
    )
    const item = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(`[data-question-id="${meta.id}"]`)
      if (!found) throw new Error('not yet')
      return found
    })
    expect(within(item).getAllByRole('radio')).toHaveLength(meta.choiceIds.length)
    // Only the item: none of the section's headings came with it.
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })
})

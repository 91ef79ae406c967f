import { MDXProvider } from '@mdx-js/react'
import { render, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { questionIndex } from '@/content/questions'
import type { SavedAnswer } from '@/db/types'
import { shuffledChoices } from '@/features/assessment/new-test'
import { StandaloneQuestion } from '@/features/questions/StandaloneQuestion'
import { QuestionHostContext, type QuestionHost } from '@/mdx/contexts'
import { mdxComponents } from '@/mdx/registry'

const meta = Object.values(questionIndex).find((q) => q.select === 'single' && q.choiceIds.length >= 4)!

describe('shuffled choices in a test', () => {
  it('orders are permutations of each item\'s choices, reproducible from the seed', () => {
    const a = shuffledChoices([meta.id], 11)
    expect([...a[meta.id]].sort()).toEqual([...meta.choiceIds].sort())
    expect(shuffledChoices([meta.id], 11)).toEqual(a)
  })

  it('letters, keys and feedback follow the shown order while answers keep the stable ids', async () => {
    const reversed = [...meta.choiceIds].reverse()
    let saved: SavedAnswer | null = null
    const submitted: string[][] = []
    const host: QuestionHost = {
      useSaved: () => saved,
      submit: async (a) => {
        submitted.push(a.selected)
        saved = { selected: a.selected, correct: a.correct, answeredAt: 1, contentHash: a.contentHash }
        return true
      },
      choiceOrder: () => reversed,
    }
    const user = userEvent.setup()
    render(
      <MDXProvider components={mdxComponents}>
        <QuestionHostContext.Provider value={host}>
          <StandaloneQuestion id={meta.id} />
        </QuestionHostContext.Provider>
      </MDXProvider>,
    )
    const item = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(`[data-question-id="${meta.id}"]`)
      if (!el) throw new Error('not yet')
      return el
    })
    const radios = within(item).getAllByRole('radio')
    // The first radio shown is the last choice as written, lettered A.
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(reversed)
    expect(item.querySelector('.choice__letter')?.textContent).toBe('A.')

    radios[0].focus()
    await user.keyboard('a')
    expect(radios[0]).toBeChecked()
    await user.keyboard('{Enter}')
    expect(submitted).toEqual([[reversed[0]]])

    const correctShownAt = reversed.indexOf(meta.correctIds[0])
    expect(within(item).getByRole('status')).toHaveTextContent(`The correct answer is ${'ABCDE'[correctShownAt]}.`)
  })
})

import { act } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureReferences, findSection } from '@/content/catalog'
import { MdxDocument, preloadContent } from '@/mdx/MdxDocument'
import { captureStaticRuns } from '@/mdx/static-runs'
import { beginPageHydration, endPageHydration } from '@/ui/use-hydrated'

// A long section with prose, tables, citations, inline items and a calculator.
const moduleId = 'pharmacology'
const section = findSection(moduleId, 'opioid-stewardship')!

async function prerendered() {
  await Promise.all([ensureReferences(moduleId), preloadContent(section.file)])
  const page = <MdxDocument file={section.file} moduleId={moduleId} references={section.references} />
  const container = document.createElement('div')
  // This environment has a window, so the server's "not live yet" comes from the same flag the
  // app sets around hydration (src/main.tsx); it stays set until the test's hydration ends.
  beginPageHydration()
  container.innerHTML = renderToString(page)
  document.body.append(container)
  return { page, container }
}

describe('static runs of a prerendered page', () => {
  // hydrateRoot is called directly here, not through Testing Library, so act() must be told it is in a test.
  beforeAll(() => {
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  })

  it('group the static prose and leave every item and calculator outside them', async () => {
    const { container } = await prerendered()
    const runs = container.querySelectorAll('[data-static-run]')
    expect(runs.length).toBeGreaterThan(1)
    expect(container.querySelectorAll('[data-question-id]').length).toBeGreaterThan(0)
    for (const run of runs) {
      expect(run.querySelector('[data-question-id], input, select, button')).toBeNull()
      expect(run.getAttribute('data-static-run')).toMatch(new RegExp(`^${section.file}#\\d+$`))
    }
    // Citations and tables are static too, so they stay inside runs.
    expect(container.querySelector('[data-static-run] .ref-marker')).not.toBeNull()
    expect(container.querySelector('[data-static-run] table')).not.toBeNull()
    endPageHydration()
    container.remove()
  })

  it('are adopted as they are by hydration, while items come alive', async () => {
    const { page, container } = await prerendered()
    const paragraph = container.querySelector('[data-static-run] p')!
    captureStaticRuns(container)
    // Marks the page after capture: React must neither compare nor rewrite a run it adopted.
    paragraph.setAttribute('data-untouched', '')
    const errors: unknown[] = []
    const radio = container.querySelector<HTMLInputElement>('[data-question-id] input[type="radio"]')!
    // As src/main.tsx does: controls stay disabled, as in the HTML, until the page is live.
    expect(radio.disabled).toBe(true)
    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: (error) => errors.push(error) })
    })
    endPageHydration()
    expect(errors).toEqual([])
    expect(radio.disabled).toBe(false)
    expect(container.querySelector('[data-static-run] p')).toBe(paragraph)
    expect(paragraph).toHaveAttribute('data-untouched')

    const item = within(container).getAllByRole('group').find((g) => g.closest('[data-question-id]'))!.closest<HTMLElement>('[data-question-id]')!
    const user = userEvent.setup()
    await user.click(within(item).getAllByRole('radio')[0]!)
    await user.click(within(item).getByRole('button', { name: 'Submit answer' }))
    expect(await within(item).findByRole('status')).toHaveTextContent(/^(Correct|Incorrect)/)
    container.remove()
  })
})

/**
 * A prerendered page's prose is mostly static: paragraphs, lists, tables, citations. Hydrating it
 * costs a slow phone hundreds of milliseconds for elements that never change, so MdxDocument groups
 * consecutive static blocks into "runs" (<div data-static-run>), and before hydration the app
 * takes each run's HTML from the page (captureStaticRuns). A run found here is then rendered as
 * that same HTML instead of as elements, so React adopts it without walking it; only the
 * interactive blocks between runs (items, calculators, stages) hydrate.
 *
 * Kept free of React so that the app's entry can import it without the MDX vocabulary.
 */
const captured = new Map<string, string>()

export const STATIC_RUN_ATTRIBUTE = 'data-static-run'

/** Remembers the HTML of every static run under `root`; call before hydrating. */
export function captureStaticRuns(root: ParentNode): void {
  for (const run of root.querySelectorAll(`[${STATIC_RUN_ATTRIBUTE}]`)) {
    captured.set(run.getAttribute(STATIC_RUN_ATTRIBUTE)!, run.innerHTML)
  }
}

/**
 * The HTML a run had in the prerendered page, if any. Kept after use: a run's id names its file
 * and position, and static blocks render the same every time, so a later visit can reuse it too.
 */
export const capturedStaticRun = (id: string): string | undefined => captured.get(id)

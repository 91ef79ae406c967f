/**
 * Resolves in a later task, so the browser can paint and answer input in between. Start-up work
 * is cut into such steps: on a slow phone one long evaluation holds every tap until it ends.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Imports modules one task apart, returning the last: `stagedImport(() => import('a'), () => import('page'))`.
 * Modules already evaluated by an earlier step are not evaluated again, so each step costs only its own code.
 */
export function stagedImport<T>(...steps: [...(() => Promise<unknown>)[], () => Promise<T>]): () => Promise<T> {
  return async () => {
    for (const step of steps.slice(0, -1)) {
      await step()
      await nextTask()
    }
    return (steps[steps.length - 1] as () => Promise<T>)()
  }
}

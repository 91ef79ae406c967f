/** An answer is correct when it selects exactly the correct choices, no more, no fewer. */
export function grade(selected: readonly string[], correctIds: readonly string[]): boolean {
  if (selected.length !== correctIds.length) return false
  const wanted = new Set(correctIds)
  return selected.every((id) => wanted.has(id)) && new Set(selected).size === selected.length
}

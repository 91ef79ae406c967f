/** A short excerpt around the first match, split into plain and highlighted parts. Pure. */
export interface SnippetPart {
  text: string
  hit: boolean
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function snippet(text: string, terms: readonly string[], radius = 90): SnippetPart[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length)
  if (words.length === 0) return [{ text: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : ''), hit: false }]
  const pattern = new RegExp(`(${words.map(escape).join('|')})`, 'gi')
  const first = text.search(pattern)
  const start = first < 0 ? 0 : Math.max(0, first - radius)
  const end = Math.min(text.length, (first < 0 ? 0 : first) + radius * 2)
  // Start and end on word boundaries so the excerpt reads cleanly.
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1
  const toSpace = text.lastIndexOf(' ', end)
  const to = end === text.length || toSpace <= from ? end : toSpace
  const window = text.slice(from, to)
  const parts = window.split(pattern).filter((p) => p !== '').map((p) => ({ text: p, hit: pattern.test(p) && (pattern.lastIndex = 0) === 0 }))
  if (from > 0) parts.unshift({ text: '…', hit: false })
  if (to < text.length) parts.push({ text: '…', hit: false })
  return parts
}

/** One author mistake, reported as `path:line:column  message  (hint)`. */
export interface Diagnostic {
  file: string
  line: number
  column: number
  message: string
  hint?: string
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.message}${d.hint ? `  (${d.hint})` : ''}`
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}

export function formatReport(list: Diagnostic[]): string {
  const n = list.length
  return `${sortDiagnostics(list).map(formatDiagnostic).join('\n')}\n\n${n} content error${n === 1 ? '' : 's'}`
}

export class ContentError extends Error {
  readonly diagnostics: Diagnostic[]
  /** Where Vite's overlay points: the first mistake. */
  readonly loc?: { file: string; line: number; column: number }
  constructor(diagnostics: Diagnostic[], root?: string) {
    super(formatReport(diagnostics))
    this.name = 'ContentError'
    this.diagnostics = diagnostics
    const [first] = sortDiagnostics(diagnostics)
    if (first) this.loc = { file: root ? `${root}/${first.file}` : first.file, line: first.line, column: first.column }
    // An author needs the list of mistakes, not the plugin's call stack.
    this.stack = ''
  }
}

/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  for (const c of candidates) {
    const score = distance(word.toLowerCase(), c.toLowerCase())
    if (score < bestScore) {
      best = c
      bestScore = score
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

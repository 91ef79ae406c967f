/**
 * Frontmatter: YAML parsed with positions, then checked by a zod schema. Each zod issue
 * is mapped back to the line and column of the offending key in the MDX file.
 */
import { parseDocument, isMap, isPair, isScalar, type Node as YamlNode } from 'yaml'
import type { Yaml } from 'mdast'
import type { ZodType } from 'zod'
import { didYouMean, type Diagnostic } from './diagnostics.ts'

export interface FrontmatterResult<T> {
  data?: T
  diagnostics: Diagnostic[]
  /** Line and column of a key path, for errors found later (for example a duplicate id). */
  locate(path: (string | number)[]): { line: number; column: number }
}

export function checkFrontmatter<T>(
  file: string,
  node: Yaml | undefined,
  schema: ZodType<T>,
  example: string,
): FrontmatterResult<T> {
  if (!node) {
    return {
      diagnostics: [{ file, line: 1, column: 1, message: 'missing frontmatter', hint: `start the file with ---\\n${example}\\n---` }],
      locate: () => ({ line: 1, column: 1 }),
    }
  }
  const text = node.value
  const firstLine = (node.position?.start.line ?? 1) + 1
  const at = (offset: number) => {
    const before = text.slice(0, Math.max(0, offset))
    const lines = before.split('\n')
    return { line: firstLine + lines.length - 1, column: lines[lines.length - 1].length + 1 }
  }
  const doc = parseDocument(text, { prettyErrors: false })
  const diagnostics: Diagnostic[] = []
  for (const err of doc.errors) {
    const { line, column } = at(err.pos[0])
    diagnostics.push({ file, line, column, message: `frontmatter is not valid YAML: ${err.message.split('\n')[0]}`, hint: 'indent with spaces; quote values that contain a colon' })
  }
  const locateNode = (path: (string | number)[], key?: string): { line: number; column: number } => {
    const target = path.length ? doc.getIn(path, true) : doc.contents
    if (key !== undefined && isMap(target)) {
      const pair = target.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
      const keyNode = pair?.key as YamlNode | undefined
      if (keyNode?.range) return at(keyNode.range[0])
    }
    const node = target as YamlNode | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0])
    // The path is missing: point at the nearest parent that exists.
    if (path.length) return locateNode(path.slice(0, -1))
    return { line: firstLine, column: 1 }
  }
  if (doc.errors.length) return { diagnostics, locate: locateNode }

  const raw: unknown = doc.toJS()
  const parsed = schema.safeParse(raw ?? {})
  if (parsed.success) return { data: parsed.data, diagnostics, locate: locateNode }

  const misspelt = new Set<string>()
  for (const issue of parsed.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    for (const key of issue.keys) {
      const guess = didYouMean(key, allowedKeys(schema, path))
      if (guess) misspelt.add(keyPath([...path, guess]))
    }
  }
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const pos = locateNode(path, key)
        const allowed = allowedKeys(schema, path)
        const guess = didYouMean(key, allowed)
        diagnostics.push({
          file,
          ...pos,
          message: `frontmatter \`${keyPath([...path, key])}\`: unknown key`,
          hint: guess ? `did you mean \`${guess}\`?` : `remove it, or fix its spelling; allowed here: ${allowed.join(', ')}`,
        })
      }
      continue
    }
    const value = path.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined), raw)
    const missing = value === undefined
    if (missing && misspelt.has(keyPath(path))) continue
    const pos = locateNode(path)
    diagnostics.push({
      file,
      ...pos,
      message: `frontmatter \`${keyPath(path)}\`: ${missing ? 'is required' : issue.message}`,
      hint: missing ? `add \`${keyPath(path)}:\` (see modules/README.md)` : undefined,
    })
  }
  return { diagnostics, locate: locateNode }
}

export function keyPath(path: (string | number)[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '')
}

function allowedKeys(schema: ZodType, path: (string | number)[]): string[] {
  let shape: unknown = schema
  for (const p of path) {
    shape = unwrap(shape)
    if (typeof p === 'number') shape = (shape as { element?: unknown }).element
    else shape = (shape as { shape?: Record<string, unknown> }).shape?.[p]
  }
  return Object.keys((unwrap(shape) as { shape?: object }).shape ?? {})
}

function unwrap(schema: unknown): unknown {
  let s = schema as { unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined
  while (s && (s.def?.innerType || typeof s.unwrap === 'function')) {
    s = (s.def?.innerType ?? s.unwrap?.()) as typeof s
  }
  return s
}

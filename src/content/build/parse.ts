import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Root } from 'mdast'
import type { Diagnostic } from './diagnostics.ts'

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

interface ParseFailure {
  line?: number
  column?: number
  reason?: string
  message?: string
  place?: { line?: number; column?: number; start?: { line: number; column: number } }
}

/** Parse an MDX file into mdast with positions, or say where the syntax broke. */
export function parseMdx(file: string, text: string): { tree: Root } | { error: Diagnostic } {
  try {
    return { tree: parser.runSync(parser.parse(text)) as Root }
  } catch (caught) {
    const e = caught as ParseFailure
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place
    const reason = (e.reason ?? e.message ?? String(caught)).replace(/\s+/g, ' ')
    // Some messages only carry the place in their text, e.g. "Expected a closing tag for `<Callout>` (9:1-9:23)".
    const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
    return {
      error: {
        file,
        line: inText ? Number(inText[1]) : (place?.line ?? e.line ?? 1),
        column: inText ? Number(inText[2]) : (place?.column ?? e.column ?? 1),
        message: `MDX syntax error: ${reason}`,
        hint: syntaxHint(reason),
      },
    }
  }
}

function syntaxHint(reason: string): string {
  if (/closing tag|end tag|expected a closing/i.test(reason))
    return 'every <Tag> needs a matching </Tag>, or write it self-closing as <Tag />'
  if (/Could not parse expression|acorn|expression/i.test(reason))
    return 'a { or < in prose starts code in MDX; escape it as \\{ or &lt;'
  if (/attribute/i.test(reason)) return 'write attributes as name="value"; a value may not contain a double quote'
  return 'check the tags around this position; escape a literal < or { in prose as &lt; or \\{'
}

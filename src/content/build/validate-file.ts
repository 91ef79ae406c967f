/**
 * Checks one MDX file against the vocabulary and the item-writing rules, and extracts
 * what the catalog and question index need. Pure: text in, findings out.
 */
import { createHash } from 'node:crypto'
import type { Root, RootContent, Yaml } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'
import type { ZodType } from 'zod'
import { caseFrontmatterSchema, moduleFrontmatterSchema, sectionFrontmatterSchema, type Reference } from '../schemas.ts'
import { topicIds } from '../taxonomy.ts'
import type { CatalogStage, Difficulty } from '../types.ts'
import { allowedHtml, vocabulary, vocabularyTags, type PropKind, type VocabularyTag } from '../vocabulary.ts'
import { didYouMean, type Diagnostic } from './diagnostics.ts'
import { checkFrontmatter, type FrontmatterResult } from './frontmatter.ts'
import { liftInlineChoices } from './normalize.ts'
import { parseMdx } from './parse.ts'

export type FileKind = 'module' | 'section' | 'case'

export interface FileInput {
  /** Path from the repository root, as printed in errors. */
  file: string
  text: string
  kind: FileKind
  /** The module folder's name. */
  moduleId: string
  /** The module's references, which every file of the module may cite. */
  moduleReferences: Reference[]
  /** Whether a figure path (relative to the file) exists. */
  fileExists: (relativeToFile: string) => boolean
}

export interface ExtractedQuestion {
  id: string
  line: number
  column: number
  stage?: number
  topics: string[]
  difficulty: Difficulty
  select: 'single' | 'all'
  choiceIds: string[]
  /** Each choice's `text`, for records that must describe the item without rendering it (xAPI). */
  choiceTexts: string[]
  correctIds: string[]
  refs: string[]
  contentHash: string
  preview: string
  /** Where the item's source starts and ends in the file, to compile it on its own. */
  startOffset: number
  endOffset: number
}

export interface FileReport {
  diagnostics: Diagnostic[]
  frontmatter?: Record<string, unknown>
  locate: FrontmatterResult<unknown>['locate']
  questions: ExtractedQuestion[]
  stages: CatalogStage[]
  citedReferences: Set<string>
  words: number
  /** The prose as plain text (no frontmatter, no questions), for the search index. */
  text: string[]
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement
type AnyNode = Root | RootContent

const schemas: Record<FileKind, ZodType<Record<string, unknown>>> = {
  module: moduleFrontmatterSchema as ZodType<Record<string, unknown>>,
  section: sectionFrontmatterSchema as ZodType<Record<string, unknown>>,
  case: caseFrontmatterSchema as ZodType<Record<string, unknown>>,
}

const examples: Record<FileKind, string> = {
  module: 'id, title, summary, order, domain, objectives, estimatedMinutes, references, reviewed',
  section: 'id, title, summary, topics, estimatedMinutes, references',
  case: 'id, title, summary, topics, estimatedMinutes, references',
}

export const choiceLetters = 'abcdefghij'

const isJsx = (n: AnyNode): n is JsxElement => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement'

export function validateFile(input: FileInput): FileReport {
  const { file, text, kind, moduleId } = input
  const report: FileReport = {
    diagnostics: [],
    locate: () => ({ line: 1, column: 1 }),
    questions: [],
    stages: [],
    citedReferences: new Set(),
    words: 0,
    text: [],
  }
  const parsed = parseMdx(file, text)
  if ('error' in parsed) {
    report.diagnostics.push(parsed.error)
    return report
  }
  const tree = parsed.tree
  const error = (node: { position?: { start: { line: number; column: number } } } | undefined, message: string, hint?: string) =>
    report.diagnostics.push({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, message, hint })

  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml')
  const fm = checkFrontmatter(file, yaml, schemas[kind], examples[kind])
  report.diagnostics.push(...fm.diagnostics)
  report.frontmatter = fm.data
  report.locate = fm.locate

  const ownRefs = (fm.data?.references as Reference[] | undefined) ?? []
  const knownRefs = new Map<string, Reference>()
  for (const r of [...input.moduleReferences, ...ownRefs]) knownRefs.set(r.id, r)
  const checkRefId = (node: { position?: JsxElement['position'] }, id: string) => {
    report.citedReferences.add(id)
    if (knownRefs.has(id)) return
    const guess = didYouMean(id, knownRefs.keys())
    error(node, `reference \`${id}\` is not defined`, guess ? `did you mean \`${guess}\`?` : "add it to this file's or the module's frontmatter references")
  }

  /** Reads and type-checks the attributes of a vocabulary element. */
  const attrNodes = new Map<string, { position?: JsxElement['position'] }>()
  const readProps = (node: JsxElement, tag: VocabularyTag): Record<string, string | true> => {
    const spec: Record<string, PropKind> = vocabulary[tag].props
    const props: Record<string, string | true> = {}
    const suggested = new Set<string>()
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        error(attr, `<${tag}> does not take spread attributes`, vocabulary[tag].hint)
        continue
      }
      attrNodes.set(attr.name, attr)
      const propSpec = spec[attr.name]
      if (!propSpec) {
        const guess = didYouMean(attr.name, Object.keys(spec))
        if (guess) suggested.add(guess)
        error(attr, `<${tag}> has no prop \`${attr.name}\``, guess ? `did you mean \`${guess}\`?` : `props: ${Object.keys(spec).join(', ') || 'none'}`)
        continue
      }
      if (propSpec.kind === 'boolean') {
        if (attr.value !== null && attr.value !== undefined) error(attr, `<${tag}> prop \`${attr.name}\` is a flag and takes no value`, `write just \`${attr.name}\``)
        else props[attr.name] = true
        continue
      }
      if (typeof attr.value !== 'string') {
        error(attr, `<${tag}> prop \`${attr.name}\` must be a quoted string`, `write ${attr.name}="…"`)
        continue
      }
      const value = attr.value.trim()
      if (!value) error(attr, `<${tag}> prop \`${attr.name}\` is empty`, vocabulary[tag].hint)
      else if (propSpec.oneOf && !propSpec.oneOf.includes(value))
        error(attr, `<${tag}> prop \`${attr.name}\` must be one of ${propSpec.oneOf.map((v) => `"${v}"`).join(', ')}, not "${value}"`)
      else props[attr.name] = value
    }
    for (const [name, propSpec] of Object.entries(spec)) {
      if (propSpec.kind === 'string' && propSpec.required && !suggested.has(name) && !(name in props) && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name))
        error(node, `<${tag}> is missing the \`${name}\` prop`, vocabulary[tag].hint)
    }
    return props
  }

  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

  const checkQuestion = (node: JsxElement, stage: number | undefined) => {
    attrNodes.clear()
    const props = readProps(node, 'Question')
    const topicsAttr = attrNodes.get('topics') ?? node
    const refsAttr = attrNodes.get('refs') ?? node
    const id = typeof props.id === 'string' ? props.id : undefined
    if (node.type === 'mdxJsxTextElement') error(node, '<Question> must start on its own line', 'leave a blank line before <Question> and after </Question>')
    if (id && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) error(node, `question id \`${id}\` must be kebab-case`, `for example ${moduleId}-opioid-conversion`)
    else if (id && !id.startsWith(`${moduleId}-`)) error(node, `question id \`${id}\` must start with the module id`, `rename it to ${moduleId}-${id}`)
    const topics = typeof props.topics === 'string' ? props.topics.split(/[\s,]+/).filter(Boolean) : []
    for (const t of topics) {
      if (!topicIds.has(t)) {
        const guess = didYouMean(t, topicIds)
        error(topicsAttr, `topic \`${t}\` is not in the taxonomy`, guess ? `did you mean \`${guess}\`?` : 'see src/content/taxonomy.json')
      }
    }
    const refs = typeof props.refs === 'string' ? props.refs.split(/[\s,]+/).filter(Boolean) : []
    for (const r of refs) checkRefId(refsAttr, r)
    const multi = props.select === 'all'

    const choices: JsxElement[] = []
    let explanation = 0
    let stem = ''
    for (const child of liftInlineChoices(node.children as RootContent[])) {
      if (isJsx(child) && child.name === 'Choice') choices.push(child)
      else if (isJsx(child) && child.name === 'Explanation') {
        explanation++
        if (explanation > 1) error(child, 'a question has one <Explanation>', 'merge them into one')
        if (!toString(child).trim()) error(child, '<Explanation> is empty', 'state the teaching point of the item')
      } else {
        if (child.type === 'paragraph' && child.children.some((c) => isJsx(c) && c.name === 'Choice'))
          error(child, '<Choice> must start on its own line', 'put each <Choice …>…</Choice> on its own lines, separated by line breaks')
        stem += ` ${toString(child)}`
      }
      walk(child, { inQuestion: id ?? '?', parent: 'Question', topLevel: false, stage })
    }
    if (!stem.trim()) error(node, 'question has no stem', 'write the vignette and the lead-in question before the first <Choice>')
    if (!explanation) error(node, `question ${id ?? ''} has no <Explanation>`.replace('  ', ' '), 'add <Explanation>…</Explanation> after the choices')
    if (choices.length < 2) error(node, `question ${id ?? ''} has ${choices.length} choice${choices.length === 1 ? '' : 's'}; it needs at least 2`.replace('  ', ' '), 'single-best-answer items have 4–5 <Choice> elements')
    if (choices.length > choiceLetters.length) error(node, `question has ${choices.length} choices; at most ${choiceLetters.length}`)
    const correctIds: string[] = []
    const choiceTexts: string[] = []
    choices.forEach((choice, i) => {
      const cp = readProps(choice, 'Choice')
      choiceTexts.push(typeof cp.text === 'string' ? cp.text : '')
      if (cp.correct) correctIds.push(choiceLetters[i])
      if (!toString(choice).trim())
        error(choice, `choice ${choiceLetters[i].toUpperCase()} has no rationale`, 'write why this option is right or wrong between <Choice …> and </Choice>')
    })
    if (choices.length >= 2) {
      if (!multi && correctIds.length === 0) error(node, 'single-best-answer question has no correct choice', 'mark the best answer with `correct`')
      if (!multi && correctIds.length > 1)
        error(node, `single-best-answer question has ${correctIds.length} correct choices (${correctIds.map((c) => c.toUpperCase()).join(', ')})`, 'mark exactly one `correct`, or add select="all" for select-all-that-apply')
      if (multi && correctIds.length === 0) error(node, 'select-all question has no correct choice', 'mark every right option with `correct`')
    }
    if (!refs.length && typeof props.refs === 'string') error(node, 'question has no reference', 'refs="reference-id"')
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? 0
    if (id) {
      report.questions.push({
        id,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        stage,
        topics,
        difficulty: (props.difficulty as Difficulty | undefined) ?? 'medium',
        select: multi ? 'all' : 'single',
        choiceIds: choices.map((_, i) => choiceLetters[i]),
        choiceTexts,
        correctIds,
        refs,
        contentHash: createHash('sha256').update(text.slice(start, end)).digest('hex').slice(0, 16),
        preview: stem.replace(/\s+/g, ' ').trim().slice(0, 200),
        startOffset: start,
        endOffset: end,
      })
    }
  }

  interface WalkContext {
    inQuestion?: string
    parent?: string
    topLevel: boolean
    stage?: number
  }

  const walk = (node: AnyNode, ctx: WalkContext): void => {
    if ((node.type === 'text' || node.type === 'inlineCode') && !ctx.inQuestion && kind !== 'module') {
      if (node.type === 'text') report.words += words(node.value)
      report.text.push(node.value)
    }
    if (node.type === 'mdxjsEsm') {
      error(node, 'import and export statements are not used in content', 'every component is available by name; delete this line')
      return
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value))
        error(node, 'curly braces start a JavaScript expression in MDX', 'to write a literal brace, escape it as \\{; comments are written {/* … */}')
      return
    }
    if (isJsx(node)) {
      checkElement(node, ctx)
      return
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child, { ...ctx, topLevel: false })
  }

  const checkElement = (node: JsxElement, ctx: WalkContext) => {
    const name = node.name
    if (!name) {
      error(node, 'fragments (<>…</>) are not used in content', 'remove the empty tags')
      return
    }
    if (/^[a-z]/.test(name)) {
      if (!allowedHtml.has(name)) error(node, `HTML element <${name}> is not part of the content vocabulary`, `use Markdown, or one of: ${vocabularyTags.join(', ')}`)
      for (const child of node.children as RootContent[]) walk(child, { ...ctx, topLevel: false })
      return
    }
    if (!(name in vocabulary)) {
      const guess = didYouMean(name, vocabularyTags)
      error(node, `unknown component <${name}>`, guess ? `did you mean <${guess}>?` : `the components are: ${vocabularyTags.join(', ')}`)
      return
    }
    const tag = name as VocabularyTag
    const spec = vocabulary[tag] as { only?: string; hint: string }
    if (kind === 'module' && ['Question', 'Stage', 'TeachingPoints'].includes(tag)) {
      error(node, `<${tag}> does not belong in module.mdx`, 'put questions in sections and stages in cases/*.mdx')
      return
    }
    if (spec.only === 'question' && ctx.parent !== 'Question') {
      error(node, `<${tag}> must be a direct child of a <Question>`, spec.hint)
      return
    }
    if (spec.only === 'case-top-level' && (kind !== 'case' || !ctx.topLevel)) {
      error(node, kind === 'case' ? `<${tag}> must be at the top level of the case, not inside another element` : `<${tag}> is only used in case files (cases/*.mdx)`, spec.hint)
      return
    }
    if (spec.only === 'case' && kind !== 'case') {
      error(node, `<${tag}> is only used in case files (cases/*.mdx)`, spec.hint)
      return
    }
    switch (tag) {
      case 'Question':
        if (ctx.inQuestion) {
          error(node, 'a <Question> cannot contain another <Question>', 'close the first one with </Question> before starting the next')
          return
        }
        checkQuestion(node, ctx.stage)
        return
      case 'Choice':
      case 'Explanation':
        // Checked as part of their question; walk their contents for nested mistakes.
        for (const child of node.children as RootContent[]) walk(child, { ...ctx, parent: tag, topLevel: false })
        return
      case 'Stage': {
        const props = readProps(node, 'Stage')
        const index = report.stages.length
        report.stages.push({ title: typeof props.title === 'string' ? props.title : '', questionIds: [] })
        const before = report.questions.length
        for (const child of node.children as RootContent[]) walk(child, { parent: 'Stage', topLevel: false, stage: index })
        report.stages[index].questionIds = report.questions.slice(before).map((q) => q.id)
        return
      }
      case 'Ref': {
        const props = readProps(node, 'Ref')
        if (typeof props.id === 'string') checkRefId(node, props.id)
        return
      }
      case 'Figure': {
        const props = readProps(node, 'Figure')
        if (typeof props.src === 'string') {
          if (!props.src.startsWith('./')) error(node, `figure src "${props.src}" must be a path relative to this file`, 'for example src="./figures/name.svg"')
          else if (!input.fileExists(props.src)) error(node, `figure file ${props.src} does not exist`, 'put the image under this module\'s figures/ folder')
        }
        return
      }
      default:
        readProps(node, tag)
        for (const child of node.children as RootContent[]) walk(child, { ...ctx, parent: tag, topLevel: false })
    }
  }

  for (const child of tree.children) walk(child, { topLevel: true })

  if (kind === 'case' && report.stages.length === 0 && !report.diagnostics.some((d) => d.message.startsWith('MDX syntax')))
    error(tree.children.find((n) => n.type !== 'yaml') ?? tree, 'a case needs at least one <Stage title="…">', 'split the case into stages: presentation, assessment, management, follow-up')
  return report
}

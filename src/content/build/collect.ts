/**
 * Reads every MDX file under modules/, validates each, checks what only the whole
 * collection can show (duplicate ids, missing module.mdx), and assembles the catalog
 * and the question index. Used by the Vite plugin, check:content and content:report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { ModuleFrontmatter, Reference, SectionFrontmatter } from '../schemas.ts'
import type { CatalogCase, CatalogModule, CatalogSection, QuestionMeta } from '../types.ts'
import type { Diagnostic } from './diagnostics.ts'
import { validateFile, type FileKind, type FileReport } from './validate-file.ts'

export interface ContentFile {
  /** Repository-relative path with forward slashes. */
  file: string
  absPath: string
  kind: FileKind
  moduleId: string
  /** NN of a section file. */
  order?: number
}

export interface FileStats {
  file: string
  moduleId: string
  kind: FileKind
  words: number
  questions: number
}

export interface Collection {
  root: string
  modules: CatalogModule[]
  questions: QuestionMeta[]
  files: FileStats[]
  diagnostics: Diagnostic[]
  /** File path → report, for the MDX transform to reuse. */
  reports: Map<string, FileReport>
}

const sectionName = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/
const caseName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/

/** Lists the content files and says which ones sit where no file should. */
export function discover(root: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const modulesDir = join(root, 'modules')
  const files: ContentFile[] = []
  const diagnostics: Diagnostic[] = []
  if (!existsSync(modulesDir)) return { files, diagnostics }
  const rel = (p: string) => relative(root, p).split(sep).join('/')
  const misplaced = (p: string, hint: string) =>
    diagnostics.push({ file: rel(p), line: 1, column: 1, message: 'this file is not in a place the content pipeline reads', hint })

  for (const moduleId of readdirSync(modulesDir).sort()) {
    const dir = join(modulesDir, moduleId)
    if (!statSync(dir).isDirectory()) {
      if (moduleId.endsWith('.mdx')) misplaced(dir, 'content lives in modules/<module-id>/')
      continue
    }
    const hasModule = existsSync(join(dir, 'module.mdx'))
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (name === 'cases' && statSync(p).isDirectory()) {
        for (const c of readdirSync(p).sort()) {
          if (!c.endsWith('.mdx')) continue
          if (!caseName.test(c)) misplaced(join(p, c), 'name case files in kebab-case, e.g. cases/persistent-low-back-pain.mdx')
          else files.push({ file: rel(join(p, c)), absPath: join(p, c), kind: 'case', moduleId })
        }
        continue
      }
      if (!name.endsWith('.mdx')) continue
      if (name === 'module.mdx') files.push({ file: rel(p), absPath: p, kind: 'module', moduleId })
      else {
        const m = sectionName.exec(name)
        if (m) files.push({ file: rel(p), absPath: p, kind: 'section', moduleId, order: Number(m[1]) })
        else misplaced(p, 'name sections NN-slug.mdx, e.g. 03-central-sensitization.mdx')
      }
    }
    if (!hasModule && files.some((f) => f.moduleId === moduleId))
      diagnostics.push({ file: `modules/${moduleId}`, line: 1, column: 1, message: `module folder has no module.mdx`, hint: 'run npm run new:section after creating modules/<id>/module.mdx (see modules/README.md)' })
  }
  return { files, diagnostics }
}

export interface CollectOptions {
  /** Reads a file's text; the dev server passes a cached reader. */
  read?: (absPath: string) => string
  /** Keep draft modules and files in the catalog (the dev server and tests); production builds leave them out. */
  includeDrafts?: boolean
  /** Reports kept between runs, keyed by file; reused when the text and module references are unchanged. */
  cache?: Map<string, { key: string; report: FileReport }>
}

export function collect(root: string, options: CollectOptions = {}): Collection {
  root = resolve(root)
  const read = options.read ?? ((p: string) => readFileSync(p, 'utf8'))
  const { files, diagnostics } = discover(root)
  const reports = new Map<string, FileReport>()
  const modules: CatalogModule[] = []
  const questions: QuestionMeta[] = []
  const stats: FileStats[] = []

  const moduleFiles = files.filter((f) => f.kind === 'module')
  const moduleRefs = new Map<string, Reference[]>()
  const run = (f: ContentFile, refs: Reference[]) => {
    const text = read(f.absPath)
    const key = `${text}\u0000${JSON.stringify(refs)}`
    const cached = options.cache?.get(f.file)
    const report = cached?.key === key ? cached.report : validateFile({
      file: f.file,
      text,
      kind: f.kind,
      moduleId: f.moduleId,
      moduleReferences: refs,
      fileExists: (p) => existsSync(resolve(dirname(f.absPath), p)),
    })
    options.cache?.set(f.file, { key, report })
    reports.set(f.file, report)
    diagnostics.push(...report.diagnostics)
    return report
  }

  const seen = new Map<string, Map<string, string>>([['module', new Map()], ['section', new Map()], ['case', new Map()], ['question', new Map()]])
  const claim = (kind: string, id: string, file: string, pos: { line: number; column: number }) => {
    const where = `${file}:${pos.line}:${pos.column}`
    const first = seen.get(kind)!.get(id)
    if (first) diagnostics.push({ file, ...pos, message: `duplicate ${kind} id \`${id}\``, hint: `first used at ${first}; ids must be unique across modules/` })
    else seen.get(kind)!.set(id, where)
  }

  for (const mf of moduleFiles) {
    const report = run(mf, [])
    const fm = report.frontmatter as ModuleFrontmatter | undefined
    if (!fm) continue
    claim('module', fm.id, mf.file, report.locate(['id']))
    if (fm.id !== mf.moduleId)
      diagnostics.push({ file: mf.file, ...report.locate(['id']), message: `module id \`${fm.id}\` does not match its folder \`${mf.moduleId}\``, hint: 'the folder name is the module id; rename one of them' })
    moduleRefs.set(mf.moduleId, fm.references)
    modules.push({ ...fm, id: mf.moduleId, file: mf.file, references: fm.references, sections: [], cases: [] })
  }

  for (const f of files) {
    if (f.kind === 'module') continue
    const refs = moduleRefs.get(f.moduleId) ?? []
    const report = run(f, refs)
    stats.push({ file: f.file, moduleId: f.moduleId, kind: f.kind, words: report.words, questions: report.questions.length })
    const fm = report.frontmatter as SectionFrontmatter | undefined
    for (const q of report.questions) claim('question', q.id, f.file, q)
    if (!fm) continue
    claim(f.kind, fm.id, f.file, report.locate(['id']))
    // Numbered in order of first citation (Vancouver style), then any uncited own references.
    const own = fm.references
    const byId = new Map([...refs, ...own].map((r) => [r.id, r]))
    const citedInOrder = [...report.citedReferences].flatMap((id) => byId.get(id) ?? [])
    const references = [...citedInOrder, ...own.filter((r) => !report.citedReferences.has(r.id))]
    const base = {
      id: fm.id,
      moduleId: f.moduleId,
      title: fm.title,
      summary: fm.summary,
      topics: fm.topics,
      estimatedMinutes: fm.estimatedMinutes,
      file: f.file,
      references,
      questionIds: report.questions.map((q) => q.id),
      ...(fm.draft ? { draft: true } : {}),
    }
    for (const q of report.questions) {
      questions.push({
        id: q.id,
        moduleId: f.moduleId,
        owner: { kind: f.kind === 'case' ? 'case' : 'section', id: fm.id, ...(q.stage !== undefined ? { stage: q.stage } : {}) },
        file: f.file,
        line: q.line,
        column: q.column,
        topics: q.topics,
        difficulty: q.difficulty,
        select: q.select,
        choiceIds: q.choiceIds,
        correctIds: q.correctIds,
        refs: q.refs,
        contentHash: q.contentHash,
        preview: q.preview,
      })
    }
    const mod = modules.find((m) => m.id === f.moduleId)
    if (!mod) continue
    if (f.kind === 'section') mod.sections.push({ kind: 'section', order: f.order ?? 0, ...base } satisfies CatalogSection)
    else mod.cases.push({ kind: 'case', ...base, stages: report.stages } satisfies CatalogCase)
  }

  for (const m of modules) {
    m.sections.sort((a, b) => a.order - b.order)
    const orders = new Map<number, string>()
    for (const s of m.sections) {
      const other = orders.get(s.order)
      if (other) diagnostics.push({ file: s.file, line: 1, column: 1, message: `two sections share the number ${String(s.order).padStart(2, '0')}`, hint: `${other} has it too; renumber one` })
      orders.set(s.order, s.file)
    }
    m.cases.sort((a, b) => a.title.localeCompare(b.title))
  }
  modules.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
  if (options.includeDrafts === false) return withoutDrafts({ root, modules, questions, files: stats, diagnostics, reports })
  return { root, modules, questions, files: stats, diagnostics, reports }
}

/** What a production build publishes: no draft module, section or case, and none of their items. */
export function withoutDrafts(c: Collection): Collection {
  const modules = c.modules
    .filter((m) => !m.draft)
    .map((m) => ({ ...m, sections: m.sections.filter((s) => !s.draft), cases: m.cases.filter((x) => !x.draft) }))
  const published = new Set(modules.flatMap((m) => [...m.sections, ...m.cases].map((x) => x.file)))
  return {
    ...c,
    modules,
    questions: c.questions.filter((q) => published.has(q.file)),
    files: c.files.filter((f) => published.has(f.file)),
  }
}

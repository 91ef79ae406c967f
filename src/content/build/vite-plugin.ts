/**
 * The content pipeline inside Vite: validates modules/ at build start (failing the build
 * with every error), serves the catalog and question index as virtual modules, compiles
 * MDX with the Dolor vocabulary, and compiles any single question as its own tiny chunk.
 */
import { readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import mdx from '@mdx-js/rollup'
import { compile } from '@mdx-js/mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Plugin, PluginOption, ViteDevServer } from 'vite'
import { collect, type Collection } from './collect.ts'
import { buildSearchIndex } from './search-index.ts'
import { ContentError, formatReport } from './diagnostics.ts'
import remarkDolor from './remark-dolor.ts'

export const CATALOG_ID = 'virtual:dolor/catalog'
export const QUESTIONS_ID = 'virtual:dolor/questions'
export const QUESTION_PREFIX = 'virtual:dolor/question/'
export const SEARCH_ID = 'virtual:dolor/search'
/** One reference list chunk per module: `virtual:dolor/references/<moduleId>`. */
export const REFERENCES_PREFIX = 'virtual:dolor/references/'
export const INTERACTIONS_ID = 'virtual:dolor/interactions'
export const OUTLINE_ID = 'virtual:dolor/outline'

export const mdxOptions = {
  providerImportSource: '@mdx-js/react',
  remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDolor],
}

export function catalogCode(c: Collection): string {
  const loaders = c.modules
    .flatMap((m) => [m.file, ...m.sections.map((s) => s.file), ...m.cases.map((x) => x.file)])
    .map((file) => `  ${JSON.stringify(file)}: () => import(${JSON.stringify(join(c.root, file))}),`)
  // Reference lists are most of the catalog's weight and no list page needs them: they load
  // with the first page of their module that shows prose (virtual:dolor/references/<moduleId>).
  const light = c.modules.map((m) => ({
    ...m,
    references: [],
    sections: m.sections.map((s) => ({ ...s, references: [] })),
    cases: m.cases.map((x) => ({ ...x, references: [] })),
  }))
  const references = c.modules.map((m) => `  ${JSON.stringify(m.id)}: () => import(${JSON.stringify(REFERENCES_PREFIX + m.id)}),`)
  return `export const modules = ${JSON.stringify(light)};\nexport const loaders = {\n${loaders.join('\n')}\n};\nexport const referenceLoaders = {\n${references.join('\n')}\n};\n`
}

/** What the library lists, and nothing more: the first page a fellow opens carries only this. */
export function outlineCode(c: Collection): string {
  const outline = c.modules.map((m) => ({
    id: m.id,
    title: m.title,
    summary: m.summary,
    estimatedMinutes: m.estimatedMinutes,
    ...(m.draft ? { draft: true } : {}),
    sections: m.sections.map((s) => ({ id: s.id, title: s.title })),
    cases: m.cases.map((x) => ({ id: x.id })),
  }))
  return `export const outline = ${JSON.stringify(outline)};\n`
}

export function referencesCode(c: Collection, moduleId: string): string {
  const m = c.modules.find((x) => x.id === moduleId)
  if (!m) throw new Error(`No module with id ${moduleId}`)
  const byFile = Object.fromEntries([[m.file, m.references], ...m.sections.map((s) => [s.file, s.references]), ...m.cases.map((x) => [x.file, x.references])])
  return `export const references = ${JSON.stringify(byFile)};\n`
}

export function questionsCode(c: Collection): string {
  const index = Object.fromEntries(c.questions.map((q) => [q.id, q]))
  const loaders = c.questions.map((q) => `  ${JSON.stringify(q.id)}: () => import(${JSON.stringify(QUESTION_PREFIX + q.id)}),`)
  return `export const questions = ${JSON.stringify(index)};\nexport const loaders = {\n${loaders.join('\n')}\n};\n`
}

/** Choice texts by item, loaded only by the xAPI sender, which must describe an item it does not render. */
export function interactionsCode(c: Collection): string {
  const byId = Object.fromEntries(
    c.questions.map((q) => {
      const extracted = c.reports.get(q.file)?.questions.find((x) => x.id === q.id)
      return [q.id, extracted?.choiceTexts ?? []]
    }),
  )
  return `export const choiceTexts = ${JSON.stringify(byId)};\n`
}

export function searchCode(c: Collection): string {
  return `export const search = ${JSON.stringify(buildSearchIndex(c))};\n`
}

export function dolorContent(options: { root?: string } = {}): PluginOption[] {
  let root = ''
  let isBuild = false
  let collection: Collection | undefined
  const cache: NonNullable<Parameters<typeof collect>[1]>['cache'] = new Map()
  // Drafts are for authors: the dev server (and the tests it serves) shows them, a build does not.
  const refresh = () => (collection = collect(root, { cache, includeDrafts: !isBuild }))
  const current = () => collection ?? refresh()
  const isContent = (id: string) => id.endsWith('.mdx') && resolve(id).startsWith(join(root, 'modules') + sep)
  const rel = (id: string) => relative(root, id).split(sep).join('/')

  const invalidate = (server: ViteDevServer) => {
    for (const id of [CATALOG_ID, OUTLINE_ID, QUESTIONS_ID, SEARCH_ID, INTERACTIONS_ID]) {
      const mod = server.moduleGraph.getModuleById(`\0${id}`)
      if (mod) server.moduleGraph.invalidateModule(mod)
    }
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.startsWith(`\0${QUESTION_PREFIX}`) || mod.id?.startsWith(`\0${REFERENCES_PREFIX}`)) server.moduleGraph.invalidateModule(mod)
    }
  }

  const content: Plugin = {
    name: 'dolor:content',
    enforce: 'pre',
    configResolved(config) {
      root = resolve(options.root ?? config.root)
      isBuild = config.command === 'build'
    },
    buildStart() {
      const c = refresh()
      if (isBuild && c.diagnostics.length) this.error(`Content check failed:\n${formatReport(c.diagnostics)}`)
    },
    configureServer(server) {
      server.watcher.add(join(root, 'modules'))
      const onChange = (path: string) => {
        if (!path.endsWith('.mdx') || !isContent(path)) return
        const before = JSON.stringify([current().modules, current().questions])
        const c = refresh()
        if (JSON.stringify([c.modules, c.questions]) !== before || c.diagnostics.length) {
          invalidate(server)
          server.ws.send({ type: 'full-reload' })
        }
      }
      server.watcher.on('add', onChange)
      server.watcher.on('unlink', onChange)
      server.watcher.on('change', onChange)
    },
    resolveId(id) {
      if ([CATALOG_ID, OUTLINE_ID, QUESTIONS_ID, SEARCH_ID, INTERACTIONS_ID].includes(id) || id.startsWith(QUESTION_PREFIX) || id.startsWith(REFERENCES_PREFIX)) return `\0${id}`
      return undefined
    },
    async load(id) {
      if (!id.startsWith('\0virtual:dolor/')) return undefined
      const c = current()
      if (c.diagnostics.length) throw new ContentError(c.diagnostics, root)
      if (id === `\0${CATALOG_ID}`) return catalogCode(c)
      if (id === `\0${OUTLINE_ID}`) return outlineCode(c)
      if (id === `\0${QUESTIONS_ID}`) return questionsCode(c)
      if (id === `\0${SEARCH_ID}`) return searchCode(c)
      if (id.startsWith(`\0${REFERENCES_PREFIX}`)) return referencesCode(c, id.slice(`\0${REFERENCES_PREFIX}`.length))
      if (id === `\0${INTERACTIONS_ID}`) return interactionsCode(c)
      const questionId = id.slice(`\0${QUESTION_PREFIX}`.length)
      const meta = c.questions.find((q) => q.id === questionId)
      const extracted = meta && c.reports.get(meta.file)?.questions.find((q) => q.id === questionId)
      if (!meta || !extracted) throw new Error(`No question with id ${questionId}`)
      const absPath = join(root, meta.file)
      this.addWatchFile(absPath)
      const text = readFileSync(absPath, 'utf8')
      // Keep the item's own indentation so its lines line up as they did in the file.
      const source = ' '.repeat(meta.column - 1) + text.slice(extracted.startOffset, extracted.endOffset)
      const out = await compile({ value: source, path: absPath }, { ...mdxOptions, remarkPlugins: [remarkGfm, remarkDolor] })
      return String(out.value)
    },
    transform(_code, id) {
      if (!isContent(id)) return undefined
      const file = rel(id)
      const errors = current().diagnostics.filter((d) => d.file === file)
      if (errors.length) throw new ContentError(errors, root)
      return undefined
    },
  }

  return [content, { enforce: 'pre', ...mdx(mdxOptions) }]
}

/**
 * After `vite build` (the browser app in dist/) and `vite build --ssr` (dist-ssr/), writes each
 * published content page as static HTML: dist/index.html for the library, dist/<path>.html for
 * the rest (static hosts serve /a/b from a/b.html). The untouched app shell stays in
 * dist/shell.html, which the service worker serves for every navigation.
 *
 * Hosts that answer unknown paths with index.html (SPA fallback) would show the library's HTML
 * for, say, /assess: each page therefore records its own path, an inline script hides a page
 * that arrived at the wrong address, and src/main.tsx renders the right one from scratch.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '..')
// --dist DIR --ssr DIR: another build's folders (the benchmark builds into its own).
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return resolve(root, i > 0 ? process.argv[i + 1]! : fallback)
}
const dist = arg('--dist', 'dist')
const ssr = arg('--ssr', 'dist-ssr')
const base = process.env.DOLOR_BASE ?? '/'
const basename = base.replace(/\/$/, '') || '/'

const server = (await import(pathToFileURL(join(ssr, 'entry-server.js')).href)) as {
  prerenderPaths: () => string[]
  render: (path: string, basename: string) => Promise<string>
}
const shell = readFileSync(join(dist, 'shell.html'), 'utf8')
if (!shell.includes('<div id="root"></div>')) throw new Error('dist/shell.html has no empty <div id="root"></div> to fill')

// The stylesheet (a few kB compressed) goes inline: one render-blocking request fewer before
// the first paint on a slow connection. The shell keeps its <link> for pages rendered in the browser.
const stylesheet = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/.exec(shell)
if (!stylesheet) throw new Error('dist/shell.html links no stylesheet to inline')
const css = readFileSync(join(dist, stylesheet[1]!.slice(base.length)), 'utf8')
if (css.includes('url(')) throw new Error('the stylesheet refers to files by url(): inlining it would break their paths')
// The app's entry starts after the first contentful paint: the page is readable without it, and on
// a slow phone neither downloading nor evaluating the framework should compete with the text. So no
// script or module preload is requested before then; once text is on screen, a tiny starter at the
// end of <body> requests the entry together with the chunks it imports (no request waterfall). A
// hidden tab never paints, and some browsers do not report paints, so a timer starts it there.
const entry = /<script type="module" crossorigin src="([^"]+\.js)"><\/script>/.exec(shell)
if (!entry) throw new Error('dist/shell.html has no module entry script to defer')
const preloads = [...shell.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+\.js)">/g)]
const bootAfterPaint =
  `<script id="boot-after-paint">(function(){var started=false;function add(tag,attrs){var e=document.createElement(tag);e.crossOrigin='';for(var k in attrs)e[k]=attrs[k];document.head.appendChild(e)}` +
  `function start(){if(started)return;started=true;${JSON.stringify(preloads.map((m) => m[1]))}.forEach(function(h){add('link',{rel:'modulepreload',href:h})});add('script',{type:'module',src:${JSON.stringify(entry[1])}})}` +
  `try{new PerformanceObserver(function(list){if(list.getEntriesByName('first-contentful-paint').length)setTimeout(start,0)}).observe({type:'paint',buffered:true})}catch(e){}setTimeout(start,1000)})()</script>`
const page = [...preloads.map((m) => m[0]), entry[0]]
  .reduce((html, tag) => html.replace(tag, ''), shell)
  .replace(stylesheet[0], () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`)
  .replace('</body>', () => `${bootAfterPaint}</body>`)
  // The first frame waits until the whole page is parsed (rel=expect): painting a long section as
  // it streams in lays it out again at every step, which costs a slow phone more than it gains.
  .replace('</head>', () => `<link rel="expect" href="#boot-after-paint" blocking="render"></head>`)

const escapeTitle = (t: string) => t.replace(/</g, '&lt;')
let count = 0
for (const path of server.prerenderPaths()) {
  let body = await server.render(path, basename)
  // React renders <title> where the page declares it; a static page carries it in <head>.
  let title = 'Dolor'
  body = body.replace(/<title>(.*?)<\/title>/, (_, t: string) => {
    title = t
    return ''
  })
  const pathname = path === '/' ? base : `${basename === '/' ? '' : basename}${path}`
  const guard = `<style>[data-wrong-page] #root{display:none}</style><script>if(location.pathname.replace(/\\/$/,'')!==${JSON.stringify(pathname.replace(/\/$/, ''))})document.documentElement.setAttribute('data-wrong-page','')</script>`
  const html = page
    .replace(/<title>.*?<\/title>/, `<title>${escapeTitle(title)}</title>${guard}`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${pathname}">${body}</div>`)
  const file = path === '/' ? join(dist, 'index.html') : join(dist, `${path}.html`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, html)
  count++
}
console.log(`Prerendered ${count} pages into ${dist}`)

/**
 * Build-time rendering of the pages whose content does not depend on the fellow: the library,
 * module pages, sections and cases. Their HTML arrives ready to read (fast first paint on slow
 * phones) and the app hydrates it; everything else is rendered in the browser as before.
 */
import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { routes } from '@/app/routes'
import { catalog } from '@/content/catalog'

/** Every page prerendered: published content only (drafts never reach a build). */
export function prerenderPaths(): string[] {
  return [
    '/',
    ...catalog.flatMap((m) => [`/modules/${m.id}`, ...m.sections.map((s) => `/modules/${m.id}/${s.id}`), ...m.cases.map((c) => `/modules/${m.id}/cases/${c.id}`)]),
  ]
}

/** The page's HTML once every lazy chunk has loaded. */
export async function render(path: string, basename: string): Promise<string> {
  const handler = createStaticHandler(routes, { basename })
  const context = await handler.query(new Request(new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${path} answered with a redirect (${context.status})`)
  if (context.statusCode !== 200) throw new Error(`${path} rendered with status ${context.statusCode}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const errors: unknown[] = []
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} />
    </StrictMode>,
    {
      // Inline every boundary: a static page gains nothing from React's progressive reveal, and
      // moving a large section into place after the first paint would shift the layout.
      progressiveChunkSize: Number.MAX_SAFE_INTEGER,
      onError: (error) => {
        errors.push(error)
      },
    },
  )
  if (errors.length) throw new Error(`${path} failed to render: ${errors.map(String).join('; ')}`)
  // One decoder for the whole stream, so a character split across two chunks survives.
  const decoder = new TextDecoder()
  let html = ''
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true })
  return html + decoder.decode()
}

/**
 * A private copy of the production build behind its own loopback server, so that a test can
 * deploy a "next version" into it (as a host would) without touching the build other tests use.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.map': 'application/json',
}

export interface SiteCopy {
  url: string
  /** Rewrites one file of the copy, as the next deployment would. */
  edit(path: string, change: (text: string) => string): void
  close(): Promise<void>
}

export async function serveCopyOfBuild(): Promise<SiteCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'dolor-site-'))
  cpSync('dist', dir, { recursive: true })
  // Like the preview server: a file, else the prerendered page (path.html or path/index.html), else the shell.
  // (URL parsing has already resolved any "..".)
  const resolve = (pathname: string): string => {
    const candidates = [pathname, `${pathname}.html`, join(pathname, 'index.html')].map((p) => join(dir, decodeURIComponent(p)))
    return candidates.find((p) => existsSync(p) && statSync(p).isFile()) ?? join(dir, 'shell.html')
  }
  const server = createServer((req, res) => {
    const file = resolve(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    // Service worker scripts must be re-checked on every update check, as a host should serve them.
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    edit(path, change) {
      const file = join(dir, path)
      writeFileSync(file, change(readFileSync(file, 'utf8')))
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections()
        server.close(() => {
          rmSync(dir, { recursive: true, force: true })
          done()
        })
      }),
  }
}

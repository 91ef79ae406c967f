/**
 * The test's own LRS: the shared fake LRS behind a loopback HTTP server, with the CORS headers
 * a real LRS must send for Dolor (another origin) to reach it from the browser.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createFakeLrs, type FakeLrs } from '../support/fake-lrs'

export interface RunningLrs {
  lrs: FakeLrs
  endpoint: string
  close(): Promise<void>
}

export async function startLrs(): Promise<RunningLrs> {
  const lrs = createFakeLrs()
  const server: Server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
      'Access-Control-Expose-Headers': 'X-Experience-API-Version',
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end()
      return
    }
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]))
      const reply = lrs.handle({ method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers, body })
      res.writeHead(reply.status, { ...cors, 'X-Experience-API-Version': '1.0.3', ...reply.headers }).end(reply.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { lrs, endpoint: `http://127.0.0.1:${port}/xapi/`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

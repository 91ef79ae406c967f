/**
 * A small Learning Record Store that follows the xAPI 1.0.3 statement resource closely enough
 * to test a client against: POST (one or many) and PUT ?statementId=, Basic auth, the version
 * header, 400 for malformed or self-duplicating batches, 409 when an id is already stored (the
 * batch is then refused whole, as the spec allows), and GET /about. Used behind MSW in component
 * tests and behind a loopback HTTP server in e2e, so both play the same LRS.
 */
export interface LrsRequest {
  method: string
  url: URL
  headers: Record<string, string | undefined>
  body: string
}

export interface LrsReply {
  status: number
  headers?: Record<string, string>
  body?: string
}

export interface FakeLrs {
  handle(request: LrsRequest): LrsReply
  /** Stored statements by id, in arrival order. */
  stored: Map<string, unknown>
  /** Every request that reached the statements resource, for asserting retries. */
  log: { method: string; ids: string[]; status: number }[]
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export function createFakeLrs(options: { username?: string; password?: string; base?: string } = {}): FakeLrs {
  const username = options.username ?? 'dolor-key'
  const password = options.password ?? 'dolor-secret'
  const base = options.base ?? '/xapi/'
  const stored = new Map<string, unknown>()
  const log: FakeLrs['log'] = []
  const expected = `Basic ${btoa(`${username}:${password}`)}`
  const json = (status: number, value: unknown): LrsReply => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) })

  const problem = (s: unknown): string | undefined => {
    if (!s || typeof s !== 'object') return 'statement is not an object'
    const st = s as Record<string, unknown>
    if (typeof st.id !== 'string' || !uuid.test(st.id)) return 'id is not a UUID'
    if (!st.actor || !st.verb || !st.object) return 'actor, verb and object are required'
    return undefined
  }

  function handle(raw: LrsRequest): LrsReply {
    // Header names are case-insensitive; not every Headers implementation lowercases them.
    const request = { ...raw, headers: Object.fromEntries(Object.entries(raw.headers).map(([k, v]) => [k.toLowerCase(), v])) }
    const path = request.url.pathname
    if (path === `${base}about` && request.method === 'GET') return json(200, { version: ['1.0.3'] })
    if (path !== `${base}statements`) return { status: 404 }
    if (request.headers.authorization !== expected) return { status: 401, body: 'Unauthorized' }
    if (!request.headers['x-experience-api-version']?.startsWith('1.0')) return { status: 400, body: 'X-Experience-API-Version header missing' }

    if (request.method === 'GET') return json(200, { statements: [...stored.values()].slice(-1), more: '' })

    let parsed: unknown
    try {
      parsed = JSON.parse(request.body)
    } catch {
      return { status: 400, body: 'Body is not JSON' }
    }
    const statements = Array.isArray(parsed) ? parsed : [parsed]
    const ids = statements.map((s) => (s as { id?: string })?.id ?? '')
    const reply = (() => {
      if (request.method === 'PUT') {
        const id = request.url.searchParams.get('statementId')
        if (Array.isArray(parsed) || !id || id !== ids[0]) return { status: 400, body: 'statementId must match the statement' }
      } else if (request.method !== 'POST') return { status: 405 }
      const bad = statements.map(problem).find(Boolean)
      if (bad) return { status: 400, body: bad }
      if (new Set(ids).size !== ids.length) return { status: 400, body: 'Batch contains the same id twice' }
      if (ids.some((id) => stored.has(id))) return { status: 409, body: 'A statement with this id already exists' }
      for (const s of statements) stored.set((s as { id: string }).id, s)
      return request.method === 'PUT' ? { status: 204 } : json(200, ids)
    })()
    log.push({ method: request.method, ids, status: reply.status })
    return reply
  }

  return { handle, stored, log }
}

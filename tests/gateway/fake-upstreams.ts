import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { NginxUpstreams } from './nginx-harness.js'

export type UpstreamName = keyof NginxUpstreams

/** What a fake upstream saw of one request. */
export interface SeenRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
}

export interface FakeUpstream {
  name: UpstreamName
  /** 'host:port' */
  address: string
  seen: SeenRequest[]
  close(): Promise<void>
}

/** A body big enough to be gzipped (well above 1 KB). */
export const BIG_BODY = {
  items: Array.from({ length: 200 }, (_, id) => ({ id, title: `Course number ${id}`, level: 'beginner' })),
}

/**
 * A stand-in for one service, answering the way the real ones do where the gateway suite looks
 * (GET /health, error-shaped JSON 404 "Route GET /x not found", POST /auth/login → 422/401 on the
 * user service) plus probes for the Nginx-only tests:
 * - any path containing `/__echo` → 200 {service, method, url, request_id, headers}
 * - `/__big` → a JSON body of several KB, `/__slow?ms=N` → answers after N ms
 * - `/__status/<code>` → that status with the fake's own JSON error body (and Retry-After: 7 on 429)
 * - any path with an `internal` segment → 200, so a gateway that lets one through is caught
 * - `/docs/`, `/docs/json` → a tiny Swagger page and document; `/verify/<code>` → an HTML page
 * Every answer echoes X-Request-ID and carries its own X-Frame-Options / X-Content-Type-Options,
 * as a service behind helmet would, so duplicates added by the gateway would show.
 */
export async function startFakeUpstream(name: UpstreamName): Promise<FakeUpstream> {
  const seen: SeenRequest[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers })
      handle(name, request, Buffer.concat(chunks).toString('utf8'), response)
    })
  })
  // Longer than Nginx's upstream keepalive_timeout (60 s), so a reused connection is never half-closed.
  server.keepAliveTimeout = 75_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    name,
    address: `127.0.0.1:${port}`,
    seen,
    close: () => closeServer(server),
  }
}

export interface FakeUpstreams {
  upstreams: NginxUpstreams
  fakes: Record<UpstreamName, FakeUpstream>
  close(): Promise<void>
}

/** One fake per service. */
export async function startFakeUpstreams(): Promise<FakeUpstreams> {
  const names: UpstreamName[] = ['user', 'course', 'enrollment', 'progress', 'certificate']
  const started = await Promise.all(names.map((name) => startFakeUpstream(name)))
  const fakes = Object.fromEntries(started.map((fake) => [fake.name, fake])) as Record<
    UpstreamName,
    FakeUpstream
  >
  const upstreams = Object.fromEntries(started.map((fake) => [fake.name, fake.address])) as Record<
    UpstreamName,
    string
  >
  return {
    upstreams,
    fakes,
    close: async () => void (await Promise.all(started.map((fake) => fake.close()))),
  }
}

function handle(name: UpstreamName, request: IncomingMessage, body: string, response: ServerResponse) {
  const method = request.method ?? 'GET'
  const url = request.url ?? '/'
  const path = url.split('?')[0] ?? '/'
  const requestId = request.headers['x-request-id']
  if (typeof requestId === 'string') response.setHeader('x-request-id', requestId)
  response.setHeader('x-frame-options', 'SAMEORIGIN')
  response.setHeader('x-content-type-options', 'nosniff')

  if (path === '/health') {
    return json(response, 200, {
      status: 'healthy',
      service: `${name}-service`,
      version: '1.0.0',
      dependencies: { database: 'up' },
    })
  }
  if (/(^|\/)internal(\/|$)/i.test(path)) return json(response, 200, { internal: true, service: name })
  if (path.includes('/__echo')) {
    return json(response, 200, {
      service: name,
      method,
      url,
      request_id: requestId ?? null,
      headers: request.headers,
      body,
    })
  }
  if (path.endsWith('/__big')) return json(response, 200, BIG_BODY)
  if (path.endsWith('/__slow')) {
    const ms = Number(new URL(url, 'http://fake').searchParams.get('ms') ?? 3000)
    const timer = setTimeout(() => json(response, 200, { slow: true }), ms)
    response.once('close', () => clearTimeout(timer))
    return
  }
  const status = /\/__status\/(\d{3})$/.exec(path)
  if (status) {
    const code = Number(status[1])
    if (code === 429) response.setHeader('retry-after', '7')
    return json(response, code, { success: false, message: 'the fake says so', error_code: 'FAKE_UPSTREAM' })
  }
  if (path === '/docs/') return html(response, `<!doctype html><title>${name} docs</title>`)
  if (path === '/docs/json') {
    return json(response, 200, { openapi: '3.0.3', info: { title: `${name}-service` }, paths: {} })
  }
  if (name === 'certificate' && /^\/verify\/[^/]+$/.test(path)) {
    return html(response, `<!doctype html><title>Certificate ${path.slice('/verify/'.length)}</title>`)
  }
  if (name === 'user' && method === 'POST' && path === '/auth/login') return login(body, response)
  // As service-kit answers: the path named with the prefix the gateway stripped.
  const prefix = request.headers['x-forwarded-prefix'] ?? ''
  if (path === '/courses' && method === 'DELETE') {
    response.setHeader('allow', 'GET, HEAD, POST')
    return json(response, 405, {
      success: false,
      message: `Method ${method} is not allowed on ${prefix}${path}; allowed: GET, HEAD, POST`,
      error_code: 'METHOD_NOT_ALLOWED',
    })
  }
  return json(response, 404, {
    success: false,
    message: `Route ${method} ${prefix}${path} not found`,
    error_code: 'NOT_FOUND',
  })
}

function login(body: string, response: ServerResponse) {
  let credentials: unknown
  try {
    credentials = JSON.parse(body)
  } catch {
    credentials = undefined
  }
  const { email, password } = (credentials ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string') {
    return json(response, 422, {
      success: false,
      message: 'Request validation failed',
      error_code: 'VALIDATION_ERROR',
      details: [{ field: 'body.email', message: 'is required' }],
    })
  }
  response.setHeader('www-authenticate', 'Bearer')
  return json(response, 401, {
    success: false,
    message: 'Invalid email or password',
    error_code: 'INVALID_CREDENTIALS',
  })
}

function json(response: ServerResponse, status: number, value: unknown) {
  const text = JSON.stringify(value)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  response.end(text)
}

function html(response: ServerResponse, text: string) {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  response.end(text)
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

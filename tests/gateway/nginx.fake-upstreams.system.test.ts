import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIG_BODY } from './fake-upstreams.js'
import { defineGatewaySuite, expectJson, expectSecurityHeaders, jsonPost } from './gateway.suite.js'
import { header, type RawRequest, send } from './http-client.js'
import { GATEWAY_DIR, renderTemplate, TEMPLATE_VARIABLES } from './nginx-harness.js'
import { type NginxWithFakes, startNginxWithFakes } from './nginx-with-fakes.js'

defineGatewaySuite('nginx gateway in front of fake services', async () => {
  const { nginx, stop } = await startNginxWithFakes()
  return { baseUrl: nginx.baseUrl, stop }
})

describe('nginx gateway: what the fake services see', () => {
  let gateway: NginxWithFakes
  const call = (request: RawRequest) => send(gateway.nginx.baseUrl, request)
  beforeAll(async () => {
    gateway = await startNginxWithFakes()
  })
  afterAll(() => gateway?.stop())

  it.each([
    ['/api/v1/auth/__echo', 'user', '/auth/__echo'],
    ['/api/v1/users/7/__echo', 'user', '/users/7/__echo'],
    ['/api/v1/courses/__echo?page=2&page_size=5', 'course', '/courses/__echo?page=2&page_size=5'],
    ['/api/v1/enrollments/__echo', 'enrollment', '/enrollments/__echo'],
    ['/api/v1/progress/__echo', 'progress', '/progress/__echo'],
    ['/api/v1/certificates/__echo', 'certificate', '/certificates/__echo'],
    ['/api/v1/certificates/verify/__echo', 'certificate', '/certificates/verify/__echo'],
    ['/verify/__echo', 'certificate', '/verify/__echo'],
    ['/api/v1/admin/events/users/dead-letters/__echo', 'user', '/admin/events/users/dead-letters/__echo'],
    [
      '/api/v1/admin/events/courses/dead-letters/__echo',
      'course',
      '/admin/events/courses/dead-letters/__echo',
    ],
    [
      '/api/v1/admin/events/certificates/dead-letters/__echo',
      'certificate',
      '/admin/events/certificates/dead-letters/__echo',
    ],
    [
      '/api/v1/admin/events/enrollments/dead-letters/__echo',
      'enrollment',
      '/admin/events/enrollments/dead-letters/__echo',
    ],
    [
      '/api/v1/admin/events/progress/dead-letters/__echo',
      'progress',
      '/admin/events/progress/dead-letters/__echo',
    ],
  ])('%s reaches the %s service as %s', async (path, service, url) => {
    const response = await call({ path })
    expect(response.status).toBe(200)
    expect(response.json()).toMatchObject({ service, method: 'GET', url })
  })

  it.each([
    ['/verify?code=abc', '/verify?code=abc'],
    ['/.well-known/jwks.json', '/.well-known/jwks.json'],
  ])('%s (an exact path) reaches the certificate service as %s', async (path, url) => {
    const before = gateway.fakes.fakes.certificate.seen.length
    await call({ path })
    expect(gateway.fakes.fakes.certificate.seen.slice(before).map((seen) => seen.url)).toEqual([url])
  })

  it('forwards method, body, Authorization and client address', async () => {
    const response = await call({
      method: 'PATCH',
      path: '/api/v1/enrollments/3/__echo',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' },
      body: JSON.stringify({ status: 'active' }),
    })
    const seen = response.json()
    expect(seen).toMatchObject({ service: 'enrollment', method: 'PATCH', body: '{"status":"active"}' })
    expect(seen.headers).toMatchObject({
      authorization: 'Bearer abc.def.ghi',
      'x-forwarded-for': '127.0.0.1',
      'x-real-ip': '127.0.0.1',
    })
    // The gateway compresses; services are asked for plain bodies.
    expect(seen.headers['accept-encoding']).toBeUndefined()
  })

  it('passes the X-Request-ID it answers with to the service', async () => {
    const given = `trace-${randomUUID()}`
    const echoed = await call({ path: '/api/v1/courses/__echo', headers: { 'x-request-id': given } })
    expect(echoed.json().request_id).toBe(given)
    expect(header(echoed, 'x-request-id')).toBe(given)

    const generated = await call({ path: '/api/v1/courses/__echo' })
    expect(generated.json().request_id).toMatch(/^[0-9a-f]{32}$/)
    expect(header(generated, 'x-request-id')).toBe(generated.json().request_id)
  })

  it('replaces a client X-Request-ID that is not a sane token', async () => {
    const response = await call({ path: '/api/v1/courses/__echo', headers: { 'x-request-id': 'a b"c' } })
    expect(response.json().request_id).toMatch(/^[0-9a-f]{32}$/)
  })

  it('never lets an /internal path reach a service (the fakes would answer 200)', async () => {
    const before = Object.values(gateway.fakes.fakes).flatMap((fake) => fake.seen).length
    for (const path of [
      '/internal/users/1',
      '/api/v1/users/internal/1',
      '/api/v1/courses/1/Internal',
      '/api/v1/users/../internal/users/1',
      '/api/v1/users/%2e%2e/%2e%2e/internal/users/1',
      '/api/v1/auth/..%2F..%2Finternal/users/1',
    ]) {
      const response = await call({ path })
      expect(response.status).toBe(404)
    }
    const after = Object.values(gateway.fakes.fakes).flatMap((fake) => fake.seen)
    expect(after.length).toBe(before)
    expect(after.some((seen) => seen.url.includes('internal'))).toBe(false)
  })

  it("keeps the service's error answers as they are (no interception)", async () => {
    for (const status of [500, 502, 503, 504]) {
      const response = await call({ path: `/api/v1/courses/__status/${status}` })
      expect(response.status).toBe(status)
      expect(response.json().error_code).toBe('FAKE_UPSTREAM')
      expectSecurityHeaders(response)
    }
  })

  it("keeps a service 429's own Retry-After and adds none", async () => {
    const response = await call({ path: '/api/v1/auth/__status/429' })
    expect(response.status).toBe(429)
    expect(response.json().error_code).toBe('FAKE_UPSTREAM')
    expect(header(response, 'retry-after')).toBe('7')
  })

  it("gzips a service's big JSON answer", async () => {
    const response = await call({ path: '/api/v1/courses/__big', headers: { 'accept-encoding': 'gzip' } })
    expect(header(response, 'content-encoding')).toBe('gzip')
    expect(header(response, 'vary')).toMatch(/Accept-Encoding/)
    expect(response.json()).toEqual(BIG_BODY)
  })

  it('serves the merged docs page and each service Swagger UI under /docs/<service>/', async () => {
    const page = await call({ path: '/docs' })
    expect(page.status).toBe(200)
    for (const service of ['users', 'courses', 'enrollments', 'progress', 'certificates']) {
      expect(page.text()).toContain(`/docs/${service}/json`)
    }
    const ui = await call({ path: '/docs/courses/' })
    expect(ui.status).toBe(200)
    expect(ui.text()).toContain('course docs')
    const document = await call({ path: '/docs/enrollments/json' })
    expect(document.json().info.title).toBe('enrollment-service')
    const redirect = await call({ path: '/docs/progress' })
    expect(redirect.status).toBe(301)
    expect(header(redirect, 'location')).toBe('/docs/progress/')
  })

  it('serves the public verification page from the certificate service', async () => {
    const response = await call({ path: '/verify/ABCDEF0123456789' })
    expect(response.status).toBe(200)
    expect(header(response, 'content-type')).toMatch(/^text\/html/)
    expect(response.text()).toContain('Certificate ABCDEF0123456789')
    expectSecurityHeaders(response)
  })

  it('writes one JSON access-log line per request with the documented fields', async () => {
    const id = `log-${randomUUID()}`
    await call({ path: '/api/v1/courses/__echo?x=1', headers: { 'x-request-id': id } })
    let line: string | undefined
    for (let i = 0; i < 40 && !line; i++) {
      line = gateway.nginx.accessLog().find((entry) => entry.includes(id))
      if (!line) await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const entry = JSON.parse(line!)
    expect(entry).toMatchObject({
      request_id: id,
      method: 'GET',
      uri: '/api/v1/courses/__echo?x=1',
      status: 200,
      upstream_addr: gateway.fakes.upstreams.course,
    })
    expect(entry.request_time).toEqual(expect.any(Number))
    expect(Number(entry.upstream_response_time)).toBeGreaterThanOrEqual(0)
  })
  // Last in this block: they spend the client's quotas on this Nginx.
  it('limits auth requests by rate, not only by connections: 5 at a time still hits 429', async () => {
    // Waves of 5 stay under the 10-connection limit, so every 429 here comes from limit_req.
    const statuses = await inWaves(40, 5, () => call(jsonPost('/api/v1/auth/login', {})))
    // burst 20 at 10 r/s: about 21 pass (fewer: earlier tests in this block spent some), then 429s.
    expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(10)
    expect(statuses).toContain(429)
    expect(statuses.every((status) => status === 422 || status === 429)).toBe(true)
  })

  it('limits the API at 100 r/s with burst 50, and public verification has its own quota', async () => {
    const statuses = await inWaves(200, 10, () => call({ path: '/api/v1/courses/__echo' }))
    expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(20)
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true)
    const verify = await call({ path: '/api/v1/certificates/verify/__echo' })
    expect(verify.status).toBe(200)
  })
})

/** `total` requests, `width` at a time; their statuses in order. */
async function inWaves(total: number, width: number, request: () => Promise<{ status: number }>) {
  const statuses: number[] = []
  for (let sent = 0; sent < total; sent += width) {
    const wave = await Promise.all(Array.from({ length: Math.min(width, total - sent) }, request))
    statuses.push(...wave.map((response) => response.status))
  }
  return statuses
}

describe('nginx gateway: failures become JSON', () => {
  let gateway: NginxWithFakes
  const call = (request: RawRequest) => send(gateway.nginx.baseUrl, request)
  beforeAll(async () => {
    gateway = await startNginxWithFakes({ down: ['progress'], env: { PROXY_READ_TIMEOUT: '1s' } })
  })
  afterAll(() => gateway?.stop())

  it('answers 502 SERVICE_UNAVAILABLE when the service is down', async () => {
    const response = await call({ path: '/api/v1/progress/1', headers: { 'x-request-id': 'down-1' } })
    expect(response.status).toBe(502)
    expectJson(response)
    expect(response.json()).toEqual({
      success: false,
      message: expect.any(String),
      error_code: 'SERVICE_UNAVAILABLE',
    })
    expect(header(response, 'x-request-id')).toBe('down-1')
    expectSecurityHeaders(response)
  })

  it('answers 504 GATEWAY_TIMEOUT when the service is slower than PROXY_READ_TIMEOUT', async () => {
    const started = Date.now()
    const response = await call({ path: '/api/v1/courses/__slow?ms=5000' })
    expect(response.status).toBe(504)
    expectJson(response)
    expect(response.json()).toMatchObject({ success: false, error_code: 'GATEWAY_TIMEOUT' })
    expectSecurityHeaders(response)
    expect(Date.now() - started).toBeLessThan(4000)
  })

  it('answers 413 PAYLOAD_TOO_LARGE for a body over 1 MiB, without bothering the service', async () => {
    const before = gateway.fakes.fakes.course.seen.length
    const response = await call(jsonPost('/api/v1/courses', { description: 'x'.repeat(1_100_000) }))
    expect(response.status).toBe(413)
    expectJson(response)
    expect(response.json()).toMatchObject({ success: false, error_code: 'PAYLOAD_TOO_LARGE' })
    expectSecurityHeaders(response)
    expect(gateway.fakes.fakes.course.seen.length).toBe(before)
  })

  it.each([
    ['a URI over 8 KB', { path: `/api/v1/courses/${'a'.repeat(9000)}` }, 422, 'VALIDATION_ERROR'],
    [
      'a header over 8 KB',
      { path: '/health', headers: { 'x-big': 'a'.repeat(9000) } },
      422,
      'VALIDATION_ERROR',
    ],
    ['a wrong method on a gateway route', { method: 'POST', path: '/docs' }, 405, 'METHOD_NOT_ALLOWED'],
    ['TRACE', { method: 'TRACE', path: '/health' }, 405, 'METHOD_NOT_ALLOWED'],
  ] as Array<[string, RawRequest, number, string]>)(
    'answers %s with JSON %i',
    async (_label, request, status, code) => {
      const response = await call(request)
      expect(response.status).toBe(status)
      expectJson(response)
      expect(response.json()).toMatchObject({ success: false, error_code: code })
      expectSecurityHeaders(response)
    },
  )

  it('still routes the healthy services', async () => {
    const response = await call({ path: '/api/v1/courses/__echo' })
    expect(response.json().service).toBe('course')
  })
})

describe('nginx gateway: CORS_ORIGINS as a list', () => {
  let gateway: NginxWithFakes
  const call = (request: RawRequest) => send(gateway.nginx.baseUrl, request)
  beforeAll(async () => {
    gateway = await startNginxWithFakes({
      env: { CORS_ORIGINS: 'http://app.smartcourse.test, http://admin.smartcourse.test:8443' },
    })
  })
  afterAll(() => gateway?.stop())

  it.each(['http://app.smartcourse.test', 'http://admin.smartcourse.test:8443'])(
    'echoes the listed origin %s, with Vary: Origin',
    async (origin) => {
      const preflight = await call({
        method: 'OPTIONS',
        path: '/api/v1/courses',
        headers: { origin, 'access-control-request-method': 'PUT' },
      })
      expect(preflight.status).toBe(204)
      expect(header(preflight, 'access-control-allow-origin')).toBe(origin)
      expect(header(preflight, 'vary')).toMatch(/Origin/)

      const response = await call({ path: '/api/v1/courses/__echo', headers: { origin } })
      expect(header(response, 'access-control-allow-origin')).toBe(origin)
    },
  )

  it.each([
    'http://evil.test',
    'http://app.smartcourse.test.evil.test',
    'http://smartcourse.test',
    'http://admin.smartcourse.test',
    'http://x.test,|http://app.smartcourse.test',
  ])('gives the unlisted origin %s no Access-Control-Allow-Origin', async (origin) => {
    const preflight = await call({
      method: 'OPTIONS',
      path: '/api/v1/courses',
      headers: { origin, 'access-control-request-method': 'PUT' },
    })
    expect(preflight.status).toBe(204)
    expect(header(preflight, 'access-control-allow-origin')).toBeUndefined()
    const response = await call({ path: '/health', headers: { origin } })
    expect(header(response, 'access-control-allow-origin')).toBeUndefined()
  })

  it('sends no Access-Control-Allow-Origin without an Origin header', async () => {
    const response = await call({ path: '/health' })
    expect(header(response, 'access-control-allow-origin')).toBeUndefined()
  })
})

describe('gateway template', () => {
  it('uses exactly the variables the harness renders (docker-compose.yml: deploy-files.test.ts)', async () => {
    const template = await readFile(join(GATEWAY_DIR, 'templates', 'default.conf.template'), 'utf8')
    const used = new Set([...template.matchAll(/\$\{([A-Z_]+)\}/g)].map((match) => match[1]))
    expect([...used].sort()).toEqual([...TEMPLATE_VARIABLES].sort())
  })

  it("renders only those variables and leaves Nginx's own $variables alone", async () => {
    const template = await readFile(join(GATEWAY_DIR, 'templates', 'default.conf.template'), 'utf8')
    const values = Object.fromEntries(TEMPLATE_VARIABLES.map((name) => [name, `value-of-${name}`]))
    const rendered = renderTemplate(template, values as Record<(typeof TEMPLATE_VARIABLES)[number], string>)
    expect(rendered).not.toMatch(/\$\{/)
    expect(rendered).toContain('server value-of-COURSE_UPSTREAM max_fails=3 fail_timeout=10s;')
    for (const variable of ['$http_origin', '$req_id', '$request_method', '$proxy_add_x_forwarded_for']) {
      expect(rendered).toContain(variable)
    }
  })
})

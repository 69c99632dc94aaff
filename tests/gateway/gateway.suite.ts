import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { header, type RawRequest, type RawResponse, send } from './http-client.js'

export interface GatewayUnderTest {
  baseUrl: string
  stop(): Promise<void>
}

/** Public prefix → the path the service sees (docs/API.md#gateway-and-rate-limits). */
const ROUTES: Array<[publicPrefix: string, servicePath: string]> = [
  ['/api/v1/auth', '/auth'],
  ['/api/v1/users', '/users'],
  ['/api/v1/courses', '/courses'],
  ['/api/v1/enrollments', '/enrollments'],
  ['/api/v1/progress', '/progress'],
  ['/api/v1/certificates', '/certificates'],
  ['/api/v1/certificates/verify', '/certificates/verify'],
  ['/verify', '/verify'],
]
// Three segments deep so no real route (e.g. GET /courses/{id}) matches it.
const PROBE = '/zz-gateway-probe/a/b'

/**
 * The gateway's public behaviour (docs/API.md#gateway-and-rate-limits), through real HTTP, for any gateway in front of the
 * services: Nginx (tests/gateway) and the embedded one (apps/all-in-one), with fake or real
 * services. It needs only this from the services: GET /health, a error-shaped JSON 404 whose
 * message names the path with the X-Forwarded-Prefix the gateway sent ("Route GET
 * /api/v1/courses/x not found", as service-kit answers), DELETE /courses answering 405 with
 * `Allow: GET, HEAD, POST`, and
 * POST /auth/login answering 422 for an empty body and 401 INVALID_CREDENTIALS for an unknown
 * user. Expects default settings (CORS_ORIGINS=*). The rate-limit test runs last and spends
 * the auth quota of the client IP for about two seconds.
 */
export function defineGatewaySuite(name: string, start: () => Promise<GatewayUnderTest>) {
  describe(name, () => {
    let gateway: GatewayUnderTest
    const call = (request: RawRequest) => send(gateway.baseUrl, request)

    beforeAll(async () => {
      gateway = await start()
    })
    afterAll(async () => {
      await gateway?.stop()
    })

    describe('GET /health', () => {
      it('answers 200 healthy api-gateway JSON', async () => {
        const response = await call({ path: '/health' })
        expect(response.status).toBe(200)
        expectJson(response)
        expect(response.json()).toMatchObject({ status: 'healthy', service: 'api-gateway' })
        expect(response.json().version).toEqual(expect.any(String))
      })
    })

    describe('GET /', () => {
      it("answers the guide's JSON banner", async () => {
        const response = await call({ path: '/' })
        expect(response.status).toBe(200)
        expectJson(response)
        expect(response.json()).toMatchObject({
          message: 'SmartCourse API Gateway',
          version: expect.any(String),
          docs: '/docs',
        })
      })
    })

    describe('GET /docs', () => {
      it('answers an HTML page', async () => {
        const response = await call({ path: '/docs' })
        expect(response.status).toBe(200)
        expect(header(response, 'content-type')).toMatch(/^text\/html/)
        expect(response.text()).toMatch(/<html/i)
      })
    })

    describe('routing', () => {
      it.each(ROUTES)('forwards %s/… to the service as %s/…', async (publicPrefix, servicePath) => {
        const response = await call({ path: `${publicPrefix}${PROBE}` })
        expect(response.status).toBe(404)
        expectJson(response)
        const body = response.json()
        expect(body.error_code).toBe('NOT_FOUND')
        // Only the service's own 404 names the path: the one it was asked for (servicePath) with
        // the prefix the gateway stripped, i.e. the client's path.
        expect(servicePath).toBeTruthy()
        expect(body.message).toContain(`GET ${publicPrefix}${PROBE} not found`)
      })

      it('forwards POST /api/v1/auth/login to the user service (422 for an empty body)', async () => {
        const response = await call(jsonPost('/api/v1/auth/login', {}))
        expect(response.status).toBe(422)
        expect(response.json()).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
      })

      it('passes the user service 401 INVALID_CREDENTIALS through unchanged', async () => {
        const response = await call(
          jsonPost('/api/v1/auth/login', {
            email: `nobody-${randomUUID()}@smartcourse.test`,
            password: 'not-the-password-1',
          }),
        )
        expect(response.status).toBe(401)
        expect(response.json()).toMatchObject({ success: false, error_code: 'INVALID_CREDENTIALS' })
      })
    })

    describe('paths that are not routed', () => {
      it.each([
        '/nope',
        '/api',
        '/api/v1',
        '/api/v1/nope/x',
        '/api/v2/courses',
        '/api/v1/auth',
        '/api/v1/coursesx',
        // Prometheus scrapes each service (and all-in-one's metrics port) directly, never the gateway.
        '/metrics',
        '/api/v1/metrics',
        '/docs/metrics',
      ])('GET %s → 404 JSON NOT_FOUND', async (path) => {
        const response = await call({ path })
        expect(response.status).toBe(404)
        expectJson(response)
        expect(response.json()).toMatchObject({ success: false, error_code: 'NOT_FOUND' })
      })

      it("passes a service's 405 METHOD_NOT_ALLOWED and Allow through (DELETE /api/v1/courses)", async () => {
        const response = await call({ method: 'DELETE', path: '/api/v1/courses' })
        expect(response.status).toBe(405)
        expectJson(response)
        expect(list(header(response, 'allow'))).toEqual(['GET', 'HEAD', 'POST'])
        expect(response.json()).toMatchObject({ success: false, error_code: 'METHOD_NOT_ALLOWED' })
        expect(response.json().message).toContain('/api/v1/courses')
      })

      it.each(['/health', '/'])(
        'POST %s (a gateway path) → 405 METHOD_NOT_ALLOWED with Allow',
        async (path) => {
          const response = await call(jsonPost(path, {}))
          expect(response.status).toBe(405)
          expectJson(response)
          expect(list(header(response, 'allow'))).toEqual(['GET', 'HEAD'])
          expect(response.json()).toMatchObject({ success: false, error_code: 'METHOD_NOT_ALLOWED' })
          expectSecurityHeaders(response)
        },
      )

      it('POST to an unknown path → 404 JSON NOT_FOUND', async () => {
        const response = await call(jsonPost('/api/v1/nope', { a: 1 }))
        expect(response.status).toBe(404)
        expect(response.json()).toMatchObject({ success: false, error_code: 'NOT_FOUND' })
      })
    })

    describe('internal routes', () => {
      it.each([
        '/internal/users/1',
        '/INTERNAL/users/1',
        '/api/v1/internal/users/1',
        '/api/v1/users/internal',
        '/api/v1/users/internal/1',
        '/api/v1/courses/1/internal',
        '/api/v1/users/../internal/users/1',
        '/api/v1/users/%2e%2e/internal/users/1',
        '/api/v1/users/..%2Finternal/users/1',
        '/api/v1/users/%69nternal/users/1',
      ])('GET %s → 404 JSON NOT_FOUND', async (path) => {
        const response = await call({ path })
        expect(response.status).toBe(404)
        expectJson(response)
        expect(response.json()).toMatchObject({ success: false, error_code: 'NOT_FOUND' })
        expectSecurityHeaders(response)
      })

      it('POST /internal/events → 404 JSON NOT_FOUND', async () => {
        const response = await call(jsonPost('/internal/events', { type: 'user.deleted', payload: {} }))
        expect(response.status).toBe(404)
        expect(response.json()).toMatchObject({ success: false, error_code: 'NOT_FOUND' })
      })
    })

    describe('CORS', () => {
      const origin = 'http://localhost:3000'

      it.each(['/api/v1/courses', '/api/v1/auth/login'])(
        'answers the preflight for %s with 204 and the allowed methods and headers',
        async (path) => {
          const response = await call({
            method: 'OPTIONS',
            path,
            headers: {
              origin,
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'authorization,content-type,x-request-id',
            },
          })
          expect(response.status).toBe(204)
          expect(['*', origin]).toContain(header(response, 'access-control-allow-origin'))
          expect(list(header(response, 'access-control-allow-methods'))).toEqual(
            expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
          )
          expect(list(header(response, 'access-control-allow-headers')?.toLowerCase())).toEqual(
            expect.arrayContaining(['authorization', 'content-type', 'x-request-id']),
          )
          expect(Number(header(response, 'access-control-max-age'))).toBeGreaterThan(0)
          expectSecurityHeaders(response)
        },
      )

      it('puts Access-Control-Allow-Origin on ordinary and proxied answers', async () => {
        for (const path of ['/health', `/api/v1/courses${PROBE}`]) {
          const response = await call({ path, headers: { origin } })
          expect(['*', origin]).toContain(header(response, 'access-control-allow-origin'))
          expect(list(header(response, 'access-control-expose-headers')?.toLowerCase())).toContain(
            'x-request-id',
          )
        }
      })
    })

    describe('security headers', () => {
      it.each([
        ['200 from the gateway', { path: '/health' }, 200],
        ['404 from the gateway', { path: '/nope' }, 404],
        ['404 from a service', { path: `/api/v1/courses${PROBE}` }, 404],
        ['422 from a service', jsonPost('/api/v1/auth/login', {}), 422],
      ] as Array<[string, RawRequest, number]>)(
        'are on a %s, exactly once',
        async (_label, request, status) => {
          const response = await call(request)
          expect(response.status).toBe(status)
          expectSecurityHeaders(response)
        },
      )
    })

    describe('X-Request-ID', () => {
      it('is generated when the client sends none, a new one per request', async () => {
        const first = await call({ path: '/health' })
        const second = await call({ path: '/health' })
        const proxied = await call({ path: `/api/v1/courses${PROBE}` })
        for (const response of [first, second, proxied]) {
          expect(header(response, 'x-request-id')).toMatch(/^[A-Za-z0-9._:-]{8,}$/)
        }
        expect(header(first, 'x-request-id')).not.toBe(header(second, 'x-request-id'))
      })

      it("echoes the client's id, once, on gateway and proxied answers", async () => {
        for (const path of ['/health', '/nope', `/api/v1/courses${PROBE}`]) {
          const id = `suite-${randomUUID()}`
          const response = await call({ path, headers: { 'x-request-id': id } })
          expect(header(response, 'x-request-id')).toBe(id)
        }
      })
    })

    describe('gzip', () => {
      // A service's 404 names the path, so a long path makes a JSON body well above 1 KB.
      const bigPath = `/api/v1/courses${PROBE}/${'a'.repeat(1500)}`

      it('compresses JSON above 1 KB when the client accepts gzip', async () => {
        const response = await call({ path: bigPath, headers: { 'accept-encoding': 'gzip' } })
        expect(response.status).toBe(404)
        expect(header(response, 'content-encoding')).toBe('gzip')
        expectJson(response)
        expect(response.text().length).toBeGreaterThan(1024)
        expect(response.body.length).toBeLessThan(response.text().length)
        expect(response.json().error_code).toBe('NOT_FOUND')
      })

      it('sends it plain to a client that does not accept gzip', async () => {
        const response = await call({ path: bigPath })
        expect(header(response, 'content-encoding')).toBeUndefined()
        expect(response.json().error_code).toBe('NOT_FOUND')
      })

      it('leaves small JSON answers uncompressed', async () => {
        const response = await call({ path: '/health', headers: { 'accept-encoding': 'gzip' } })
        expect(header(response, 'content-encoding')).toBeUndefined()
        expect(response.json().status).toBe('healthy')
      })
    })

    // Last: it spends this client's auth quota.
    describe('rate limits', () => {
      it('answers a burst of 40 logins with some 429 RATE_LIMIT_EXCEEDED and Retry-After', async () => {
        const responses = await Promise.all(
          Array.from({ length: 40 }, () => call(jsonPost('/api/v1/auth/login', {}))),
        )
        const limited = responses.filter((response) => response.status === 429)
        const passed = responses.filter((response) => response.status === 422)
        expect(passed.length).toBeGreaterThan(0)
        expect(limited.length).toBeGreaterThan(0)
        expect(passed.length + limited.length).toBe(40)
        for (const response of limited) {
          expectJson(response)
          expect(response.json()).toMatchObject({ success: false, error_code: 'RATE_LIMIT_EXCEEDED' })
          expect(Number(header(response, 'retry-after'))).toBeGreaterThanOrEqual(1)
          expect(header(response, 'x-request-id')).toBeTruthy()
          expectSecurityHeaders(response)
        }
      })
    })
  })
}

/** Asserts the security headers of docs/API.md#gateway-and-rate-limits, each present exactly once. */
export function expectSecurityHeaders(response: RawResponse) {
  expect(header(response, 'x-frame-options')).toBe('DENY')
  expect(header(response, 'x-content-type-options')).toBe('nosniff')
  expect(['no-referrer', 'strict-origin-when-cross-origin']).toContain(header(response, 'referrer-policy'))
}

/** Asserts a JSON Content-Type and a body that parses. */
export function expectJson(response: RawResponse) {
  expect(header(response, 'content-type')).toMatch(/^application\/json/)
  expect(() => response.json()).not.toThrow()
}

export function jsonPost(path: string, value: unknown): RawRequest {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(value),
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim())
}

import { connect } from 'node:net'
import { Type } from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthGuards } from './auth/guards.js'
import { createTokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import { ConflictError } from './errors.js'
import { createHttpServer, type HttpServer } from './http-server.js'
import { StrictObject } from './schemas.js'

/** Sends raw bytes and collects the whole answer (the server closes the connection). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString()
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

const config = { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 2048 }
const tokens = createTokenService({ secret: 's'.repeat(32), cache: createCache({}) })
const guards = createAuthGuards(tokens, 'this-service')
let app: HttpServer

beforeAll(async () => {
  await tokens.markRevocationsLoaded()
  app = await createHttpServer({
    name: 'kit-test',
    config,
    health: { database: { check: async () => {}, critical: true } },
  })
  app.post(
    '/things',
    { schema: { body: StrictObject({ name: Type.String({ maxLength: 5 }), count: Type.Integer() }) } },
    async (request) => request.body,
  )
  app.get(
    '/things',
    {
      schema: {
        querystring: Type.Object({
          page: Type.Integer({ minimum: 1, default: 1 }),
          kind: Type.Optional(Type.Enum(['a', 'b'])),
        }),
      },
    },
    async (request) => request.query,
  )
  app.get(
    '/things/:id',
    { schema: { params: Type.Object({ id: Type.Integer() }) } },
    async (request) => request.params,
  )
  app.post('/action', async () => ({ done: true }))
  app.get('/db-refuses', async () => {
    throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' })
  })
  app.get('/db-refuses-wrapped', async () => {
    const driver = Object.assign(new Error('value out of range for type bigint'), { code: '22003' })
    throw Object.assign(new Error('Failed query: select …'), { cause: driver })
  })
  app.get('/fastify-415', async () => {
    throw Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_SOMETHING' })
  })
  app.get('/conflict', async () => {
    throw new ConflictError('ALREADY_THERE', 'It is already there')
  })
  // What node-postgres and Drizzle raise when the database goes away, each as a read would see it.
  const unreachable: Record<string, () => Error> = {
    refused: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    'admin-shutdown': () =>
      Object.assign(new Error('Failed query: select 1'), {
        cause: Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
        }),
      }),
    'cannot-connect-now': () =>
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    'connection-exception': () => Object.assign(new Error('connection failure'), { code: '08006' }),
    'pool-timeout': () => new Error('timeout exceeded when trying to connect'),
    terminated: () =>
      Object.assign(new Error('Failed query'), { cause: new Error('Connection terminated unexpectedly') }),
  }
  app.get('/db-gone/:kind', async (request) => {
    throw unreachable[(request.params as { kind: string }).kind]!()
  })
  app.get('/boom', async () => {
    throw new Error('select * from secret_table')
  })
  app.post(
    '/guarded',
    { onRequest: guards.user, schema: { body: StrictObject({ name: Type.String() }) } },
    async () => ({}),
  )
  app.get('/me', { onRequest: guards.user }, async (request) => ({ id: request.actor!.id }))
  app.get('/internal/ping', { onRequest: guards.service('tests') }, async () => ({ ok: true }))
  await app.ready()
})
afterAll(() => app.close())

describe('createHttpServer', () => {
  it('answers every connection-class database failure with 503 SERVICE_UNAVAILABLE and Retry-After', async () => {
    for (const kind of [
      'refused',
      'admin-shutdown',
      'cannot-connect-now',
      'connection-exception',
      'pool-timeout',
      'terminated',
    ]) {
      const response = await app.inject(`/db-gone/${kind}`)
      expect(response.statusCode, kind).toBe(503)
      expect(response.json()).toMatchObject({ success: false, error_code: 'SERVICE_UNAVAILABLE' })
      expect(Number(response.headers['retry-after']), kind).toBeGreaterThan(0)
    }
    // A bug stays a 500.
    expect((await app.inject('/boom')).statusCode).toBe(500)
  })

  it('answers 422 with field paths for a wrong type, an unknown field and a missing field', async () => {
    const response = await app.inject({ method: 'POST', url: '/things', payload: { name: 5, extra: true } })
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expect(body).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
    const fields = body.details.map((d: { field: string }) => d.field)
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.extra', 'body.count']))
  })

  it('does not coerce body types but coerces query strings', async () => {
    expect(
      (await app.inject({ method: 'POST', url: '/things', payload: { name: 'ab', count: '3' } })).statusCode,
    ).toBe(422)
    const ok = await app.inject({ method: 'GET', url: '/things?page=2&kind=a' })
    expect(ok.json()).toEqual({ page: 2, kind: 'a' })
    expect((await app.inject({ method: 'GET', url: '/things?kind=z' })).statusCode).toBe(422)
    expect((await app.inject({ method: 'GET', url: '/things?page=0' })).statusCode).toBe(422)
  })

  it('answers 422 for malformed JSON and 413 for an oversized body', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/things',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    })
    expect(malformed.statusCode).toBe(422)
    expect(malformed.json().error_code).toBe('VALIDATION_ERROR')
    const big = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { name: 'x'.repeat(5000), count: 1 },
    })
    expect(big.statusCode).toBe(413)
    expect(big.json().success).toBe(false)
  })

  it('treats an empty JSON body as no body', async () => {
    const headers = { 'content-type': 'application/json' }
    expect((await app.inject({ method: 'POST', url: '/action', headers, payload: '' })).json()).toEqual({
      done: true,
    })
    expect((await app.inject({ method: 'POST', url: '/things', headers, payload: '' })).statusCode).toBe(422)
  })

  it('refuses a NUL character anywhere in a body, query string or path with 422 naming the field', async () => {
    const body = await app.inject({ method: 'POST', url: '/things', payload: { name: 'a\u0000b', count: 1 } })
    expect(body.statusCode).toBe(422)
    expect(body.json().details).toEqual([{ field: 'body.name', message: 'must not contain NUL characters' }])
    const query = await app.inject('/things?kind=%00')
    expect(query.statusCode).toBe(422)
    expect(query.json().details[0].field).toBe('querystring.kind')
  })

  it('lists the allowed values of an enum in the 422 details', async () => {
    const response = await app.inject('/things?kind=c')
    expect(response.statusCode).toBe(422)
    expect(response.json().details).toEqual([
      { field: 'querystring.kind', message: 'must be one of: a, b', allowed: ['a', 'b'] },
    ])
  })

  it('answers 422 when the database refuses a value as a data exception', async () => {
    const response = await app.inject('/db-refuses')
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 422 when the data exception is wrapped (as Drizzle wraps driver errors)', async () => {
    const response = await app.inject('/db-refuses-wrapped')
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers VALIDATION_ERROR with 422 whatever 4xx Fastify raised it with', async () => {
    const response = await app.inject('/fastify-415')
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it.each(['page=0x10', 'page=1e1', 'page=%202', 'page=+2', 'page=2.0'])(
    'answers 422 for a number not written in plain digits: ?%s',
    async (query) => {
      const response = await app.inject(`/things?${query}`)
      expect(response.statusCode).toBe(422)
      expect(response.json().details[0]).toMatchObject({
        field: 'querystring.page',
        message: 'must be integer',
      })
    },
  )

  it('answers 422 for a path number not written in plain digits, and takes plain ones', async () => {
    for (const id of ['0x1', '1e0', '%201']) expect((await app.inject(`/things/${id}`)).statusCode).toBe(422)
    expect((await app.inject('/things/-12')).json()).toEqual({ id: -12 })
  })

  it('answers a URL that is not valid percent-encoding with the error body and the request id', async () => {
    const response = await app.inject({ url: '/things/%zz', headers: { 'x-request-id': 'bad-url-1' } })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
    expect(response.headers['x-request-id']).toBe('bad-url-1')
  })

  it('answers headers beyond Node’s limit with the error body, not Fastify’s', async () => {
    const server = await createHttpServer({ name: 'kit-client-error', config })
    await server.listen({ port: 0, host: '127.0.0.1' })
    try {
      const { port } = server.server.address() as { port: number }
      const raw = await rawRequest(
        port,
        `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      )
      expect(raw).toMatch(/^HTTP\/1\.1 422 /)
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({
        success: false,
        error_code: 'VALIDATION_ERROR',
      })
    } finally {
      await server.close()
    }
  })

  it('writes app errors with their code, unknown routes as NOT_FOUND and hides internals on 500', async () => {
    expect((await app.inject('/conflict')).json()).toEqual({
      success: false,
      message: 'It is already there',
      error_code: 'ALREADY_THERE',
    })
    const missing = await app.inject('/nope')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error_code).toBe('NOT_FOUND')
    const boom = await app.inject('/boom')
    expect(boom.statusCode).toBe(500)
    expect(boom.json()).toEqual({
      success: false,
      message: 'Internal server error',
      error_code: 'INTERNAL_ERROR',
    })
  })

  it('echoes X-Request-ID and makes one when absent', async () => {
    expect(
      (await app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id'],
    ).toBe('abc-123')
    expect((await app.inject('/health')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers /health with 503 when a critical dependency is down, 200 when only a non-critical one is', async () => {
    const failing = () => Promise.reject(new Error('down'))
    const degraded = await createHttpServer({
      name: 'kit-test',
      config,
      health: {
        database: { check: failing, critical: true },
        cache: { check: async () => {}, critical: false },
      },
    })
    const response = await degraded.inject('/health')
    expect(response.statusCode).toBe(503)
    expect(response.json()).toMatchObject({
      status: 'unhealthy',
      dependencies: { database: 'down', cache: 'up' },
    })
    await degraded.close()
    const cacheDown = await createHttpServer({
      name: 'kit-test',
      config,
      health: {
        database: { check: async () => {}, critical: true },
        cache: { check: failing, critical: false },
      },
    })
    expect((await cacheDown.inject('/health')).statusCode).toBe(200)
    await cacheDown.close()
  })

  it('serves /health, /openapi.json and /docs', async () => {
    expect((await app.inject('/health')).json()).toMatchObject({
      status: 'healthy',
      service: 'kit-test',
      dependencies: { database: 'up' },
    })
    expect((await app.inject('/openapi.json')).json().openapi).toMatch(/^3/)
    expect((await app.inject('/docs/')).statusCode).toBe(200)
  })

  it('authenticates before validating the body when guards run on request', async () => {
    const response = await app.inject({ method: 'POST', url: '/guarded', payload: { wrong: 1 } })
    expect(response.statusCode).toBe(401)
  })

  it('answers 422, not 414, for an over-long path parameter', async () => {
    const response = await app.inject(`/things/${'x'.repeat(5000)}`)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 401 with WWW-Authenticate without a token, and refuses user tokens on internal routes', async () => {
    const anonymous = await app.inject('/me')
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['www-authenticate']).toBe('Bearer')
    const { token } = tokens.issueAccessToken({ id: 7, email: 'a@b.c', role: 'student' })
    expect((await app.inject({ url: '/me', headers: { authorization: `Bearer ${token}` } })).json()).toEqual({
      id: 7,
    })
    for (const authorization of [`bearer ${token}`, `Bearer   ${token}`]) {
      expect((await app.inject({ url: '/me', headers: { authorization } })).statusCode).toBe(200)
    }
    for (const authorization of ['Bearer', `Basic ${token}`, `Bearer ${token} extra`]) {
      const refused = await app.inject({ url: '/me', headers: { authorization } })
      expect(refused.statusCode).toBe(401)
      expect(refused.headers['www-authenticate']).toBe('Bearer')
    }
    expect(
      (await app.inject({ url: '/internal/ping', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401)
    const service = tokens.issueServiceToken('tests', 'this-service')
    expect(
      (await app.inject({ url: '/internal/ping', headers: { authorization: `Bearer ${service}` } }))
        .statusCode,
    ).toBe(200)
    expect(
      (await app.inject({ url: '/me', headers: { authorization: `Bearer ${service}` } })).statusCode,
    ).toBe(401)
  })
})

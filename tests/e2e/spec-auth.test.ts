import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { header, send } from '../gateway/http-client.js'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, signUp as signUpWith, uniqueName } from './http.js'

// docs/API.md#errors, #auth-and-token-lifecycle and #gateway-and-rate-limits against `npm start` over real HTTP: the corners a
// black-box client reaches that the service tests (inject) do not.
const ADMIN = { email: 'spec-admin@example.test', password: 'spec-admin-password-1' }

let system: RunningSystem
let api: Api
const signUp = (role: 'student' | 'instructor' = 'student') => signUpWith(api, role, { prefix: 'spec' })

beforeAll(async () => {
  system = await startAllInOne({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } })
  api = createApi(system.baseUrl)
})
afterAll(() => system?.stop())

function expectSecurityHeaders(headers: Headers | Record<string, unknown>) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name])
  expect(get('x-frame-options')).toBe('DENY')
  expect(get('x-content-type-options')).toBe('nosniff')
  expect(get('referrer-policy')).toEqual(expect.any(String))
}

/** Raw bytes to the gateway; resolves with the whole answer once the server closes. */
function rawExchange(text: string): Promise<string> {
  const { port } = new URL(system.baseUrl)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString()
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('CORS preflight (docs/API.md#gateway-and-rate-limits)', () => {
  it('answers every OPTIONS 204 with the allowed methods, even without Origin (as Nginx does)', async () => {
    for (const headers of [{}, { origin: 'http://localhost:3000' }] as Array<Record<string, string>>) {
      const response = await api.call('OPTIONS', '/api/v1/users/me', { headers })
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-methods')).toContain('PATCH')
      expectSecurityHeaders(response.headers)
    }
  })

  it("allows the guide's request headers", async () => {
    const response = await api.call('OPTIONS', '/api/v1/courses', {
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET' },
    })
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase()
    for (const name of ['authorization', 'content-type', 'x-requested-with', 'cache-control', 'range']) {
      expect(allowed).toContain(name)
    }
  })
})

describe('bad input the gateway sees first (docs/API.md#errors: 422 VALIDATION_ERROR, never Fastify’s own body)', () => {
  it.each(['/api/v1/users/%zz', '/%zz'])(
    'answers a URL that is not valid percent-encoding (%s) with JSON, security headers and the id',
    async (path) => {
      const response = await send(system.baseUrl, { path, headers: { 'x-request-id': 'spec-bad-url' } })
      expect(response.status).toBe(422)
      expect(response.json()).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
      expect(header(response, 'x-request-id')).toBe('spec-bad-url')
      expectSecurityHeaders(response.headers)
    },
  )

  it('answers headers beyond the size limit with the error body and security headers', async () => {
    const answer = await rawExchange(
      `GET /api/v1/courses HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 422 /)
    expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff')
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))
    expect(body).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
  })

  it('answers a body that does not decompress with 422, not 400', async () => {
    const response = await api.call('POST', '/api/v1/auth/login', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
      body: { email: 'a@example.test', password: 'x' },
    })
    expect(response.status).toBe(422)
    expect(response.body.error_code).toBe('VALIDATION_ERROR')
  })

  it('answers an empty Content-Type with 422, not 415', async () => {
    const response = await send(system.baseUrl, {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { 'content-type': '' },
      body: JSON.stringify({ email: 'a@example.test', password: 'x' }),
    })
    expect(response.status).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })
})

describe('user-service through the gateway (docs/API.md#endpoints)', () => {
  let admin: string

  beforeAll(async () => {
    const login = await api.post('/api/v1/auth/login', ADMIN)
    expect(login.status).toBe(200)
    admin = login.body.access_token
  })

  it('answers 422, not 500, for NUL bytes in a body and in a query string', async () => {
    const name = uniqueName('nul')
    const registered = await api.post('/api/v1/auth/register', {
      email: `${name}@example.test`,
      username: name,
      password: 'correct-horse-1',
      first_name: 'a\u0000b',
    })
    expect(registered.status).toBe(422)
    expect(registered.body.error_code).toBe('VALIDATION_ERROR')
    const search = await api.get('/api/v1/users?search=%00', admin)
    expect(search.status).toBe(422)
  })

  it.each(['page=99999999999999999999', 'page=0x10', 'page_size=1e1'])(
    'answers 422, not 500 or a coerced page, for ?%s',
    async (query) => {
      const response = await api.get(`/api/v1/users?${query}`, admin)
      expect(response.status).toBe(422)
      expect(response.body.error_code).toBe('VALIDATION_ERROR')
    },
  )

  it('answers 404 for a deleted user to everyone, admins included, and their token stops working', async () => {
    const leaving = await signUp()
    const deleted = await api.delete(`/api/v1/users/${leaving.id}`, admin)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toEqual({ message: expect.any(String) })
    const read = await api.get(`/api/v1/users/${leaving.id}`, admin)
    expect(read.status).toBe(404)
    expect(read.body.error_code).toBe('NOT_FOUND')
    const me = await api.get('/api/v1/users/me', leaving.token)
    expect(me.status).toBe(401)
    expect(me.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('lets an instructor read their own profile at /users/me/instructor-profile', async () => {
    const instructor = await signUp('instructor')
    const response = await api.get('/api/v1/users/me/instructor-profile', instructor.token)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ user_id: instructor.id })
  })
})

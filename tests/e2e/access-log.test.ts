import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { createApi, uniqueName } from './http.js'

/** The one access-log schema (README "Logs"), whichever form the process runs in. */
const ACCESS_KEYS = [
  'level',
  'time',
  'service',
  'request_id',
  'method',
  'route',
  'status',
  'duration_ms',
  'trace_id',
  'user_id',
  'msg',
].sort()

const parse = (output: string) =>
  output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
const accessLines = (output: string) => parse(output).filter((line) => line.msg === 'access')
const DEBUG = 20
const INFO = 30

function expectOneAccessLine(output: string, requestId: string) {
  const lines = accessLines(output).filter((line) => line.request_id === requestId)
  expect(lines).toHaveLength(1)
  const [line] = lines
  expect(Object.keys(line!).sort()).toEqual(ACCESS_KEYS)
  expect(line!.duration_ms).toEqual(expect.any(Number))
  return line!
}

async function registerAndLogin(baseUrl: string, prefix: string) {
  const api = createApi(baseUrl)
  const name = uniqueName('logline')
  const password = 'password-for-the-log-test'
  const email = `${name}@example.test`
  const registered = await api.post(`${prefix}/auth/register`, { email, username: name, password })
  expect(registered.status).toBe(201)
  const login = await api.post(`${prefix}/auth/login`, { email, password })
  return { api, id: registered.body.id as number, token: login.body.access_token as string }
}

const traceparent = () => {
  const traceId = randomBytes(16).toString('hex')
  return { traceId, header: `00-${traceId}-${randomBytes(8).toString('hex')}-01` }
}

describe.each([
  ['all-in-one', '/api/v1', undefined],
  ['user-service run alone', '', 'services/users/src/main.ts'],
] as const)('access log of %s', (_name, prefix, entry) => {
  let system: RunningSystem

  beforeAll(async () => {
    const env: Record<string, string> = { LOG_LEVEL: 'debug' }
    // startAllInOne gives the process its PORT, HOST and DATA_DIR (PGlite for a service alone).
    if (entry) env.JWT_SECRET_KEY = randomBytes(32).toString('hex')
    system = await startAllInOne({ captureOutput: true, env, entry })
  })
  afterAll(() => system?.stop())

  it('writes one line per request with the route template, status, ids and the user', async () => {
    const { api, id, token } = await registerAndLogin(system.baseUrl, prefix)
    const trace = traceparent()
    const requestId = `log-${randomBytes(6).toString('hex')}`
    const me = await api.call('GET', `${prefix}/users/${id}`, {
      token,
      headers: { 'x-request-id': requestId, traceparent: trace.header },
    })
    expect(me.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 200))

    const line = expectOneAccessLine(system.output(), requestId)
    expect(line).toMatchObject({
      level: INFO,
      service: 'user-service',
      method: 'GET',
      route: '/users/:id',
      status: 200,
      trace_id: trace.traceId,
      user_id: id,
    })
    // Fastify's own request lines are gone.
    const messages = parse(system.output()).map((entry) => entry.msg)
    expect(messages).not.toContain('incoming request')
    expect(messages).not.toContain('request completed')
  })

  it('logs an anonymous request and an unmatched path with null ids and route', async () => {
    const requestId = `log-${randomBytes(6).toString('hex')}`
    const api = createApi(system.baseUrl)
    const response = await api.call('GET', '/no-such-thing/here', {
      headers: { 'x-request-id': requestId },
    })
    expect(response.status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(expectOneAccessLine(system.output(), requestId)).toMatchObject({
      route: null,
      status: 404,
      trace_id: null,
      user_id: null,
    })
  })

  it('logs health probes at debug only', async () => {
    const requestId = `probe-${randomBytes(6).toString('hex')}`
    const response = await fetch(`${system.baseUrl}/health`, { headers: { 'x-request-id': requestId } })
    expect(response.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const line = expectOneAccessLine(system.output(), requestId)
    expect(line).toMatchObject({ level: DEBUG, route: '/health', status: 200 })
  })
})

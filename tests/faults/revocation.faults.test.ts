import { mkdtemp } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AllInOneConfigSchema, type System, startSystem } from '@smartcourse/all-in-one'
import { createCache, loadConfig } from '@smartcourse/service-kit'
import { unique } from '@smartcourse/service-kit/testing'
import { pino } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../e2e/all-in-one.js'
import { throwawayRedis } from './redis-server.js'

const PASSWORD = 'correct-horse-battery'
const ADMIN = { email: `${unique('admin')}@example.test`, password: 'admin-password-123' }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One authenticated read per service, through the embedded gateway. */
const EVERY_SERVICE = [
  '/api/v1/users/me',
  '/api/v1/courses',
  '/api/v1/enrollments/my-courses',
  '/api/v1/progress/2147483647/summary',
  '/api/v1/certificates/my-certificates',
]

async function boot(dataDir: string, env: Record<string, string> = {}) {
  const values = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_AUTH_BURST: '100000',
    RATE_LIMIT_API_BURST: '100000',
    ...env,
  }
  return startSystem(loadConfig(AllInOneConfigSchema, values), values)
}

function client(system: System) {
  const call = async (method: string, url: string, options: { token?: string; body?: unknown } = {}) => {
    const response = await system.gateway.inject({
      method: method as 'GET',
      url,
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      payload: options.body as object,
    })
    return { status: response.statusCode, body: response.body ? response.json() : undefined }
  }
  return {
    call,
    async signUp() {
      const name = unique('rev')
      const email = `${name}@example.test`
      const registered = await call('POST', '/api/v1/auth/register', {
        body: { email, username: name, password: PASSWORD },
      })
      expect(registered.status).toBe(201)
      const login = await call('POST', '/api/v1/auth/login', { body: { email, password: PASSWORD } })
      expect(login.status).toBe(200)
      return { id: registered.body.id as number, email, ...login.body } as {
        id: number
        email: string
        access_token: string
        refresh_token: string
      }
    },
    /** Status of every service's authenticated read with this token. */
    async everyService(token: string) {
      const statuses: number[] = []
      for (const url of EVERY_SERVICE) statuses.push((await call('GET', url, { token })).status)
      return statuses
    },
  }
}

async function until(probe: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(100)
  }
}

const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
})

describe('revocation is kept by user-service in PostgreSQL and never fails open (issue 9.3, 9.4)', () => {
  it('Redis down answers 503, never 200; Redis restarted empty gets every revocation back', {
    timeout: 120_000,
  }, async () => {
    const redis = throwawayRedis(await freePort())
    await redis.start()
    cleanups.push(() => redis.kill())
    const system = await boot(await mkdtemp(join(tmpdir(), 'smartcourse-rev-')), { REDIS_URL: redis.url })
    cleanups.push(() => system.close())
    const api = client(system)
    // Just after start a service that cannot yet tell whether a token is revoked (its cache
    // still connecting) answers 503, as it must: begin once every service answers.
    const probe = await api.signUp()
    await until(async () => (await api.everyService(probe.access_token)).every((status) => status !== 503))

    const loggedOut = await api.signUp()
    expect(
      (
        await api.call('POST', '/api/v1/auth/logout', {
          token: loggedOut.access_token,
          body: { refresh_token: loggedOut.refresh_token },
        })
      ).status,
    ).toBe(200)
    const deleted = await api.signUp()
    const admin = await api.call('POST', '/api/v1/auth/login', { body: ADMIN })
    expect(
      (await api.call('DELETE', `/api/v1/users/${deleted.id}`, { token: admin.body.access_token })).status,
    ).toBe(200)
    const active = await api.signUp()

    const revokedEverywhere = [401, 401, 401, 401, 401]
    expect(await api.everyService(loggedOut.access_token)).toEqual(revokedEverywhere)
    expect(await api.everyService(deleted.access_token)).toEqual(revokedEverywhere)
    for (const status of await api.everyService(active.access_token)) expect([401, 503]).not.toContain(status)

    // Redis goes away: nobody can tell, so nobody says yes.
    await redis.kill()
    const unavailable = [503, 503, 503, 503, 503]
    expect(await api.everyService(loggedOut.access_token)).toEqual(unavailable)
    expect(await api.everyService(deleted.access_token)).toEqual(unavailable)
    expect(await api.everyService(active.access_token)).toEqual(unavailable)
    // Login throttling cannot count: logins are refused (503), not let through uncounted.
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const wrong = await api.call('POST', '/api/v1/auth/login', {
        body: { email: active.email, password: 'wrong-password-1' },
      })
      expect(wrong.status).toBe(503)
    }
    const health = await system.gateway.inject('/health')
    expect(health.statusCode).toBe(200)

    // Redis comes back empty (no persistence): user-service copies the revocations back first.
    await redis.start()
    await until(
      async () => (await api.call('GET', '/api/v1/users/me', { token: active.access_token })).status === 200,
    )
    expect(await api.everyService(loggedOut.access_token)).toEqual(revokedEverywhere)
    expect(await api.everyService(deleted.access_token)).toEqual(revokedEverywhere)
    for (const status of await api.everyService(active.access_token)) expect([401, 503]).not.toContain(status)
  })

  it('a logged-out token stays revoked across a restart of the embedded form (in-memory cache)', {
    timeout: 120_000,
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-rev-'))
    const first = await boot(dataDir, { JWT_SECRET_KEY: 'a-secret-that-is-more-than-32-characters-long' })
    const api = client(first)
    const session = await api.signUp()
    const kept = await api.signUp()
    await api.call('POST', '/api/v1/auth/logout', {
      token: session.access_token,
      body: { refresh_token: session.refresh_token },
    })
    expect((await api.call('GET', '/api/v1/users/me', { token: session.access_token })).status).toBe(401)
    await first.close()

    const second = await boot(dataDir, { JWT_SECRET_KEY: 'a-secret-that-is-more-than-32-characters-long' })
    cleanups.push(() => second.close())
    const again = client(second)
    expect(await again.everyService(session.access_token)).toEqual([401, 401, 401, 401, 401])
    expect((await again.call('GET', '/api/v1/users/me', { token: kept.access_token })).status).toBe(200)
  })
})

describe('a hung Redis (issue 9.5)', () => {
  it('costs a request a bounded time: a socket that accepts and never answers', {
    timeout: 120_000,
  }, async () => {
    const sockets = new Set<Socket>()
    const silent: Server = createServer((socket) => {
      sockets.add(socket)
      socket.on('error', () => {})
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(
      () =>
        new Promise((resolve) => {
          for (const socket of sockets) socket.destroy()
          silent.close(resolve)
        }),
    )
    const port = (silent.address() as { port: number }).port
    const system = await boot(await mkdtemp(join(tmpdir(), 'smartcourse-rev-')), {
      REDIS_URL: `redis://127.0.0.1:${port}`,
    })
    cleanups.push(() => system.close())
    const api = client(system)

    let started = performance.now()
    const health = await system.services.users.inject('/health')
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(health.json().dependencies.cache).toBe('down')

    started = performance.now()
    const registered = await api.call('POST', '/api/v1/auth/register', {
      body: { email: `${unique('hung')}@example.test`, username: unique('hung'), password: PASSWORD },
    })
    expect(registered.status).toBe(201)
    const login = await api.call('POST', '/api/v1/auth/login', {
      body: { email: registered.body.email, password: PASSWORD },
    })
    expect(login.status).toBe(503)
    expect(performance.now() - started).toBeLessThan(4_000)
  })

  it('logs an outage once when it starts and once when it ends, and /health reports the cache state', async () => {
    const redis = throwawayRedis(await freePort())
    await redis.start()
    cleanups.push(() => redis.kill())
    const lines: Array<{ level: number; msg: string }> = []
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) })
    const cache = createCache({ redisUrl: redis.url, logger })
    cleanups.push(() => cache.close())
    await until(async () => cache.state() === 'up')

    await redis.kill()
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await cache.mustGetMany(['k']).catch(() => {})
      await cache.get('k')
      await sleep(100)
    }
    expect(cache.state()).toBe('down')
    await redis.start()
    await until(async () => cache.state() === 'up')
    await cache.mustGetMany(['k'])

    expect(lines.filter((line) => line.msg.startsWith('cache unavailable'))).toHaveLength(1)
    expect(lines.filter((line) => line.msg === 'cache is back')).toHaveLength(1)
  })
})

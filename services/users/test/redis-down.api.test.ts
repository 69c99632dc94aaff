import { createCache, createTokenService } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, PASSWORD, type TestApp } from './helpers.js'

// Nothing listens on port 1: this cache is Redis that is down for the whole test.
const deadCache = createCache({ redisUrl: 'redis://127.0.0.1:1' })
let harness: Awaited<ReturnType<typeof createTestApp>>
let app: TestApp
let tokens: ReturnType<typeof createTokenService>

beforeAll(async () => {
  tokens = createTokenService({
    secret: 'test-secret-that-is-at-least-32-characters-long',
    cache: deadCache,
  })
  harness = await createTestApp({ cache: deadCache, tokens })
  app = harness.app
})
afterAll(async () => {
  await harness.close()
  await deadCache.close()
})

describe('user-service with Redis down', () => {
  it('registers, but refuses logins and token checks with 503 (it cannot count attempts or see revocations); /health stays 200 with the cache down', async () => {
    const email = `redis-down-${Date.now()}@example.test`
    const registered = await app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email, username: `redisdown${Date.now()}`, password: PASSWORD },
    })
    expect(registered.statusCode).toBe(201)
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email, password: PASSWORD },
    })
    expect(login.statusCode).toBe(503)
    expect(login.json().error_code).toBe('SERVICE_UNAVAILABLE')
    expect(login.headers['retry-after']).toBeDefined()
    // A token signed with the right secret: whether it was revoked cannot be told, so no.
    const token = tokens.issueAccessToken({ id: registered.json().id, email, role: 'student' }).token
    const me = await app.inject({ url: '/users/me', headers: { authorization: `Bearer ${token}` } })
    expect(me.statusCode).toBe(503)

    const health = await app.inject('/health')
    expect(health.statusCode).toBe(200)
    expect(health.json().dependencies).toEqual({ database: 'up', cache: 'down' })
  })
})

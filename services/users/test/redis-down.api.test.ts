import { createCache, createTokenService } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, PASSWORD, type TestApp } from './helpers.js'

// Nothing listens on port 1: this cache is Redis that is down for the whole test.
const deadCache = createCache({ redisUrl: 'redis://127.0.0.1:1' })
let harness: Awaited<ReturnType<typeof createTestApp>>
let app: TestApp

beforeAll(async () => {
  const tokens = createTokenService({
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
  it('keeps serving: register, login, /users/me and refresh work; /health says the cache is down but stays 200', async () => {
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
    expect(login.statusCode).toBe(200)
    const me = await app.inject({
      url: '/users/me',
      headers: { authorization: `Bearer ${login.json().access_token}` },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json().email).toBe(email)
    const refreshed = await app.inject({
      method: 'POST',
      url: '/auth/refresh',
      payload: { refresh_token: login.json().refresh_token },
    })
    expect(refreshed.statusCode).toBe(200)

    const health = await app.inject('/health')
    expect(health.statusCode).toBe(200)
    expect(health.json().dependencies).toEqual({ database: 'up', cache: 'down' })
  })
})

import { type Cache, createCache } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { LoginThrottledError } from './auth.errors.js'
import { createLoginThrottle } from './login-throttle.js'

function fakeCache(): Cache & { values: Map<string, { value: string; ttl: number }> } {
  const values = new Map<string, { value: string; ttl: number }>()
  const increment = async (key: string, ttl: number) => {
    const next = Number(values.get(key)?.value ?? 0) + 1
    values.set(key, { value: String(next), ttl: values.get(key)?.ttl ?? ttl })
    return next
  }
  return {
    values,
    get: async (key) => values.get(key)?.value ?? null,
    set: async (key, value, ttl) => void values.set(key, { value, ttl }),
    del: async (...keys) => {
      for (const key of keys) values.delete(key)
    },
    increment,
    mustIncrement: increment,
    mustGetMany: async (keys) => keys.map((key) => values.get(key)?.value ?? null),
    mustSet: async (key, value, options) => void values.set(key, { value, ttl: options?.ttlSeconds ?? 0 }),
    ttl: async (key) => values.get(key)?.ttl ?? 0,
    ping: async () => {},
    state: () => 'up',
    close: async () => {},
  }
}

describe('createLoginThrottle', () => {
  it('refuses the login (503) when it cannot count the attempt, rather than letting it through', async () => {
    const cache = createCache({ redisUrl: 'redis://127.0.0.1:1' })
    try {
      const throttle = createLoginThrottle({ cache })
      const error = await throttle.registerAttempt('d@x.test').catch((caught) => caught)
      expect(error).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' })
    } finally {
      await cache.close()
    }
  })

  it('lets five attempts through and refuses the sixth with the time left in the window', async () => {
    const throttle = createLoginThrottle({ cache: fakeCache() })
    for (let attempt = 0; attempt < 5; attempt += 1) await throttle.registerAttempt('A@x.test')
    const error = await throttle.registerAttempt('a@X.test').catch((caught) => caught)
    expect(error).toBeInstanceOf(LoginThrottledError)
    expect(error.headers['retry-after']).toBe('900')
  })

  it('starts counting again after a reset', async () => {
    const throttle = createLoginThrottle({ cache: fakeCache() })
    for (let attempt = 0; attempt < 5; attempt += 1) await throttle.registerAttempt('b@x.test')
    await throttle.reset('b@x.test')
    await expect(throttle.registerAttempt('b@x.test')).resolves.toBeUndefined()
  })

  it('gives a counter without expiry a new window instead of locking the email forever', async () => {
    const cache = fakeCache()
    cache.values.set('users:login-attempts:c@x.test', { value: '9', ttl: 0 })
    const throttle = createLoginThrottle({ cache, windowSeconds: 60 })
    const error = await throttle.registerAttempt('c@x.test').catch((caught) => caught)
    expect(error.headers['retry-after']).toBe('60')
    expect(cache.values.get('users:login-attempts:c@x.test')?.ttl).toBe(60)
  })
})

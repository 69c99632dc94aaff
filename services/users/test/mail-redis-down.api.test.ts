import { createCache, createTokenService } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMailTestApp } from './mail-harness.js'

// Nothing listens on port 1: Redis is down for the whole file.
const deadCache = createCache({ redisUrl: 'redis://127.0.0.1:1' })
let harness: Awaited<ReturnType<typeof createMailTestApp>>

beforeAll(async () => {
  const tokens = createTokenService({ secret: 'x'.repeat(32), cache: deadCache })
  harness = await createMailTestApp({ cache: deadCache, tokens })
})
afterAll(async () => {
  await harness?.close()
  await deadCache.close()
})

describe('password reset with the cache down', () => {
  it('refuses with 503 (requests cannot be counted) instead of sending uncounted', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/auth/password/forgot',
      payload: { email: 'someone@example.test' },
    })
    expect(response.statusCode).toBe(503)
    expect(harness.smtp.mails).toHaveLength(0)
  })
})

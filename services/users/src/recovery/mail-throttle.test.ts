import { createCache } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { createMailThrottle, MailThrottledError } from './mail-throttle.js'

describe('mail throttle', () => {
  it('counts reset requests per client address across e-mails, and per e-mail across addresses', async () => {
    const cache = createCache({})
    const throttle = createMailThrottle({ cache, limits: { perIp: 2, perEmail: 2 } })
    await throttle.passwordReset('a@example.test', '10.0.0.1')
    await throttle.passwordReset('b@example.test', '10.0.0.1')
    await expect(throttle.passwordReset('c@example.test', '10.0.0.1')).rejects.toBeInstanceOf(
      MailThrottledError,
    )
    // Another address may still ask, until the e-mail's own limit.
    await throttle.passwordReset('A@example.test', '10.0.0.2')
    await expect(throttle.passwordReset('a@example.test', '10.0.0.3')).rejects.toMatchObject({
      statusCode: 429,
      code: 'MAIL_THROTTLED',
    })
    await cache.close()
  })
})

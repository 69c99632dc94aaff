import { createSigner } from 'fast-jwt'
import { describe, expect, it } from 'vitest'
import { createCache } from '../cache.js'
import { UnauthorizedError } from '../errors.js'
import {
  createTokenService,
  deriveServiceTokenSecret,
  MAX_SERVICE_TOKEN_SECONDS,
  SERVICE_TOKEN_SECONDS,
} from './tokens.js'

// Issue 9.11: service tokens have their own secret, an audience and a short, enforced lifetime.
const userSecret = 'u'.repeat(40)
const serviceSecret = 's'.repeat(40)
const cache = createCache({})
const tokens = createTokenService({ secret: userSecret, serviceSecret, cache })
const now = () => Math.floor(Date.now() / 1000)
const signWith = (key: string, claims: Record<string, unknown>) =>
  createSigner({ key, algorithm: 'HS256' })(claims)

/** The claims of a token course-service sends to enrollment-service. */
const courseToEnrollment = { sub: 'course-service', aud: 'enrollment-service', type: 'service' }

describe('service tokens', () => {
  it('name the caller and the callee, and live two minutes', () => {
    const claims = tokens.verifyServiceToken(
      tokens.issueServiceToken('course-service', 'enrollment-service'),
      'enrollment-service',
    )
    expect(claims).toMatchObject({ sub: 'course-service', aud: 'enrollment-service', type: 'service' })
    expect(claims.exp - claims.iat).toBe(SERVICE_TOKEN_SECONDS)
    expect(SERVICE_TOKEN_SECONDS).toBeLessThanOrEqual(MAX_SERVICE_TOKEN_SECONDS)
  })

  it('are refused by any other service (aud)', () => {
    const token = tokens.issueServiceToken('course-service', 'enrollment-service')
    expect(() => tokens.verifyServiceToken(token, 'user-service')).toThrow(UnauthorizedError)
    expect(() => tokens.verifyServiceToken(token, 'user-service')).toThrow(/not for user-service/)
  })

  it('are refused when they claim a longer life than the maximum, or none', () => {
    const iat = now()
    const long = signWith(serviceSecret, {
      ...courseToEnrollment,
      iat,
      exp: iat + MAX_SERVICE_TOKEN_SECONDS + 1,
    })
    expect(() => tokens.verifyServiceToken(long, 'enrollment-service')).toThrow(/at most 300 seconds/)
    const forever = signWith(serviceSecret, {
      ...courseToEnrollment,
      iat,
    })
    expect(() => tokens.verifyServiceToken(forever, 'enrollment-service')).toThrow(UnauthorizedError)
    const noAudience = signWith(serviceSecret, { sub: 'course-service', type: 'service', iat, exp: iat + 60 })
    expect(() => tokens.verifyServiceToken(noAudience, 'enrollment-service')).toThrow(UnauthorizedError)
  })

  it('are refused when issued in the future (a short lifetime counted from far ahead)', () => {
    const iat = now() + 3600
    const ahead = signWith(serviceSecret, {
      ...courseToEnrollment,
      iat,
      exp: iat + 60,
    })
    expect(() => tokens.verifyServiceToken(ahead, 'enrollment-service')).toThrow(UnauthorizedError)
  })

  it('are refused when signed with the user-token secret, even with every claim right', () => {
    const iat = now()
    const forged = signWith(userSecret, {
      ...courseToEnrollment,
      iat,
      exp: iat + 60,
    })
    expect(() => tokens.verifyServiceToken(forged, 'enrollment-service')).toThrow(UnauthorizedError)
  })

  it('never pass as user tokens, and user tokens never pass as service tokens', async () => {
    await tokens.markRevocationsLoaded()
    const service = tokens.issueServiceToken('course-service', 'user-service')
    await expect(tokens.verifyAccessToken(service)).rejects.toThrow(UnauthorizedError)
    expect(() => tokens.verifyRefreshToken(service)).toThrow(UnauthorizedError)
    const access = tokens.issueAccessToken({ id: 1, email: 'a@example.com', role: 'admin' }).token
    expect((await tokens.verifyAccessToken(access)).id).toBe(1)
    expect(() => tokens.verifyServiceToken(access, 'user-service')).toThrow(UnauthorizedError)
  })

  it('use a secret of their own: derived (development) differs from the user secret, equal is refused', () => {
    expect(deriveServiceTokenSecret(userSecret)).not.toBe(userSecret)
    expect(deriveServiceTokenSecret(userSecret)).toBe(deriveServiceTokenSecret(userSecret))
    expect(() => createTokenService({ secret: userSecret, serviceSecret: userSecret, cache })).toThrow(
      /must differ/,
    )
    const derived = createTokenService({ secret: userSecret, cache })
    const token = derived.issueServiceToken('course-service', 'user-service')
    expect(() => tokens.verifyServiceToken(token, 'user-service')).toThrow(UnauthorizedError)
    expect(derived.verifyServiceToken(token, 'user-service').sub).toBe('course-service')
  })
})

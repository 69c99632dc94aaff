import { createHmac, randomUUID } from 'node:crypto'
import { createSigner, createVerifier } from 'fast-jwt'
import type { Cache } from '../cache.js'
import { ServiceUnavailableError, UnauthorizedError } from '../errors.js'
import type { Actor, Role } from './actor.js'

export const ACCESS_TOKEN_SECONDS = 30 * 60
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 60 * 60
/** What a service token is issued for; callers reissue well before it runs out (service-client.ts). */
export const SERVICE_TOKEN_SECONDS = 2 * 60
/** The longest lifetime (exp − iat) a service token may claim; a longer one is refused. */
export const MAX_SERVICE_TOKEN_SECONDS = 5 * 60
/** How far in the future a service token's iat may be (clocks of two hosts differ a little). */
const SERVICE_CLOCK_SKEW_SECONDS = 30

export interface AccessClaims {
  sub: string
  email: string
  role: Role
  type: 'access'
  jti: string
  iat: number
  exp: number
}

export interface RefreshClaims {
  sub: string
  type: 'refresh'
  jti: string
  family: string
  iat: number
  exp: number
}

export interface ServiceClaims {
  /** The calling service, e.g. 'course-service'. */
  sub: string
  /** The called service: a token is good for that one only. */
  aud: string
  type: 'service'
  iat: number
  exp: number
}

/**
 * The service-token secret where none is configured (development, tests): derived from the user
 * secret, so services started separately agree, yet different from it, so neither kind of token
 * verifies as the other. Production refuses to run without its own SERVICE_TOKEN_SECRET (config.ts).
 */
export function deriveServiceTokenSecret(userTokenSecret: string): string {
  return createHmac('sha256', userTokenSecret).update('smartcourse service tokens v1').digest('base64url')
}

/** User tokens name a user id (an int4) and carry a jti. */
function isWellFormed(claims: { sub: unknown; jti?: unknown }): boolean {
  return (
    typeof claims.sub === 'string' &&
    /^[1-9]\d{0,9}$/.test(claims.sub) &&
    Number(claims.sub) <= 2_147_483_647 &&
    typeof claims.jti === 'string' &&
    claims.jti.length > 0
  )
}

export const revokedTokenKey = (jti: string) => `auth:revoked-token:${jti}`
export const revokedUserKey = (userId: number | string) => `auth:revoked-user:${userId}`
/**
 * Present only once user-service has copied every live revocation from PostgreSQL into the
 * cache (and never expiring): a cache restarted empty lacks it, so "no marker" is not taken for
 * "not revoked" until user-service has reloaded them.
 */
export const REVOCATIONS_LOADED_KEY = 'auth:revocations-loaded'
/** A user marker outlives every access token issued before it. */
export const USER_MARKER_SECONDS = ACCESS_TOKEN_SECONDS + 60

export class RevocationStateUnavailableError extends ServiceUnavailableError {
  constructor() {
    super('Cannot tell yet whether this token was revoked; retry shortly')
  }
}

/**
 * Issues and verifies the three token kinds of docs/API.md#auth-and-token-lifecycle, and checks
 * revocation (logout, deleted users). User tokens (access, refresh) are HS256 with `secret`;
 * service tokens with their own `serviceSecret`, an `aud` naming the called service and a
 * lifetime of at most MAX_SERVICE_TOKEN_SECONDS, all checked on verification. user-service keeps revocations in PostgreSQL and
 * copies them to the cache; a check that cannot read the cache, or finds it not loaded, answers
 * 503: it never takes "unknown" for "not revoked".
 */
export function createTokenService(options: {
  secret: string
  /** Unset: derived from `secret` (development and tests; production configures its own). */
  serviceSecret?: string
  cache: Cache
  now?: () => number
}) {
  const { secret, cache } = options
  const serviceSecret = options.serviceSecret ?? deriveServiceTokenSecret(secret)
  if (serviceSecret === secret)
    throw new Error('The service-token secret must differ from the user-token secret')
  const nowSeconds = () => Math.floor((options.now?.() ?? Date.now()) / 1000)
  const sign = createSigner({ key: secret, algorithm: 'HS256' })
  const verify = createVerifier({
    key: secret,
    algorithms: ['HS256'],
    // A well-signed token without these was not issued here: refuse it rather than trust it.
    requiredClaims: ['sub', 'type', 'iat', 'exp'],
    cache: 1000,
  })
  const signService = createSigner({ key: serviceSecret, algorithm: 'HS256' })
  const verifyService = createVerifier({
    key: serviceSecret,
    algorithms: ['HS256'],
    requiredClaims: ['sub', 'aud', 'type', 'iat', 'exp'],
    cache: 1000,
  })

  function signWithLifetime(claims: Record<string, unknown>, seconds: number) {
    const iat = nowSeconds()
    return sign({ ...claims, iat, exp: iat + seconds })
  }

  function decode<T extends { type: string }>(token: string, type: T['type']): T {
    let claims: T
    try {
      claims = verify(token) as T
    } catch {
      throw new UnauthorizedError('Invalid or expired token')
    }
    if (claims.type !== type)
      throw new UnauthorizedError(`Expected ${type === 'access' ? 'an' : 'a'} ${type} token`)
    if (!isWellFormed(claims as unknown as { sub: unknown; jti?: unknown })) {
      throw new UnauthorizedError('Invalid or expired token')
    }
    return claims
  }

  function decodeService(token: string, audience: string): ServiceClaims {
    let claims: ServiceClaims
    try {
      claims = verifyService(token) as ServiceClaims
    } catch {
      // Also every user token: it is signed with the other secret.
      throw new UnauthorizedError('Invalid or expired service token')
    }
    if (claims.type !== 'service' || typeof claims.sub !== 'string' || claims.sub === '') {
      throw new UnauthorizedError('Invalid or expired service token')
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
    if (!audiences.includes(audience)) {
      throw new UnauthorizedError(`Service token is not for ${audience}`)
    }
    const { iat, exp } = claims
    if (
      typeof iat !== 'number' ||
      typeof exp !== 'number' ||
      exp - iat > MAX_SERVICE_TOKEN_SECONDS ||
      iat > nowSeconds() + SERVICE_CLOCK_SKEW_SECONDS
    ) {
      throw new UnauthorizedError(`Service tokens live at most ${MAX_SERVICE_TOKEN_SECONDS} seconds`)
    }
    return claims
  }

  return {
    issueAccessToken(user: { id: number; email: string; role: Role }) {
      const jti = randomUUID()
      const token = signWithLifetime(
        { sub: String(user.id), email: user.email, role: user.role, type: 'access', jti },
        ACCESS_TOKEN_SECONDS,
      )
      return { token, jti, expiresIn: ACCESS_TOKEN_SECONDS }
    },

    issueRefreshToken(userId: number, family: string = randomUUID()) {
      const jti = randomUUID()
      const token = signWithLifetime(
        { sub: String(userId), type: 'refresh', jti, family },
        REFRESH_TOKEN_SECONDS,
      )
      return { token, jti, family, expiresAt: new Date((nowSeconds() + REFRESH_TOKEN_SECONDS) * 1000) }
    },

    /** A token for `caller` to call `audience` (service names, e.g. 'course-service'). */
    issueServiceToken(caller: string, audience: string) {
      const iat = nowSeconds()
      return signService({
        sub: caller,
        aud: audience,
        type: 'service',
        iat,
        exp: iat + SERVICE_TOKEN_SECONDS,
      })
    },

    verifyRefreshToken(token: string): RefreshClaims {
      return decode<RefreshClaims>(token, 'refresh')
    },

    /** Signature, expiry, `aud` = the verifying service, and a lifetime within the maximum. */
    verifyServiceToken(token: string, audience: string): ServiceClaims {
      return decodeService(token, audience)
    },

    /** Verifies signature, expiry and type, then revocation (503 when that cannot be told). */
    async verifyAccessToken(token: string): Promise<Actor> {
      const claims = decode<AccessClaims>(token, 'access')
      const [loaded, tokenRevoked, userRevokedAt] = await cache
        .mustGetMany([REVOCATIONS_LOADED_KEY, revokedTokenKey(claims.jti), revokedUserKey(claims.sub)])
        .catch(() => {
          throw new RevocationStateUnavailableError()
        })
      // A marker found is a definite "revoked", loaded or not.
      if (tokenRevoked !== null) throw new UnauthorizedError('Token has been revoked')
      if (userRevokedAt !== null && claims.iat <= Number(userRevokedAt)) {
        throw new UnauthorizedError('Token has been revoked')
      }
      if (loaded === null) throw new RevocationStateUnavailableError()
      return {
        id: Number(claims.sub),
        email: claims.email,
        role: claims.role,
        jti: claims.jti,
        expiresAt: claims.exp,
      }
    },

    /**
     * Publishes one access token's revocation until it would have expired anyway. Throws when
     * the cache cannot take it: the caller (user-service, which has it in PostgreSQL in the same
     * transaction) then rolls back and answers 503.
     */
    async revokeAccessToken(
      actor: Pick<Actor, 'jti' | 'expiresAt'>,
      options: { onlyIfAbsent?: boolean } = {},
    ) {
      const ttlSeconds = actor.expiresAt - nowSeconds()
      if (ttlSeconds <= 0) return
      await cache.mustSet(revokedTokenKey(actor.jti), '1', { ttlSeconds, ...options })
    },

    /** Publishes "every access token issued to the user up to `at` (seconds) is revoked". */
    async revokeAllForUser(
      userId: number,
      at: number = nowSeconds(),
      options: { onlyIfAbsent?: boolean } = {},
    ) {
      const ttlSeconds = at + USER_MARKER_SECONDS - nowSeconds()
      if (ttlSeconds <= 0) return
      await cache.mustSet(revokedUserKey(userId), String(at), { ttlSeconds, ...options })
    },

    /** Tells every service the cache holds all live revocations (user-service, after loading them). */
    async markRevocationsLoaded() {
      await cache.mustSet(REVOCATIONS_LOADED_KEY, String(nowSeconds()))
    },

    /** Whether the cache holds all live revocations; throws when it cannot be read. */
    async revocationsLoaded(): Promise<boolean> {
      const [loaded] = await cache.mustGetMany([REVOCATIONS_LOADED_KEY])
      return loaded !== null && loaded !== undefined
    },
  }
}

export type TokenService = ReturnType<typeof createTokenService>

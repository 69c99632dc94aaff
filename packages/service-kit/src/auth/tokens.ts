import { randomUUID } from 'node:crypto'
import { createSigner, createVerifier } from 'fast-jwt'
import type { Cache } from '../cache.js'
import { ServiceUnavailableError, UnauthorizedError } from '../errors.js'
import type { Actor, Role } from './actor.js'

export const ACCESS_TOKEN_SECONDS = 30 * 60
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 60 * 60
const SERVICE_TOKEN_SECONDS = 5 * 60

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
  sub: string
  type: 'service'
  iat: number
  exp: number
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
 * Issues and verifies the three token kinds of docs/API.md#auth-and-token-lifecycle with one shared HS256 secret, and
 * checks revocation (logout, deleted users). user-service keeps revocations in PostgreSQL and
 * copies them to the cache; a check that cannot read the cache, or finds it not loaded, answers
 * 503: it never takes "unknown" for "not revoked".
 */
export function createTokenService(options: { secret: string; cache: Cache; now?: () => number }) {
  const { secret, cache } = options
  const nowSeconds = () => Math.floor((options.now?.() ?? Date.now()) / 1000)
  const sign = createSigner({ key: secret, algorithm: 'HS256' })
  const verify = createVerifier({
    key: secret,
    algorithms: ['HS256'],
    // A well-signed token without these was not issued here: refuse it rather than trust it.
    requiredClaims: ['sub', 'type', 'iat', 'exp'],
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
    if (type !== 'service' && !isWellFormed(claims as unknown as { sub: unknown; jti?: unknown })) {
      throw new UnauthorizedError('Invalid or expired token')
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

    issueServiceToken(serviceName: string) {
      return signWithLifetime({ sub: serviceName, type: 'service' }, SERVICE_TOKEN_SECONDS)
    },

    verifyRefreshToken(token: string): RefreshClaims {
      return decode<RefreshClaims>(token, 'refresh')
    },

    verifyServiceToken(token: string): ServiceClaims {
      return decode<ServiceClaims>(token, 'service')
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

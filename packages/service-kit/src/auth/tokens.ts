import { randomUUID } from 'node:crypto'
import { createSigner, createVerifier } from 'fast-jwt'
import type { Cache } from '../cache.js'
import { UnauthorizedError } from '../errors.js'
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

const revokedTokenKey = (jti: string) => `auth:revoked-token:${jti}`
const revokedUserKey = (userId: number | string) => `auth:revoked-user:${userId}`

/**
 * Issues and verifies the three token kinds of docs/API.md#auth-and-token-lifecycle with one shared HS256 secret, and
 * checks the revocation markers (logout, deleted users) kept in the cache.
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

    /** Verifies signature, expiry and type, then the revocation markers. */
    async verifyAccessToken(token: string): Promise<Actor> {
      const claims = decode<AccessClaims>(token, 'access')
      const [tokenRevoked, userRevokedAt] = await Promise.all([
        cache.get(revokedTokenKey(claims.jti)),
        cache.get(revokedUserKey(claims.sub)),
      ])
      if (tokenRevoked !== null) throw new UnauthorizedError('Token has been revoked')
      if (userRevokedAt !== null && claims.iat <= Number(userRevokedAt)) {
        throw new UnauthorizedError('Token has been revoked')
      }
      return {
        id: Number(claims.sub),
        email: claims.email,
        role: claims.role,
        jti: claims.jti,
        expiresAt: claims.exp,
      }
    },

    /** Makes one access token unusable until it would have expired anyway. */
    async revokeAccessToken(actor: Pick<Actor, 'jti' | 'expiresAt'>) {
      const ttl = Math.max(1, actor.expiresAt - nowSeconds())
      await cache.set(revokedTokenKey(actor.jti), '1', ttl)
    },

    /** Makes every access token issued to the user so far unusable. */
    async revokeAllForUser(userId: number) {
      await cache.set(revokedUserKey(userId), String(nowSeconds()), ACCESS_TOKEN_SECONDS + 60)
    },
  }
}

export type TokenService = ReturnType<typeof createTokenService>

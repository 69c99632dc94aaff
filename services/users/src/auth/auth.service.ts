import { createHash } from 'node:crypto'
import {
  type Actor,
  type Clock,
  type Database,
  type Executor,
  ForbiddenError,
  hashPassword,
  type TokenService,
  verifyAgainstDummy,
  verifyPassword,
} from '@smartcourse/service-kit'
import type { UserRow } from '../db/tables.js'
import { uniqueViolation } from '../db/unique-violation.js'
import { EmailTakenError, UsernameTakenError } from '../users/user.errors.js'
import { createUserRepository, type Role } from '../users/user.repository.js'
import { InvalidCredentialsError, InvalidRefreshTokenError } from './auth.errors.js'
import type { LoginThrottle } from './login-throttle.js'
import { createRefreshTokenRepository, type RefreshTokenRepository } from './refresh-token.repository.js'
import { createRevocationRepository } from './revocation.repository.js'

export interface RegisterInput {
  email: string
  username: string
  password: string
  first_name?: string | null
  last_name?: string | null
  role?: Exclude<Role, 'admin'>
}

export interface TokenPair {
  access_token: string
  refresh_token: string
  token_type: 'bearer'
  expires_in: number
}

const CONSTRAINT_ERRORS: Record<string, () => Error> = {
  users_email_lower_key: () => new EmailTakenError(),
  users_username_lower_key: () => new UsernameTakenError(),
}

/** Only the SHA-256 of a refresh token is stored; a database leak yields no usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export const canSignIn = (user: UserRow) => user.isActive && !user.isDeleted

/** A new access token and a refresh token (of `family`, or a new one), stored hashed. */
export async function issueTokenPair(
  tokens: TokenService,
  repository: RefreshTokenRepository,
  user: Pick<UserRow, 'id' | 'email' | 'role'>,
  family?: string,
): Promise<TokenPair> {
  const access = tokens.issueAccessToken(user)
  const refresh = tokens.issueRefreshToken(user.id, family)
  await repository.insert({
    userId: user.id,
    jti: refresh.jti,
    family: refresh.family,
    tokenHash: hashToken(refresh.token),
    expiresAt: refresh.expiresAt,
  })
  return {
    access_token: access.token,
    refresh_token: refresh.token,
    token_type: 'bearer',
    expires_in: access.expiresIn,
  }
}

/** Registration, login, refresh-token rotation and logout (docs/API.md#auth-and-token-lifecycle). */
export function createAuthService(deps: {
  db: Database
  tokens: TokenService
  throttle: LoginThrottle
  clock: Clock
  /** Runs in the registration's transaction (the verification mail is queued there). */
  onRegistered?: (tx: Executor, user: UserRow) => Promise<void>
  /** After the registration committed. */
  afterRegistered?: () => void
}) {
  const { db, tokens, throttle, clock } = deps
  const users = createUserRepository(db)
  const refreshTokens = createRefreshTokenRepository(db)

  const issuePair = (
    user: Pick<UserRow, 'id' | 'email' | 'role'>,
    repository: RefreshTokenRepository,
    family?: string,
  ) => issueTokenPair(tokens, repository, user, family)

  return {
    /** Creates a student or instructor (with an empty instructor profile). */
    async register(input: RegisterInput): Promise<UserRow> {
      const email = input.email.toLowerCase()
      const taken = await users.findTaken(email, input.username)
      if (taken.email) throw new EmailTakenError()
      if (taken.username) throw new UsernameTakenError()
      const hashedPassword = await hashPassword(input.password)
      const role = input.role ?? 'student'
      try {
        const created = await db.transaction(async (tx) => {
          const repository = createUserRepository(tx)
          const user = await repository.insertUser({
            email,
            username: input.username,
            hashedPassword,
            firstName: input.first_name ?? null,
            lastName: input.last_name ?? null,
            role,
          })
          if (role === 'instructor') await repository.insertInstructorProfile(user.id)
          await deps.onRegistered?.(tx, user)
          return user
        })
        deps.afterRegistered?.()
        return created
      } catch (error) {
        // A concurrent registration got past the check above: the unique index decides.
        const constraint = uniqueViolation(error)
        const mapped = constraint === undefined ? undefined : CONSTRAINT_ERRORS[constraint]
        throw mapped ? mapped() : error
      }
    },

    /**
     * Checks the password (argon2id, or a legacy bcrypt hash that is then upgraded) and opens a
     * new token family. Unknown, wrong and unusable accounts fail alike and take as long.
     */
    async login(input: { email: string; password: string }): Promise<TokenPair> {
      const email = input.email.toLowerCase()
      await throttle.registerAttempt(email)
      const user = await users.findByEmail(email)
      if (!user) {
        await verifyAgainstDummy(input.password)
        throw new InvalidCredentialsError()
      }
      const { valid, needsRehash } = await verifyPassword(user.hashedPassword, input.password)
      if (!valid || !canSignIn(user)) throw new InvalidCredentialsError()
      const rehashed = needsRehash ? await hashPassword(input.password) : undefined
      await throttle.reset(email)
      await users.recordLogin(user.id, clock.now(), rehashed)
      return issuePair(user, refreshTokens)
    },

    /**
     * Rotates a refresh token: the presented one is revoked and a new pair of the same family is
     * returned. A rotated token presented again means it was stolen or replayed, so the whole
     * family is revoked; a token revoked without rotation (logout, account deleted) just ends.
     */
    async refresh(refreshToken: string): Promise<TokenPair> {
      tokens.verifyRefreshToken(refreshToken)
      const tokenHash = hashToken(refreshToken)
      const now = clock.now()
      const rotated = await db.transaction(async (tx) => {
        const repository = createRefreshTokenRepository(tx)
        const previous = await repository.revokeIfLive(tokenHash, now)
        if (!previous) return undefined
        const user = await createUserRepository(tx).findById(previous.userId)
        if (!user || !canSignIn(user))
          throw new InvalidRefreshTokenError('This account can no longer sign in')
        return issuePair(user, repository, previous.family)
      })
      if (rotated) return rotated
      const stored = await refreshTokens.findByHash(tokenHash)
      if (stored?.revokedAt && (await refreshTokens.wasRotated(stored))) {
        await refreshTokens.revokeFamily(stored.family, now)
        throw new InvalidRefreshTokenError('Refresh token was already used; the session has been revoked')
      }
      if (stored?.revokedAt)
        throw new InvalidRefreshTokenError('This session was logged out or revoked; sign in again')
      throw new InvalidRefreshTokenError()
    },

    /**
     * Ends the caller's session: the refresh token's family and the access token in use. The
     * revocation is stored in PostgreSQL and published to the cache in one transaction: if the
     * cache cannot take it, nothing changes and the caller gets 503 (the session is not ended).
     */
    async logout(actor: Actor, refreshToken: string): Promise<void> {
      const claims = tokens.verifyRefreshToken(refreshToken)
      if (Number(claims.sub) !== actor.id)
        throw new ForbiddenError('This refresh token belongs to another user')
      await db.transaction(async (tx) => {
        await createRefreshTokenRepository(tx).revokeFamily(claims.family, clock.now())
        await createRevocationRepository(tx).revokeAccessToken({
          jti: actor.jti,
          userId: actor.id,
          expiresAt: new Date(actor.expiresAt * 1000),
        })
        await tokens.revokeAccessToken(actor)
      })
    },
  }
}

export type AuthService = ReturnType<typeof createAuthService>

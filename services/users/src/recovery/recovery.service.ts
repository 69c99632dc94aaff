import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  type Actor,
  type Clock,
  type Database,
  type Executor,
  hashPassword,
  type TokenService,
  UnauthorizedError,
  verifyPassword,
} from '@smartcourse/service-kit'
import { canSignIn, hashToken, issueTokenPair, type TokenPair } from '../auth/auth.service.js'
import type { LoginThrottle } from '../auth/login-throttle.js'
import { createRefreshTokenRepository } from '../auth/refresh-token.repository.js'
import type { UserRow } from '../db/tables.js'
import type { MailQueue } from '../mail/mail-queue.js'
import { templates } from '../mail/templates.js'
import { createUserRepository } from '../users/user.repository.js'
import { createEmailTokenRepository, type EmailTokenPurpose } from './email-token.repository.js'
import type { MailThrottle } from './mail-throttle.js'
import {
  AlreadyVerifiedError,
  InvalidResetTokenError,
  InvalidVerificationTokenError,
  WrongCurrentPasswordError,
} from './recovery.errors.js'

export const RESET_TOKEN_MINUTES = 30
export const MAX_OUTSTANDING_RESETS = 3
export const VERIFICATION_TOKEN_HOURS = 48

export interface RecoveryLinks {
  publicBaseUrl: string
  platformName: string
}

interface WarnLogger {
  warn(details: object, message: string): void
  error(details: object, message: string): void
}

/** Where the web app (apps/web, served under /app) has the pages the mails link to. */
export const webPaths = {
  resetPassword: '/app/reset-password',
  verifyEmail: '/app/verify-email',
  login: '/app/login',
  myCourses: '/app/my-courses',
}

export const displayName = (user: Pick<UserRow, 'firstName' | 'lastName' | 'username'>) =>
  [user.firstName, user.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ') || user.username

/**
 * Waits until the wall-clock second after `atSeconds`: access tokens carry whole-second `iat`s and
 * "revoked up to at" includes `at`, so a token issued in that same second would be revoked too.
 */
async function afterSecond(atSeconds: number) {
  const wait = (atSeconds + 1) * 1000 - Date.now()
  if (wait > 0) await sleep(wait)
}

/** Password reset, e-mail verification and password change (docs/API.md#account-recovery). */
export function createRecoveryService(deps: {
  db: Database
  tokens: TokenService
  clock: Clock
  mail: MailQueue
  throttle: MailThrottle
  loginThrottle: LoginThrottle
  links: RecoveryLinks
  logger: WarnLogger
}) {
  const { db, tokens, clock, mail, throttle, links, logger } = deps
  const users = createUserRepository(db)
  const background = new Set<Promise<void>>()
  const link = (path: string, token?: string) =>
    `${links.publicBaseUrl.replace(/\/$/, '')}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`
  const context = (user: UserRow) => ({ platformName: links.platformName, name: displayName(user) })

  async function newToken(tx: Executor, user: UserRow, purpose: EmailTokenPurpose, lifetimeMs: number) {
    const token = randomBytes(32).toString('base64url')
    await createEmailTokenRepository(tx).insert({
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(clock.now().getTime() + lifetimeMs),
    })
    return token
  }

  async function queueVerification(tx: Executor, user: UserRow) {
    const token = await newToken(tx, user, 'email_verification', VERIFICATION_TOKEN_HOURS * 3600_000)
    await mail.queue(
      tx,
      user,
      templates.emailVerification(context(user), link(webPaths.verifyEmail, token), VERIFICATION_TOKEN_HOURS),
    )
  }

  /** The mail of a reset request, after the 202 went out: known and unknown e-mails answer alike. */
  async function sendResetLink(email: string) {
    const found = await users.findByEmail(email)
    if (!found || !canSignIn(found)) return
    const sent = await db.transaction(async (tx) => {
      // Locked, so concurrent requests cannot both see room for one more outstanding token.
      const user = await createUserRepository(tx).lockLive(found.id)
      if (!user) return false
      const outstanding = await createEmailTokenRepository(tx).countLive(
        user.id,
        'password_reset',
        clock.now(),
      )
      if (outstanding >= MAX_OUTSTANDING_RESETS) {
        logger.warn({ user_id: user.id }, 'password reset not sent: three links are still outstanding')
        return false
      }
      const token = await newToken(tx, user, 'password_reset', RESET_TOKEN_MINUTES * 60_000)
      await mail.queue(
        tx,
        user,
        templates.passwordReset(context(user), link(webPaths.resetPassword, token), RESET_TOKEN_MINUTES),
      )
      return true
    })
    if (sent) mail.flush()
  }

  /** Ends the user's sessions in one transaction with `change`; returns the revocation second. */
  async function revokeSessions(tx: Executor, userId: number, hashedPassword: string) {
    const atSeconds = Math.floor(Date.now() / 1000)
    const at = new Date(atSeconds * 1000)
    await createUserRepository(tx).setPassword(userId, hashedPassword, at)
    await createRefreshTokenRepository(tx).revokeAllOfUser(userId, clock.now())
    await createEmailTokenRepository(tx).consumeAll(userId, 'password_reset', clock.now())
    // Last: if the cache cannot take the marker, the transaction rolls back (503).
    await tokens.revokeAllForUser(userId, atSeconds)
    return atSeconds
  }

  return {
    queueVerification,
    flushMail: () => mail.flush(),

    /**
     * Counts the request (per client address and per e-mail; 429 past the limit, 503 without the
     * cache), then answers at once: finding the account and sending happen afterwards, so the
     * time taken tells nothing about whether the account exists.
     */
    async forgotPassword(email: string, ip: string) {
      const normalized = email.toLowerCase()
      await throttle.passwordReset(normalized, ip)
      const work = sendResetLink(normalized)
        .catch((error) => logger.error({ err: error }, 'password reset mail could not be queued'))
        .finally(() => background.delete(work))
      background.add(work)
    },

    /**
     * Sets the password if the token is live (used once: one conditional UPDATE), revokes every
     * refresh token family and every access token of the user, and mails "password changed".
     */
    async resetPassword(token: string, newPassword: string) {
      const hashedPassword = await hashPassword(newPassword)
      const atSeconds = await db.transaction(async (tx) => {
        const row = await createEmailTokenRepository(tx).consume(
          hashToken(token),
          'password_reset',
          clock.now(),
        )
        if (!row) throw new InvalidResetTokenError()
        const user = await createUserRepository(tx).lockLive(row.userId)
        if (!user || !canSignIn(user)) throw new InvalidResetTokenError()
        const revokedAt = await revokeSessions(tx, user.id, hashedPassword)
        await mail.queue(tx, user, templates.passwordChanged(context(user), link(webPaths.login)))
        return revokedAt
      })
      mail.flush()
      // A sign-in right after this answer must not get a token of the revoked second.
      await afterSecond(atSeconds)
    },

    async verifyEmail(token: string) {
      await db.transaction(async (tx) => {
        const row = await createEmailTokenRepository(tx).consume(
          hashToken(token),
          'email_verification',
          clock.now(),
        )
        if (!row) throw new InvalidVerificationTokenError()
        const user = await createUserRepository(tx).markVerified(row.userId, clock.now())
        if (!user) throw new InvalidVerificationTokenError()
      })
    },

    async resendVerification(actor: Actor) {
      const user = await users.findById(actor.id)
      if (!user || !canSignIn(user)) throw new UnauthorizedError('This account is no longer active')
      if (user.isVerified) throw new AlreadyVerifiedError()
      await throttle.verificationResend(user.id)
      await db.transaction((tx) => queueVerification(tx, user))
      mail.flush()
    },

    /**
     * Changes the password after checking the current one (counted like a login): every session
     * ends, and the caller gets a fresh token pair so this one goes on.
     */
    async changePassword(
      actor: Actor,
      input: { current_password: string; new_password: string },
    ): Promise<TokenPair> {
      const user = await users.findById(actor.id)
      if (!user || !canSignIn(user)) throw new UnauthorizedError('This account is no longer active')
      await deps.loginThrottle.registerAttempt(user.email)
      const { valid } = await verifyPassword(user.hashedPassword, input.current_password)
      if (!valid) throw new WrongCurrentPasswordError()
      await deps.loginThrottle.reset(user.email)
      const hashedPassword = await hashPassword(input.new_password)
      const atSeconds = await db.transaction(async (tx) => {
        const revokedAt = await revokeSessions(tx, user.id, hashedPassword)
        await mail.queue(tx, user, templates.passwordChanged(context(user), link(webPaths.login)))
        return revokedAt
      })
      mail.flush()
      await afterSecond(atSeconds)
      return issueTokenPair(tokens, createRefreshTokenRepository(db), user)
    },

    /** Waits for reset mails still being queued (shutdown, tests). */
    async settle() {
      await Promise.all([...background])
    },
  }
}

export type RecoveryService = ReturnType<typeof createRecoveryService>

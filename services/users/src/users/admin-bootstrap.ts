import { randomBytes } from 'node:crypto'
import {
  type Clock,
  type Database,
  hashPassword,
  type TokenService,
  verifyPassword,
} from '@smartcourse/service-kit'
import { createRefreshTokenRepository } from '../auth/refresh-token.repository.js'
import { createUserRepository } from './user.repository.js'

/** The two log calls the bootstrap makes (pino's and Fastify's loggers fit). */
export interface BootstrapLogger {
  info(details: object, message: string): void
  warn(details: object, message: string): void
}

/** A valid username from the email's local part, e.g. "admin" for admin@example.com. */
export function usernameFromEmail(email: string): string {
  const base = (email.split('@')[0] ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 90)
  return base.length >= 3 ? base : `admin${base}`
}

/**
 * Makes sure the account of ADMIN_EMAIL exists and is an active admin whose password is
 * ADMIN_PASSWORD. Idempotent, and safe when replicas start together: the insert yields to a
 * concurrent one through the unique indexes. An existing non-admin account with that email is
 * taken over (promoted, password replaced, its sessions revoked), so whoever registered it
 * first gains nothing.
 */
export async function ensureAdmin(
  deps: { db: Database; tokens: TokenService; clock: Clock; logger?: BootstrapLogger },
  admin: { email: string; password: string },
): Promise<void> {
  const { db, tokens, clock, logger } = deps
  const users = createUserRepository(db)
  const email = admin.email.toLowerCase()

  let user = await users.findByEmail(email)
  for (let attempt = 0; !user && attempt < 5; attempt += 1) {
    const base = usernameFromEmail(email)
    const username = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`
    const created = await users.insertUserIfAbsent({
      email,
      username,
      hashedPassword: await hashPassword(admin.password),
      role: 'admin',
      isVerified: true,
    })
    if (created) {
      logger?.info({ user_id: created.id }, 'admin account created')
      return
    }
    // Either another replica created it just now, or the username belongs to someone else.
    user = await users.findByEmail(email)
  }
  if (!user) throw new Error('Could not create the admin account from ADMIN_EMAIL')

  const isActiveAdmin = user.role === 'admin' && user.isActive && !user.isDeleted
  const { valid } = await verifyPassword(user.hashedPassword, admin.password)
  if (isActiveAdmin && valid) return

  const now = clock.now()
  const hashedPassword = await hashPassword(admin.password)
  await db.transaction(async (tx) => {
    await createUserRepository(tx).makeActiveAdmin(user.id, hashedPassword, now)
    await createRefreshTokenRepository(tx).revokeAllOfUser(user.id, now)
    await tokens.revokeAllForUser(user.id, Math.floor(now.getTime() / 1000))
  })
  logger?.warn({ user_id: user.id }, 'account of ADMIN_EMAIL made an active admin with ADMIN_PASSWORD')
}

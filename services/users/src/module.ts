import { EventTypes } from '@smartcourse/contracts'
import {
  type Cache,
  CacheUnavailableError,
  type Clock,
  createAuthGuards,
  createEventRetentionJob,
  createOutbox,
  type Database,
  deadLetterRoutes,
  type EventRetentionWindows,
  eventRetentionWindows,
  expiredRowsRetention,
  type HttpServer,
  type ServiceClient,
  type TokenService,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { registerAuthRoutes } from './auth/auth.routes.js'
import { createAuthService } from './auth/auth.service.js'
import { createRevocationSync } from './auth/revocation-sync.js'
import { createLoginThrottle } from './auth/login-throttle.js'
import { DEFAULT_REFRESH_TOKEN_RETENTION_DAYS, type UsersConfig } from './config.js'
import { eventTables, refreshTokens } from './db/tables.js'
import { registerInstructorProfileRoutes } from './instructors/instructor-profile.routes.js'
import { createInstructorProfileService } from './instructors/instructor-profile.service.js'
import { registerInternalUserRoutes } from './internal/internal-user.routes.js'
import { ensureAdmin } from './users/admin-bootstrap.js'
import { registerUserRoutes } from './users/user.routes.js'
import { createUserService } from './users/user.service.js'

export interface UsersModuleDeps {
  db: Database
  cache: Cache
  tokens: TokenService
  clock: Clock
  config: Pick<UsersConfig, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>
  /** Receives user.deleted at enrollment-service's POST /internal/events. */
  enrollmentEvents: ServiceClient
  logger: Logger
  outboxPollIntervalMs?: number
  /** Retention windows and dead-letter time (defaults: eventRetentionWindows()). */
  retention?: EventRetentionWindows & { refreshTokenRetentionMs?: number }
}

/** user-service's routes and background work (admin bootstrap, outbox relay), host-independent. */
export function createUsersModule(deps: UsersModuleDeps) {
  const { db, cache, tokens, clock, config, logger } = deps
  const windows = deps.retention ?? eventRetentionWindows()
  const outbox = createOutbox({
    clock,
    deadLetterAfterMs: windows.deadLetterAfterMs,
    db,
    tables: eventTables,
    subscribers: { [EventTypes.userDeleted]: ['enrollments'] },
    destinations: { enrollments: deps.enrollmentEvents },
    logger,
    pollIntervalMs: deps.outboxPollIntervalMs,
  })
  const guards = createAuthGuards(tokens, 'user-service')
  const auth = createAuthService({ db, tokens, clock, throttle: createLoginThrottle({ cache }) })
  const users = createUserService({ db, tokens, clock, outbox })
  const profiles = createInstructorProfileService({ db, clock })
  const revocationSync = createRevocationSync({ db, tokens, logger })
  const retention = createEventRetentionJob({
    db,
    tables: eventTables,
    windows,
    logger,
    clock,
    tasks: [
      // Expired (revoked or not) refresh tokens: reuse detection needs them only until expiry.
      expiredRowsRetention(db, {
        name: 'refresh_tokens',
        table: refreshTokens,
        key: refreshTokens.id,
        column: refreshTokens.expiresAt,
        keepMs:
          deps.retention?.refreshTokenRetentionMs ?? DEFAULT_REFRESH_TOKEN_RETENTION_DAYS * 24 * 60 * 60_000,
      }),
    ],
  })

  return {
    routes: async (app: HttpServer) => {
      registerAuthRoutes(app, { auth, guards })
      registerUserRoutes(app, { users, guards })
      registerInstructorProfileRoutes(app, { profiles, guards })
      registerInternalUserRoutes(app, { db, guards })
      await app.register(deadLetterRoutes({ outbox, guards, service: 'users', label: 'User' }))
    },
    outbox,
    retention,

    /**
     * Ensures the ADMIN_EMAIL admin exists when both ADMIN_EMAIL and ADMIN_PASSWORD are set, then
     * starts the outbox relay (which also delivers events left undelivered by an earlier run) and
     * the copy of revocations into the cache.
     */
    async start() {
      await revocationSync.start()
      if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
        await ensureAdmin(
          { db, tokens, clock, logger },
          { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD },
        ).catch((error) => {
          // The repair needs the cache (it revokes the account's tokens): the next start retries.
          if (!(error instanceof CacheUnavailableError)) throw error
          logger.warn('cache unavailable: the ADMIN_EMAIL account was not repaired this time')
        })
      }
      outbox.start()
      retention.start()
    },

    /** Stops the relay (waiting for a delivery in flight) and the revocation sync. */
    async stop() {
      await outbox.stop()
      await retention.stop()
      await revocationSync.stop()
    },
  }
}

export type UsersModule = ReturnType<typeof createUsersModule>

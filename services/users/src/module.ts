import { outboxRoutingOf } from '@smartcourse/contracts'
import {
  CacheUnavailableError,
  createAuthGuards,
  createServiceEvents,
  expiredRowsRetention,
} from '@smartcourse/service-kit'
import type {
  EventRetentionWindows,
  HttpServer,
  Mailer,
  ServiceClient,
  ServiceModuleDeps,
} from '@smartcourse/service-kit'
import { authRoutes } from './auth/auth.routes.js'
import { createAuthService } from './auth/auth.service.js'
import { createLoginThrottle } from './auth/login-throttle.js'
import { createRevocationSync } from './auth/revocation-sync.js'
import { DEFAULT_REFRESH_TOKEN_RETENTION_DAYS, type UsersConfig } from './config.js'
import { eventTables, refreshTokens } from './db/tables.js'
import { instructorProfileRoutes } from './instructors/instructor-profile.routes.js'
import { createInstructorProfileService } from './instructors/instructor-profile.service.js'
import { internalUserRoutes } from './internal/internal-user.routes.js'
import { createMailDestination } from './mail/mail-destination.js'
import { createMailQueue, MAIL_DESTINATION, MAIL_SEND, type UserServiceEvents } from './mail/mail-queue.js'
import { eventRoutes } from './notifications/event.routes.js'
import { createNotificationService } from './notifications/notification.service.js'
import { preferenceRoutes } from './notifications/preferences.routes.js'
import { createPreferencesService } from './notifications/preferences.service.js'
import { createMailThrottle, type MailLimits } from './recovery/mail-throttle.js'
import { recoveryRoutes } from './recovery/recovery.routes.js'
import { createRecoveryService } from './recovery/recovery.service.js'
import { ensureAdmin } from './users/admin-bootstrap.js'
import { userRoutes } from './users/user.routes.js'
import { createUserService } from './users/user.service.js'

export interface UsersModuleDeps extends ServiceModuleDeps {
  config: Pick<
    UsersConfig,
    'ADMIN_EMAIL' | 'ADMIN_PASSWORD' | 'PUBLIC_BASE_URL' | 'PLATFORM_NAME' | 'MAIL_FROM'
  >
  /** Receives user.deleted at enrollment-service's POST /internal/events. */
  enrollmentEvents: ServiceClient
  /** Sends the mails (SMTP or .eml files). */
  mailer: Mailer
  /** Limits of the reset / verification mail throttle (tests raise them). */
  mailLimits?: Partial<MailLimits>
  /** The event tables' retention windows and dead-letter time, and the refresh tokens' window. */
  retention: EventRetentionWindows & { refreshTokenRetentionMs?: number }
}

/** user-service's routes and background work (admin bootstrap, outbox relay), host-independent. */
export function createUsersModule(deps: UsersModuleDeps) {
  const { db, cache, tokens, clock, config, logger } = deps
  const guards = createAuthGuards(tokens, 'user-service')
  // The contract events go where the subscription table says; mail.send is user-service's own.
  const routing = outboxRoutingOf('users', { enrollments: deps.enrollmentEvents })
  const events = createServiceEvents<UserServiceEvents>(deps, {
    tables: eventTables,
    subscribers: { ...routing.subscribers, [MAIL_SEND]: [MAIL_DESTINATION] },
    destinations: {
      ...routing.destinations,
      [MAIL_DESTINATION]: createMailDestination({ db, mailer: deps.mailer, from: config.MAIL_FROM }),
    },
    retentionTasks: [
      // Expired (revoked or not) refresh tokens: reuse detection needs them only until expiry.
      expiredRowsRetention(db, {
        name: 'refresh_tokens',
        table: refreshTokens,
        key: refreshTokens.id,
        column: refreshTokens.expiresAt,
        keepMs:
          deps.retention.refreshTokenRetentionMs ?? DEFAULT_REFRESH_TOKEN_RETENTION_DAYS * 24 * 60 * 60_000,
      }),
    ],
    deadLetters: { guards, service: 'users', label: 'User' },
  })
  const { outbox } = events
  const mail = createMailQueue(outbox)
  const links = { publicBaseUrl: config.PUBLIC_BASE_URL, platformName: config.PLATFORM_NAME }
  const loginThrottle = createLoginThrottle({ cache })
  const recovery = createRecoveryService({
    db,
    tokens,
    clock,
    mail,
    throttle: createMailThrottle({ cache, limits: deps.mailLimits }),
    loginThrottle,
    links,
    logger,
  })
  const auth = createAuthService({
    db,
    tokens,
    clock,
    throttle: loginThrottle,
    onRegistered: recovery.queueVerification,
    afterRegistered: recovery.flushMail,
  })
  const users = createUserService({ db, tokens, clock, outbox })
  const profiles = createInstructorProfileService({ db, clock })
  const notifications = createNotificationService({ db, eventTables, mail, links })
  const revocationSync = createRevocationSync({ db, tokens, logger })

  return {
    routes: async (app: HttpServer) => {
      await app.register(authRoutes({ service: auth, guards }))
      await app.register(recoveryRoutes({ service: recovery, guards }))
      await app.register(userRoutes({ service: users, guards }))
      await app.register(preferenceRoutes({ service: createPreferencesService({ db, clock }), guards }))
      await app.register(instructorProfileRoutes({ service: profiles, guards }))
      await app.register(internalUserRoutes({ service: users, guards }))
      await app.register(eventRoutes({ service: notifications, guards }))
      await app.register(events.deadLetterRoutes)
    },
    outbox,
    retention: events.retention,

    /**
     * Ensures the ADMIN_EMAIL admin exists when both ADMIN_EMAIL and ADMIN_PASSWORD are set, then
     * starts the outbox relay (which also delivers events and mails left undelivered by an earlier
     * run) and the copy of revocations into the cache.
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
      events.start()
    },

    /** Stops the relay (waiting for a delivery in flight), the revocation sync and the mailer. */
    async stop() {
      await recovery.settle()
      await events.stop()
      await revocationSync.stop()
      deps.mailer.close()
    },

    /** For tests: deliver everything due now (mails included). */
    relayOnce: () => outbox.relayOnce(),
  }
}

export type UsersModule = ReturnType<typeof createUsersModule>

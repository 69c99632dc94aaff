import { EventTypes } from '@smartcourse/contracts'
import {
  type Cache,
  CacheUnavailableError,
  type Clock,
  createAuthGuards,
  createOutbox,
  type Database,
  type HttpServer,
  type Mailer,
  type ServiceClient,
  type TokenService,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { registerAuthRoutes } from './auth/auth.routes.js'
import { createAuthService } from './auth/auth.service.js'
import { createLoginThrottle } from './auth/login-throttle.js'
import { createRevocationSync } from './auth/revocation-sync.js'
import type { UsersConfig } from './config.js'
import { eventTables } from './db/tables.js'
import { registerInstructorProfileRoutes } from './instructors/instructor-profile.routes.js'
import { createInstructorProfileService } from './instructors/instructor-profile.service.js'
import { registerInternalUserRoutes } from './internal/internal-user.routes.js'
import { createMailDestination } from './mail/mail-destination.js'
import { createMailQueue, MAIL_DESTINATION, MAIL_SEND } from './mail/mail-queue.js'
import { registerEventRoutes } from './notifications/event.routes.js'
import { createNotificationService } from './notifications/notification.service.js'
import { registerPreferenceRoutes } from './notifications/preferences.routes.js'
import { createMailThrottle, type MailLimits } from './recovery/mail-throttle.js'
import { registerRecoveryRoutes } from './recovery/recovery.routes.js'
import { createRecoveryService } from './recovery/recovery.service.js'
import { ensureAdmin } from './users/admin-bootstrap.js'
import { registerUserRoutes } from './users/user.routes.js'
import { createUserService } from './users/user.service.js'

export interface UsersModuleDeps {
  db: Database
  cache: Cache
  tokens: TokenService
  clock: Clock
  config: Pick<
    UsersConfig,
    'ADMIN_EMAIL' | 'ADMIN_PASSWORD' | 'PUBLIC_BASE_URL' | 'PLATFORM_NAME' | 'MAIL_FROM'
  >
  /** Receives user.deleted at enrollment-service's POST /internal/events. */
  enrollmentEvents: ServiceClient
  /** Sends the mails (SMTP or .eml files). */
  mailer: Mailer
  mailLimits?: Partial<MailLimits>
  logger: Logger
  outboxPollIntervalMs?: number
}

/** user-service's routes and background work (admin bootstrap, outbox relay), host-independent. */
export function createUsersModule(deps: UsersModuleDeps) {
  const { db, cache, tokens, clock, config, logger } = deps
  const outbox = createOutbox({
    db,
    tables: eventTables,
    subscribers: { [EventTypes.userDeleted]: ['enrollments'], [MAIL_SEND]: [MAIL_DESTINATION] },
    destinations: {
      enrollments: deps.enrollmentEvents,
      [MAIL_DESTINATION]: createMailDestination({ db, mailer: deps.mailer, from: config.MAIL_FROM }),
    },
    logger,
    pollIntervalMs: deps.outboxPollIntervalMs,
  })
  const mail = createMailQueue(outbox)
  const links = { publicBaseUrl: config.PUBLIC_BASE_URL, platformName: config.PLATFORM_NAME }
  const guards = createAuthGuards(tokens)
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
      registerAuthRoutes(app, { auth, guards })
      registerRecoveryRoutes(app, { recovery, guards })
      registerUserRoutes(app, { users, guards })
      registerPreferenceRoutes(app, { db, clock, guards })
      registerInstructorProfileRoutes(app, { profiles, guards })
      registerInternalUserRoutes(app, { db, guards })
      registerEventRoutes(app, { notifications, guards })
    },

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
      outbox.start()
    },

    /** Stops the relay (waiting for a delivery in flight), the revocation sync and the mailer. */
    async stop() {
      await recovery.settle()
      await outbox.stop()
      await revocationSync.stop()
      deps.mailer.close()
    },

    /** For tests: deliver everything due now (mails included). */
    relayOnce: () => outbox.relayOnce(),
  }
}

export type UsersModule = ReturnType<typeof createUsersModule>

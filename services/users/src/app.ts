import { fileURLToPath } from 'node:url'
import {
  createMailer,
  createServiceApp,
  eventRetentionWindows,
  type Mailer,
  mailTransportOf,
  mountModule,
  openServiceDeps,
  type ServiceClient,
  type ServiceDeps,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import * as authSchemas from './auth/auth.schemas.js'
import { DEFAULT_REFRESH_TOKEN_RETENTION_DAYS, type UsersConfig } from './config.js'
import * as instructorProfileSchemas from './instructors/instructor-profile.schemas.js'
import { createUsersModule } from './module.js'
import type { MailLimits } from './recovery/mail-throttle.js'
import * as userSchemas from './users/user.schemas.js'
import * as preferenceSchemas from './notifications/preferences.schemas.js'
import * as recoverySchemas from './recovery/recovery.schemas.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'user-service'

export interface UsersDeps extends ServiceDeps {
  /** The raw client user.deleted is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
  /** Sends the mails; default from SMTP_URL / MAIL_TRANSPORT (createMailer). */
  mailer: Mailer
  /** Limits of the reset / verification mail throttle (tests raise them). */
  mailLimits: Partial<MailLimits>
}

/** The composition root of user-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: UsersConfig, overrides: Partial<UsersDeps> = {}) {
  // Before anything opens: a bad window is a configuration error, and a production without
  // SMTP_URL (or MAIL_TRANSPORT=file) refuses to start.
  const retention = {
    ...eventRetentionWindows(config),
    refreshTokenRetentionMs:
      (config.REFRESH_TOKEN_RETENTION_DAYS ?? DEFAULT_REFRESH_TOKEN_RETENTION_DAYS) * 24 * 60 * 60_000,
  }
  if (!overrides.mailer) mailTransportOf(config)
  const deps = await openServiceDeps(SERVICE_NAME, config, overrides)
  const app = await createServiceApp({
    name: SERVICE_NAME,
    schema: 'users',
    migrationsFolder,
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: [authSchemas, instructorProfileSchemas, userSchemas, recoverySchemas, preferenceSchemas],
  })
  const mailer = overrides.mailer ?? createMailer(config, app.log)
  const module = createUsersModule({
    db: deps.database.db,
    cache: deps.cache,
    tokens: deps.tokens,
    clock: deps.clock,
    config,
    enrollmentEvents:
      overrides.enrollmentEvents ?? deps.peer('enrollment-service', config.ENROLLMENT_SERVICE_URL),
    mailer,
    mailLimits: overrides.mailLimits,
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retention,
  })
  await mountModule(app, module, deps.closeOwned)
  return app
}

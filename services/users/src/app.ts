import {
  buildServiceApp,
  createMailer,
  type Mailer,
  mailTransportOf,
  type ServiceClient,
  type ServiceDeps,
} from '@smartcourse/service-kit'
import * as authSchemas from './auth/auth.schemas.js'
import { DEFAULT_REFRESH_TOKEN_RETENTION_DAYS, type UsersConfig } from './config.js'
import * as instructorProfileSchemas from './instructors/instructor-profile.schemas.js'
import { createUsersModule } from './module.js'
import type { MailLimits } from './recovery/mail-throttle.js'
import * as userSchemas from './users/user.schemas.js'
import * as preferenceSchemas from './notifications/preferences.schemas.js'
import * as recoverySchemas from './recovery/recovery.schemas.js'

export interface UsersDeps extends ServiceDeps {
  /** The raw client user.deleted is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
  /** Sends the mails; default from SMTP_URL / MAIL_TRANSPORT (createMailer). */
  mailer: Mailer
  /** Limits of the reset / verification mail throttle (tests raise them). */
  mailLimits: Partial<MailLimits>
}

/** The composition root of user-service: used by main.ts, the tests and all-in-one. */
export function buildApp(config: UsersConfig, overrides: Partial<UsersDeps> = {}) {
  // Before anything opens: a production without SMTP_URL (or MAIL_TRANSPORT=file) refuses to start.
  if (!overrides.mailer) mailTransportOf(config)
  const refreshTokenRetentionMs =
    (config.REFRESH_TOKEN_RETENTION_DAYS ?? DEFAULT_REFRESH_TOKEN_RETENTION_DAYS) * 24 * 60 * 60_000
  return buildServiceApp(config, overrides, {
    name: 'user-service',
    database: { schema: 'users', migrations: new URL('../migrations', import.meta.url) },
    schemas: [authSchemas, instructorProfileSchemas, userSchemas, recoverySchemas, preferenceSchemas],
    module: (deps, host) =>
      createUsersModule({
        ...deps,
        config,
        enrollmentEvents: overrides.enrollmentEvents ?? host.peer('enrollment-service'),
        mailer: overrides.mailer ?? createMailer(config, deps.logger),
        mailLimits: overrides.mailLimits,
        retention: { ...deps.retention, refreshTokenRetentionMs },
      }),
  })
}

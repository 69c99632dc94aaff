import { buildServiceApp, createMailer, mailTransportOf, type ServiceDeps } from '@smartcourse/service-kit'
import * as authSchemas from './auth/auth.schemas.js'
import { DEFAULT_REFRESH_TOKEN_RETENTION_DAYS, type UsersConfig } from './config.js'
import * as instructorProfileSchemas from './instructors/instructor-profile.schemas.js'
import { createUsersModule, type UsersModuleDeps } from './module.js'
import * as userSchemas from './users/user.schemas.js'
import * as preferenceSchemas from './notifications/preferences.schemas.js'
import * as recoverySchemas from './recovery/recovery.schemas.js'

/** The peers (module.ts) come from the config unless a test passes its own. */
export interface UsersDeps
  extends ServiceDeps,
    Pick<UsersModuleDeps, 'enrollmentEvents' | 'mailer' | 'mailLimits'> {}

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

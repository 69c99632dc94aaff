import { fileURLToPath } from 'node:url'
import {
  createServiceApp,
  eventRetentionWindows,
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
import * as userSchemas from './users/user.schemas.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'user-service'

export interface UsersDeps extends ServiceDeps {
  /** The raw client user.deleted is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
}

/** The composition root of user-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: UsersConfig, overrides: Partial<UsersDeps> = {}) {
  // Before anything opens: a bad window is a configuration error.
  const retention = {
    ...eventRetentionWindows(config),
    refreshTokenRetentionMs:
      (config.REFRESH_TOKEN_RETENTION_DAYS ?? DEFAULT_REFRESH_TOKEN_RETENTION_DAYS) * 24 * 60 * 60_000,
  }
  const deps = await openServiceDeps(SERVICE_NAME, config, overrides)
  const app = await createServiceApp({
    name: SERVICE_NAME,
    schema: 'users',
    migrationsFolder,
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: [authSchemas, instructorProfileSchemas, userSchemas],
  })
  const module = createUsersModule({
    db: deps.database.db,
    cache: deps.cache,
    tokens: deps.tokens,
    clock: deps.clock,
    config,
    enrollmentEvents:
      overrides.enrollmentEvents ?? deps.peer('enrollment-service', config.ENROLLMENT_SERVICE_URL),
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retention,
  })
  await mountModule(app, module, deps.closeOwned)
  return app
}

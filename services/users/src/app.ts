import { fileURLToPath } from 'node:url'
import {
  type Cache,
  type Clock,
  createCache,
  createHttpServiceClient,
  createServiceApp,
  createTokenService,
  type DatabaseHandle,
  openDatabase,
  type ServiceClient,
  systemClock,
  type TokenService,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import type { UsersConfig } from './config.js'
import { createUsersModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'user-service'

export interface UsersDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** Off in all-in-one, where the gateway writes the access log. */
  requestLogging: boolean
  /** The raw client user.deleted is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
}

/** The composition root of user-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: UsersConfig, overrides: Partial<UsersDeps> = {}) {
  const database =
    overrides.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL })
  const tokens = overrides.tokens ?? createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  const enrollmentEvents =
    overrides.enrollmentEvents ??
    createHttpServiceClient({
      caller: SERVICE_NAME,
      target: 'enrollment-service',
      tokens,
      baseUrl: config.ENROLLMENT_SERVICE_URL,
    })
  const app = await createServiceApp({
    name: SERVICE_NAME,
    schema: 'users',
    migrationsFolder,
    config,
    database,
    cache,
    requestLogging: overrides.requestLogging,
  })
  const module = createUsersModule({
    db: database.db,
    cache,
    tokens,
    clock: overrides.clock ?? systemClock,
    config,
    enrollmentEvents,
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
  })
  await app.register(module.routes)
  app.addHook('onReady', () => module.start())
  // Stop the relay first, then close only what this function opened.
  app.addHook('onClose', async () => {
    await module.stop()
    if (!overrides.cache) await cache.close()
    if (!overrides.database) await database.close()
  })
  return app
}

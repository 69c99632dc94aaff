import { fileURLToPath } from 'node:url'
import {
  type Cache,
  type Clock,
  createCache,
  createServiceApp,
  createTokenService,
  type DatabaseHandle,
  openDatabase,
  systemClock,
  type TokenService,
} from '@smartcourse/service-kit'
import type { UsersConfig } from './config.js'
import { createUsersModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

export interface UsersDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** Off in all-in-one, where the gateway writes the access log. */
  requestLogging: boolean
}

/** The composition root of user-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: UsersConfig, overrides: Partial<UsersDeps> = {}) {
  const database =
    overrides.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL })
  const tokens = overrides.tokens ?? createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  const app = await createServiceApp({
    name: 'user-service',
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
    logger: app.log,
  })
  await app.register(module.routes)
  app.addHook('onReady', () => module.start())
  // Close only what this function opened; shared resources belong to whoever passed them in.
  app.addHook('onClose', async () => {
    if (!overrides.cache) await cache.close()
    if (!overrides.database) await database.close()
  })
  return app
}

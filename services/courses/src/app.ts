import { fileURLToPath } from 'node:url'
import { createEnrollmentsClient, type EnrollmentsClient } from '@smartcourse/contracts'
import {
  type Cache,
  type Clock,
  createCache,
  createHttpServiceClient,
  createServiceApp,
  createTokenService,
  type DatabaseHandle,
  openDatabase,
  systemClock,
  type TokenService,
} from '@smartcourse/service-kit'
import type { CoursesConfig } from './config.js'
import type { CourseContentStore } from './content/content-store.js'
import { connectMongoContentStore } from './content/mongo-content-store.js'
import { createPostgresContentStore } from './content/postgres-content-store.js'
import { createCoursesModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

export interface CoursesDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** Off in all-in-one, where the gateway writes the access log. */
  requestLogging: boolean
  /** Who is actively enrolled (lesson bodies, archived courses). */
  enrollments: EnrollmentsClient
  /** Modules and lessons: MongoDB when MONGODB_URL is set, otherwise Postgres jsonb. */
  contentStore: CourseContentStore
}

/** The composition root of course-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: CoursesConfig, overrides: Partial<CoursesDeps> = {}) {
  const database =
    overrides.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL })
  const tokens = overrides.tokens ?? createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  const clock = overrides.clock ?? systemClock
  const enrollments =
    overrides.enrollments ??
    createEnrollmentsClient(
      createHttpServiceClient({
        caller: 'course-service',
        target: 'enrollment-service',
        tokens,
        baseUrl: config.ENROLLMENT_SERVICE_URL,
      }),
    )
  const contentStore =
    overrides.contentStore ??
    (config.MONGODB_URL
      ? await connectMongoContentStore({ url: config.MONGODB_URL, database: config.MONGODB_DATABASE, clock })
      : createPostgresContentStore(database.db, clock))
  const app = await createServiceApp({
    name: 'course-service',
    schema: 'courses',
    migrationsFolder,
    config,
    database,
    cache,
    requestLogging: overrides.requestLogging,
  })
  const module = createCoursesModule({ db: database.db, cache, tokens, clock, enrollments, contentStore })
  await app.register(module.routes)
  app.addHook('onReady', () => module.start())
  // Close only what this function opened; shared resources belong to whoever passed them in.
  app.addHook('onClose', async () => {
    await module.stop()
    if (!overrides.contentStore) await contentStore.close()
    if (!overrides.cache) await cache.close()
    if (!overrides.database) await database.close()
  })
  return app
}

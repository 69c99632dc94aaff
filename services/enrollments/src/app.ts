import { fileURLToPath } from 'node:url'
import { type CoursesClient, createCoursesClient } from '@smartcourse/contracts'
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
import type { EnrollmentsConfig } from './config.js'
import { createEnrollmentsModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'enrollment-service'

export interface EnrollmentsDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** Off in all-in-one, where the gateway writes the access log. */
  requestLogging: boolean
  courses: CoursesClient
  /** The raw client enrollment.completed is delivered to (certificate-service's POST /internal/events). */
  certificates: ServiceClient
}

/** The composition root of enrollment-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: EnrollmentsConfig, overrides: Partial<EnrollmentsDeps> = {}) {
  const database =
    overrides.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL })
  const tokens = overrides.tokens ?? createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  const peer = (target: string, baseUrl: string) =>
    createHttpServiceClient({ caller: SERVICE_NAME, target, tokens, baseUrl })
  const courses = overrides.courses ?? createCoursesClient(peer('course-service', config.COURSE_SERVICE_URL))
  const certificates = overrides.certificates ?? peer('certificate-service', config.CERTIFICATE_SERVICE_URL)
  const app = await createServiceApp({
    name: SERVICE_NAME,
    description: 'Enrollments and their status history',
    schema: 'enrollments',
    migrationsFolder,
    config,
    database,
    cache,
    requestLogging: overrides.requestLogging,
  })
  const module = createEnrollmentsModule({
    db: database.db,
    tokens,
    clock: overrides.clock ?? systemClock,
    courses,
    certificates,
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
  })
  await app.register(module.routes)
  app.addHook('onReady', async () => module.start())
  // Stop the relay first, then close only what this function opened.
  app.addHook('onClose', async () => {
    await module.stop()
    if (!overrides.cache) await cache.close()
    if (!overrides.database) await database.close()
  })
  return app
}

import { fileURLToPath } from 'node:url'
import {
  type CoursesClient,
  createCoursesClient,
  createEnrollmentsClient,
  type EnrollmentsClient,
} from '@smartcourse/contracts'
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
import type { ProgressConfig } from './config.js'
import { createProgressModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'progress-service'

export interface ProgressDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** Off in all-in-one, where the gateway writes the access log. */
  requestLogging: boolean
  courses: CoursesClient
  enrollments: EnrollmentsClient
  /** The raw client progress.updated is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
}

/** The composition root of progress-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: ProgressConfig, overrides: Partial<ProgressDeps> = {}) {
  const database =
    overrides.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL })
  const tokens = overrides.tokens ?? createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  const peer = (target: string, baseUrl: string) =>
    createHttpServiceClient({ caller: SERVICE_NAME, target, tokens, baseUrl })
  const enrollmentService = peer('enrollment-service', config.ENROLLMENT_SERVICE_URL)
  const courses = overrides.courses ?? createCoursesClient(peer('course-service', config.COURSE_SERVICE_URL))
  const enrollments = overrides.enrollments ?? createEnrollmentsClient(enrollmentService)
  const enrollmentEvents = overrides.enrollmentEvents ?? enrollmentService
  const app = await createServiceApp({
    name: SERVICE_NAME,
    description: 'Per-enrollment progress: lessons, quizzes, time and position',
    schema: 'progress',
    migrationsFolder,
    config,
    database,
    cache,
    requestLogging: overrides.requestLogging,
  })
  const module = createProgressModule({
    db: database.db,
    tokens,
    clock: overrides.clock ?? systemClock,
    courses,
    enrollments,
    enrollmentEvents,
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

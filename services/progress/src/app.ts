import { fileURLToPath } from 'node:url'
import {
  type CoursesClient,
  createCoursesClient,
  createEnrollmentsClient,
  type EnrollmentsClient,
} from '@smartcourse/contracts'
import {
  createServiceApp,
  eventRetentionWindows,
  mountModule,
  openServiceDeps,
  type ServiceClient,
  type ServiceDeps,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import type { ProgressConfig } from './config.js'
import { createProgressModule } from './module.js'
import * as progressSchemas from './progress/progress.schemas.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'progress-service'

export interface ProgressDeps extends ServiceDeps {
  courses: CoursesClient
  enrollments: EnrollmentsClient
  /** The raw client progress.updated is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
}

/** The composition root of progress-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: ProgressConfig, overrides: Partial<ProgressDeps> = {}) {
  const retention = eventRetentionWindows(config)
  const deps = await openServiceDeps(SERVICE_NAME, config, overrides)
  const enrollmentService = deps.peer('enrollment-service', config.ENROLLMENT_SERVICE_URL)
  const app = await createServiceApp({
    name: SERVICE_NAME,
    description: 'Per-enrollment progress: lessons, quizzes, time and position',
    schema: 'progress',
    migrationsFolder,
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: [progressSchemas],
  })
  const module = createProgressModule({
    db: deps.database.db,
    cache: deps.cache,
    tokens: deps.tokens,
    clock: deps.clock,
    courses: overrides.courses ?? createCoursesClient(deps.peer('course-service', config.COURSE_SERVICE_URL)),
    enrollments: overrides.enrollments ?? createEnrollmentsClient(enrollmentService),
    enrollmentEvents: overrides.enrollmentEvents ?? enrollmentService,
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retention,
  })
  await mountModule(app, module, deps.closeOwned)
  return app
}

import { fileURLToPath } from 'node:url'
import {
  createEnrollmentsClient,
  createQuizStatsClient,
  type EnrollmentsClient,
  type QuizStatsClient,
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
import type { CoursesConfig } from './config.js'
import type { CourseContentStore } from './content/content-store.js'
import * as contentSchemas from './content/content.schemas.js'
import { connectMongoContentStore } from './content/mongo-content-store.js'
import { createPostgresContentStore } from './content/postgres-content-store.js'
import * as courseSchemas from './courses/course.schemas.js'
import { createCoursesModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'course-service'

export interface CoursesDeps extends ServiceDeps {
  /** Who is actively enrolled (lesson bodies, archived courses). */
  enrollments: EnrollmentsClient
  /** Where modules and lessons live: MongoDB when MONGODB_URL is set, else Postgres jsonb. */
  contentStore: CourseContentStore
  /** Quiz attempt statistics from progress-service. */
  quizStats: QuizStatsClient
  /** Where course.capacity_changed is delivered (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
  /** Where course.content_changed is delivered (progress-service's POST /internal/events). */
  progressEvents: ServiceClient
}

/** The composition root of course-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: CoursesConfig, overrides: Partial<CoursesDeps> = {}) {
  // Before anything opens: a bad window is a configuration error.
  const retention = eventRetentionWindows(config)
  const deps = await openServiceDeps(SERVICE_NAME, config, overrides)
  const contentStore =
    overrides.contentStore ??
    (config.MONGODB_URL
      ? await connectMongoContentStore({
          url: config.MONGODB_URL,
          database: config.MONGODB_DATABASE,
          clock: deps.clock,
        })
      : createPostgresContentStore(deps.database.db, deps.clock))
  const app = await createServiceApp({
    name: SERVICE_NAME,
    schema: 'courses',
    migrationsFolder,
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: [courseSchemas, contentSchemas],
  })
  const module = createCoursesModule({
    db: deps.database.db,
    cache: deps.cache,
    tokens: deps.tokens,
    clock: deps.clock,
    enrollments:
      overrides.enrollments ??
      createEnrollmentsClient(deps.peer('enrollment-service', config.ENROLLMENT_SERVICE_URL)),
    contentStore,
    quizStats:
      overrides.quizStats ??
      createQuizStatsClient(deps.peer('progress-service', config.PROGRESS_SERVICE_URL)),
    enrollmentEvents:
      overrides.enrollmentEvents ?? deps.peer('enrollment-service', config.ENROLLMENT_SERVICE_URL),
    progressEvents: overrides.progressEvents ?? deps.peer('progress-service', config.PROGRESS_SERVICE_URL),
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    catalogPageCache: config.CATALOG_PAGE_CACHE,
    retention,
  })
  await mountModule(app, module, async () => {
    if (!overrides.contentStore) await contentStore.close()
    await deps.closeOwned()
  })
  return app
}

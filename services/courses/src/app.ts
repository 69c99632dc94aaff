import { createEnrollmentsClient, createQuizStatsClient } from '@smartcourse/contracts'
import {
  buildServiceApp,
  type ServiceDeps,
  type ServiceModuleDeps,
  type ServiceModuleHost,
} from '@smartcourse/service-kit'
import type { CoursesConfig } from './config.js'
import * as contentSchemas from './content/content.schemas.js'
import { connectMongoContentStore } from './content/mongo-content-store.js'
import { createPostgresContentStore } from './content/postgres-content-store.js'
import * as courseSchemas from './courses/course.schemas.js'
import { type CoursesModuleDeps, createCoursesModule } from './module.js'

/** The peers (module.ts) come from the config unless a test passes its own. */
export interface CoursesDeps
  extends ServiceDeps,
    Pick<
      CoursesModuleDeps,
      'enrollments' | 'contentStore' | 'quizStats' | 'enrollmentEvents' | 'progressEvents'
    > {}

/** The composition root of course-service: used by main.ts, the tests and all-in-one. */
export function buildApp(config: CoursesConfig, overrides: Partial<CoursesDeps> = {}) {
  return buildServiceApp(config, overrides, {
    name: 'course-service',
    description: 'Courses, their modules, lessons and quizzes, and the catalog',
    database: { schema: 'courses', migrations: new URL('../migrations', import.meta.url) },
    schemas: [courseSchemas, contentSchemas],
    module: async (deps, host) => {
      const contentStore = overrides.contentStore ?? (await openContentStore(config, deps, host))
      return createCoursesModule({
        ...deps,
        contentStore,
        catalogPageCache: config.CATALOG_PAGE_CACHE,
        enrollments: overrides.enrollments ?? createEnrollmentsClient(host.peer('enrollment-service')),
        quizStats: overrides.quizStats ?? createQuizStatsClient(host.peer('progress-service')),
        enrollmentEvents: overrides.enrollmentEvents ?? host.peer('enrollment-service'),
        progressEvents: overrides.progressEvents ?? host.peer('progress-service'),
      })
    },
  })
}

/** MongoDB when MONGODB_URL is set, else the service's Postgres schema; closed with the app. */
async function openContentStore(config: CoursesConfig, deps: ServiceModuleDeps, host: ServiceModuleHost) {
  const store = config.MONGODB_URL
    ? await connectMongoContentStore({
        url: config.MONGODB_URL,
        database: config.MONGODB_DATABASE,
        clock: deps.clock,
      })
    : createPostgresContentStore(deps.db, deps.clock)
  host.onClose(() => store.close())
  return store
}

import {
  type CoursesClient,
  createCoursesClient,
  createEnrollmentsClient,
  type EnrollmentsClient,
} from '@smartcourse/contracts'
import { buildServiceApp, type ServiceClient, type ServiceDeps } from '@smartcourse/service-kit'
import type { ProgressConfig } from './config.js'
import { createProgressModule } from './module.js'
import * as progressSchemas from './progress/progress.schemas.js'

export interface ProgressDeps extends ServiceDeps {
  /** Course outlines and quiz definitions from course-service. */
  courses: CoursesClient
  /** The enrollment behind a progress row, from enrollment-service. */
  enrollments: EnrollmentsClient
  /** The raw client progress.updated is delivered to (enrollment-service's POST /internal/events). */
  enrollmentEvents: ServiceClient
}

/** The composition root of progress-service: used by main.ts, the tests and all-in-one. */
export function buildApp(config: ProgressConfig, overrides: Partial<ProgressDeps> = {}) {
  return buildServiceApp(config, overrides, {
    name: 'progress-service',
    description: 'Per-enrollment progress: lessons, quizzes, time and position',
    database: { schema: 'progress', migrations: new URL('../migrations', import.meta.url) },
    schemas: [progressSchemas],
    module: (deps, host) =>
      createProgressModule({
        ...deps,
        courses: overrides.courses ?? createCoursesClient(host.peer('course-service')),
        enrollments: overrides.enrollments ?? createEnrollmentsClient(host.peer('enrollment-service')),
        enrollmentEvents: overrides.enrollmentEvents ?? host.peer('enrollment-service'),
      }),
  })
}

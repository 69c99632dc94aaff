import { createCoursesClient, createEnrollmentsClient } from '@smartcourse/contracts'
import { buildServiceApp, type ServiceDeps } from '@smartcourse/service-kit'
import type { ProgressConfig } from './config.js'
import { createProgressModule, type ProgressModuleDeps } from './module.js'
import * as progressSchemas from './progress/progress.schemas.js'
import * as attemptSchemas from './quizzes/attempt.schemas.js'

/** The peers (module.ts) come from the config unless a test passes its own. */
export interface ProgressDeps
  extends ServiceDeps,
    Pick<ProgressModuleDeps, 'courses' | 'enrollments' | 'enrollmentEvents'> {}

/** The composition root of progress-service: used by main.ts, the tests and all-in-one. */
export function buildApp(config: ProgressConfig, overrides: Partial<ProgressDeps> = {}) {
  return buildServiceApp(config, overrides, {
    name: 'progress-service',
    description: 'Per-enrollment progress: lessons, quizzes, time and position',
    database: { schema: 'progress', migrations: new URL('../migrations', import.meta.url) },
    schemas: [progressSchemas, attemptSchemas],
    module: (deps, host) =>
      createProgressModule({
        ...deps,
        courses: overrides.courses ?? createCoursesClient(host.peer('course-service')),
        enrollments: overrides.enrollments ?? createEnrollmentsClient(host.peer('enrollment-service')),
        enrollmentEvents: overrides.enrollmentEvents ?? host.peer('enrollment-service'),
      }),
  })
}

import {
  type CoursesClient,
  type EnrollmentsClient,
  type EventPayloads,
  EventTypes,
  outboxRoutingOf,
} from '@smartcourse/contracts'
import { createAuthGuards, createIdempotency, createServiceEvents } from '@smartcourse/service-kit'
import type { HttpServer, ServiceClient, ServiceModuleDeps } from '@smartcourse/service-kit'
import { eventTables, idempotencyKeys } from './db/tables.js'
import { eventRoutes } from './facts/event.routes.js'
import { createPeerFacts } from './facts/peer-facts.js'
import { progressRoutes } from './progress/progress.routes.js'
import { attemptRoutes } from './quizzes/attempt.routes.js'
import { createAttemptService } from './quizzes/attempt.service.js'
import { createProgressService } from './progress/progress.service.js'

/** `cache` keeps the outline and enrollment copies (facts/peer-facts.ts). */
export interface ProgressModuleDeps extends ServiceModuleDeps {
  /** Course outlines and quiz definitions from course-service. */
  courses: CoursesClient
  /** The enrollment behind a progress row, from enrollment-service. */
  enrollments: EnrollmentsClient
  /** Receives progress.updated at enrollment-service's POST /internal/events. */
  enrollmentEvents: ServiceClient
}

/** progress-service's routes and background work, independent of how it is hosted. */
export function createProgressModule(deps: ProgressModuleDeps) {
  const guards = createAuthGuards(deps.tokens, 'progress-service')
  const events = createServiceEvents<EventPayloads>(deps, {
    tables: eventTables,
    ...outboxRoutingOf('progress', { enrollments: deps.enrollmentEvents }),
    // enrollment-service applies only the newest version per enrollment: older ones in the same
    // batch need not travel (docs: ARCHITECTURE.md, events).
    coalesce: { [EventTypes.progressUpdated]: (payload) => payload.enrollment_id },
    deadLetters: { guards, service: 'progress', label: 'Progress' },
  })
  const { outbox } = events
  const facts = createPeerFacts({ cache: deps.cache, courses: deps.courses, enrollments: deps.enrollments })
  const service = createProgressService({
    db: deps.db,
    courses: deps.courses,
    enrollments: deps.enrollments,
    clock: deps.clock,
    outbox,
    facts,
  })
  const attempts = createAttemptService({
    db: deps.db,
    courses: deps.courses,
    clock: deps.clock,
    progress: service,
  })
  return {
    routes: async (app: HttpServer) => {
      await app.register(
        progressRoutes({
          service,
          guards,
          idempotency: createIdempotency({ db: deps.db, table: idempotencyKeys, clock: deps.clock }),
        }),
      )
      await app.register(attemptRoutes({ service: attempts, guards }))
      await app.register(eventRoutes({ facts, guards }))
      await app.register(events.deadLetterRoutes)
    },
    outbox,
    retention: events.retention,
    start: events.start,
    stop: events.stop,
  }
}

export type ProgressModule = ReturnType<typeof createProgressModule>

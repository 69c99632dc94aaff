import {
  type CoursesClient,
  type EnrollmentsClient,
  type EventPayloads,
  EventTypes,
  outboxRoutingOf,
} from '@smartcourse/contracts'
import {
  type Cache,
  type Clock,
  createAuthGuards,
  createEventRetentionJob,
  createIdempotency,
  createOutbox,
  type Database,
  deadLetterRoutes,
  type EventRetentionWindows,
  eventRetentionWindows,
  type HttpServer,
  type ServiceClient,
  type TokenService,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { eventTables, idempotencyKeys } from './db/tables.js'
import { eventRoutes } from './facts/event.routes.js'
import { createPeerFacts } from './facts/peer-facts.js'
import { progressRoutes } from './progress/progress.routes.js'
import { attemptRoutes } from './quizzes/attempt.routes.js'
import { createAttemptService } from './quizzes/attempt.service.js'
import { createProgressService } from './progress/progress.service.js'

export interface ProgressModuleDeps {
  db: Database
  /** Where the outline and enrollment copies live (facts/peer-facts.ts). */
  cache: Cache
  tokens: TokenService
  clock: Clock
  courses: CoursesClient
  enrollments: EnrollmentsClient
  /** Receives progress.updated at enrollment-service's POST /internal/events. */
  enrollmentEvents: ServiceClient
  logger: Logger
  outboxPollIntervalMs?: number
  /** Retention windows and dead-letter time (defaults: eventRetentionWindows()). */
  retention?: EventRetentionWindows
}

/** progress-service's routes and background work, independent of how it is hosted. */
export function createProgressModule(deps: ProgressModuleDeps) {
  const windows = deps.retention ?? eventRetentionWindows()
  const outbox = createOutbox<EventPayloads>({
    clock: deps.clock,
    deadLetterAfterMs: windows.deadLetterAfterMs,
    db: deps.db,
    tables: eventTables,
    ...outboxRoutingOf('progress', { enrollments: deps.enrollmentEvents }),
    logger: deps.logger,
    pollIntervalMs: deps.outboxPollIntervalMs,
    // enrollment-service applies only the newest version per enrollment: older ones in the same
    // batch need not travel (docs: ARCHITECTURE.md, events).
    coalesce: { [EventTypes.progressUpdated]: (payload) => payload.enrollment_id },
  })
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
  const guards = createAuthGuards(deps.tokens, 'progress-service')
  const retention = createEventRetentionJob({
    db: deps.db,
    tables: eventTables,
    windows,
    logger: deps.logger,
    clock: deps.clock,
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
      await app.register(deadLetterRoutes({ outbox, guards, service: 'progress', label: 'Progress' }))
    },
    outbox,
    retention,
    start: () => {
      outbox.start()
      retention.start()
    },
    stop: async () => {
      await outbox.stop()
      await retention.stop()
    },
  }
}

export type ProgressModule = ReturnType<typeof createProgressModule>

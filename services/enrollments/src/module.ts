import type { CoursesClient } from '@smartcourse/contracts'
import {
  type Clock,
  createAuthGuards,
  createEventInbox,
  createOutbox,
  type Database,
  type HttpServer,
  type ServiceClient,
  type TokenService,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { eventTables } from './db/tables.js'
import { enrollmentRoutes } from './enrollments/enrollment.routes.js'
import { createEnrollmentService } from './enrollments/enrollment.service.js'
import { internalRoutes } from './enrollments/internal.routes.js'

export interface EnrollmentsModuleDeps {
  db: Database
  tokens: TokenService
  clock: Clock
  courses: CoursesClient
  /** Receives enrollment.completed at POST /internal/events. */
  certificates: ServiceClient
  logger: Logger
  outboxPollIntervalMs?: number
}

/** enrollment-service's routes and background work, independent of how it is hosted. */
export function createEnrollmentsModule(deps: EnrollmentsModuleDeps) {
  const outbox = createOutbox({
    db: deps.db,
    tables: eventTables,
    subscribers: { 'enrollment.completed': ['certificates'] },
    destinations: { certificates: deps.certificates },
    logger: deps.logger,
    pollIntervalMs: deps.outboxPollIntervalMs,
  })
  const service = createEnrollmentService({
    db: deps.db,
    courses: deps.courses,
    clock: deps.clock,
    outbox,
    inbox: createEventInbox(deps.db, eventTables),
  })
  const guards = createAuthGuards(deps.tokens)
  return {
    routes: async (app: HttpServer) => {
      await app.register(enrollmentRoutes(service, guards))
      await app.register(internalRoutes(service, guards))
    },
    start: () => outbox.start(),
    stop: () => outbox.stop(),
  }
}

export type EnrollmentsModule = ReturnType<typeof createEnrollmentsModule>

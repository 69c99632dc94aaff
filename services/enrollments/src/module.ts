import { type CoursesClient, type EventPayloads, outboxRoutingOf } from '@smartcourse/contracts'
import {
  type Clock,
  createAuthGuards,
  createEventInbox,
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
import { enrollmentRoutes } from './enrollments/enrollment.routes.js'
import { createEnrollmentService } from './enrollments/enrollment.service.js'
import { internalRoutes } from './enrollments/internal.routes.js'
import type { PaymentProvider } from './payments/payment-provider.js'
import { paymentRoutes, testCheckoutRoutes } from './payments/payment.routes.js'
import { createPaymentService } from './payments/payment.service.js'
import type { TestPaymentProvider } from './payments/test-provider.js'

export interface EnrollmentsModuleDeps {
  db: Database
  tokens: TokenService
  clock: Clock
  courses: CoursesClient
  /** Receives enrollment.completed at POST /internal/events. */
  certificates: ServiceClient
  /** Receives enrollment.activated (the "enrollment confirmed" mail) at user-service's POST /internal/events. */
  userEvents: ServiceClient
  /** Receives enrollment.status_changed (progress-service drops its cached copy). */
  progressEvents: ServiceClient
  logger: Logger
  outboxPollIntervalMs?: number
  /** Retention windows and dead-letter time (defaults: eventRetentionWindows()). */
  retention?: EventRetentionWindows
  payments: {
    provider: PaymentProvider
    currency: string
    holdMinutes: number
    refundWindowDays: number
    /** How often expired seat holds are released (they are also released whenever a seat is taken). */
    sweepIntervalMs?: number
  }
}

/** enrollment-service's routes and background work, independent of how it is hosted. */
export function createEnrollmentsModule(deps: EnrollmentsModuleDeps) {
  const windows = deps.retention ?? eventRetentionWindows()
  const outbox = createOutbox<EventPayloads>({
    clock: deps.clock,
    deadLetterAfterMs: windows.deadLetterAfterMs,
    db: deps.db,
    tables: eventTables,
    ...outboxRoutingOf('enrollments', {
      certificates: deps.certificates,
      users: deps.userEvents,
      progress: deps.progressEvents,
    }),
    logger: deps.logger,
    pollIntervalMs: deps.outboxPollIntervalMs,
  })
  const service = createEnrollmentService({
    db: deps.db,
    courses: deps.courses,
    clock: deps.clock,
    outbox,
    inbox: createEventInbox(deps.db, eventTables),
    payments: deps.payments,
  })
  const payments = createPaymentService({
    db: deps.db,
    clock: deps.clock,
    provider: deps.payments.provider,
    currency: deps.payments.currency,
    logger: deps.logger,
    outbox,
  })
  let sweeper: NodeJS.Timeout | undefined
  const sweep = () =>
    payments
      .expireHolds()
      .catch((error) => deps.logger.warn({ err: error }, 'releasing expired seat holds failed'))
  const guards = createAuthGuards(deps.tokens, 'enrollment-service')
  const idempotency = createIdempotency({ db: deps.db, table: idempotencyKeys, clock: deps.clock })
  const retention = createEventRetentionJob({
    db: deps.db,
    tables: eventTables,
    windows,
    logger: deps.logger,
    clock: deps.clock,
  })
  return {
    routes: async (app: HttpServer) => {
      await app.register(enrollmentRoutes({ service, guards, idempotency }))
      await app.register(internalRoutes({ service, guards }))
      await app.register(paymentRoutes({ service: payments }))
      await app.register(deadLetterRoutes({ outbox, guards, service: 'enrollments', label: 'Enrollment' }))
      const provider = deps.payments.provider
      if (provider.name === 'test') {
        await app.register(
          testCheckoutRoutes({
            provider: provider as TestPaymentProvider,
            payments,
            currency: deps.payments.currency,
          }),
        )
      }
    },
    payments,
    outbox,
    retention,
    start: () => {
      sweeper = setInterval(sweep, deps.payments.sweepIntervalMs ?? 30_000)
      sweeper.unref()
      retention.start()
      return outbox.start()
    },
    stop: async () => {
      clearInterval(sweeper)
      await retention.stop()
      return outbox.stop()
    },
  }
}

export type EnrollmentsModule = ReturnType<typeof createEnrollmentsModule>

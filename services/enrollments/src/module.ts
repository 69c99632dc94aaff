import { type CoursesClient, type EventPayloads, outboxRoutingOf } from '@smartcourse/contracts'
import {
  createAuthGuards,
  createEventInbox,
  createIdempotency,
  createServiceEvents,
} from '@smartcourse/service-kit'
import type { HttpServer, ServiceClient, ServiceModuleDeps } from '@smartcourse/service-kit'
import { eventTables, idempotencyKeys } from './db/tables.js'
import { enrollmentRoutes } from './enrollments/enrollment.routes.js'
import { createEnrollmentService } from './enrollments/enrollment.service.js'
import { internalRoutes } from './enrollments/internal.routes.js'
import type { PaymentProvider } from './payments/payment-provider.js'
import { paymentRoutes, testCheckoutRoutes } from './payments/payment.routes.js'
import { createPaymentService } from './payments/payment.service.js'
import type { TestPaymentProvider } from './payments/test-provider.js'

export interface EnrollmentsModuleDeps extends ServiceModuleDeps {
  /** Course outlines (price, capacity, rules) from course-service. */
  courses: CoursesClient
  /** Receives enrollment.completed at POST /internal/events. */
  certificates: ServiceClient
  /** Receives enrollment.activated (the "enrollment confirmed" mail) at user-service's POST /internal/events. */
  userEvents: ServiceClient
  /** Receives enrollment.status_changed (progress-service drops its cached copy). */
  progressEvents: ServiceClient
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
  const guards = createAuthGuards(deps.tokens, 'enrollment-service')
  const events = createServiceEvents<EventPayloads>(deps, {
    tables: eventTables,
    ...outboxRoutingOf('enrollments', {
      certificates: deps.certificates,
      users: deps.userEvents,
      progress: deps.progressEvents,
    }),
    deadLetters: { guards, service: 'enrollments', label: 'Enrollment' },
  })
  const { outbox } = events
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
  const idempotency = createIdempotency({ db: deps.db, table: idempotencyKeys, clock: deps.clock })
  return {
    routes: async (app: HttpServer) => {
      await app.register(enrollmentRoutes({ service, guards, idempotency }))
      await app.register(internalRoutes({ service, guards }))
      await app.register(paymentRoutes({ service: payments }))
      await app.register(events.deadLetterRoutes)
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
    retention: events.retention,
    start: () => {
      sweeper = setInterval(sweep, deps.payments.sweepIntervalMs ?? 30_000)
      sweeper.unref()
      events.start()
    },
    stop: () => {
      clearInterval(sweeper)
      return events.stop()
    },
  }
}

export type EnrollmentsModule = ReturnType<typeof createEnrollmentsModule>

import { fileURLToPath } from 'node:url'
import { type CoursesClient, createCoursesClient } from '@smartcourse/contracts'
import {
  createServiceApp,
  eventRetentionWindows,
  mountModule,
  openServiceDeps,
  type ServiceClient,
  type ServiceDeps,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import type { EnrollmentsConfig } from './config.js'
import * as enrollmentSchemas from './enrollments/enrollment.schemas.js'
import { createEnrollmentsModule } from './module.js'
import { choosePaymentProvider } from './payments/choose-provider.js'
import type { PaymentProvider } from './payments/payment-provider.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'enrollment-service'

export interface EnrollmentsDeps extends ServiceDeps {
  courses: CoursesClient
  /** The raw client enrollment.completed is delivered to (certificate-service's POST /internal/events). */
  certificates: ServiceClient
  /** The raw client enrollment.activated is delivered to (user-service's POST /internal/events). */
  userEvents: ServiceClient
  /** The raw client enrollment.status_changed is delivered to (progress-service's POST /internal/events). */
  progressEvents: ServiceClient
  /** Who takes the money; from PAYMENTS_PROVIDER when not given. */
  payments: PaymentProvider
}

/** The composition root of enrollment-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: EnrollmentsConfig, overrides: Partial<EnrollmentsDeps> = {}) {
  const provider = overrides.payments ?? choosePaymentProvider(config)
  const retention = eventRetentionWindows(config)
  const deps = await openServiceDeps(SERVICE_NAME, config, overrides)
  const app = await createServiceApp({
    name: SERVICE_NAME,
    description: 'Enrollments and their status history',
    schema: 'enrollments',
    migrationsFolder,
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: [enrollmentSchemas],
  })
  const module = createEnrollmentsModule({
    db: deps.database.db,
    tokens: deps.tokens,
    clock: deps.clock,
    courses: overrides.courses ?? createCoursesClient(deps.peer('course-service', config.COURSE_SERVICE_URL)),
    certificates: overrides.certificates ?? deps.peer('certificate-service', config.CERTIFICATE_SERVICE_URL),
    userEvents: overrides.userEvents ?? deps.peer('user-service', config.USER_SERVICE_URL),
    progressEvents: overrides.progressEvents ?? deps.peer('progress-service', config.PROGRESS_SERVICE_URL),
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retention,
    payments: {
      provider,
      currency: config.PAYMENTS_CURRENCY,
      holdMinutes: config.PAYMENT_HOLD_MINUTES,
      refundWindowDays: config.REFUND_WINDOW_DAYS,
    },
  })
  await mountModule(app, module, deps.closeOwned)
  return app
}

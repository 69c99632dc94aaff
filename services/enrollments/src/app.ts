import { type CoursesClient, createCoursesClient } from '@smartcourse/contracts'
import { buildServiceApp, type ServiceClient, type ServiceDeps } from '@smartcourse/service-kit'
import type { EnrollmentsConfig } from './config.js'
import * as enrollmentSchemas from './enrollments/enrollment.schemas.js'
import { createEnrollmentsModule } from './module.js'
import { choosePaymentProvider } from './payments/choose-provider.js'
import type { PaymentProvider } from './payments/payment-provider.js'

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
export function buildApp(config: EnrollmentsConfig, overrides: Partial<EnrollmentsDeps> = {}) {
  const provider = overrides.payments ?? choosePaymentProvider(config)
  return buildServiceApp(config, overrides, {
    name: 'enrollment-service',
    description: 'Enrollments and their status history',
    database: { schema: 'enrollments', migrations: new URL('../migrations', import.meta.url) },
    schemas: [enrollmentSchemas],
    module: (deps, host) =>
      createEnrollmentsModule({
        ...deps,
        courses: overrides.courses ?? createCoursesClient(host.peer('course-service')),
        certificates: overrides.certificates ?? host.peer('certificate-service'),
        userEvents: overrides.userEvents ?? host.peer('user-service'),
        progressEvents: overrides.progressEvents ?? host.peer('progress-service'),
        payments: {
          provider,
          currency: config.PAYMENTS_CURRENCY,
          holdMinutes: config.PAYMENT_HOLD_MINUTES,
          refundWindowDays: config.REFUND_WINDOW_DAYS,
        },
      }),
  })
}

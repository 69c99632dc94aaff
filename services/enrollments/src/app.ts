import { createCoursesClient } from '@smartcourse/contracts'
import { buildServiceApp, type ServiceDeps } from '@smartcourse/service-kit'
import type { EnrollmentsConfig } from './config.js'
import * as enrollmentSchemas from './enrollments/enrollment.schemas.js'
import { createEnrollmentsModule, type EnrollmentsModuleDeps } from './module.js'
import { choosePaymentProvider } from './payments/choose-provider.js'
import type { PaymentProvider } from './payments/payment-provider.js'

/** The peers (module.ts) come from the config unless a test passes its own. */
export interface EnrollmentsDeps
  extends ServiceDeps,
    Pick<EnrollmentsModuleDeps, 'courses' | 'certificates' | 'userEvents' | 'progressEvents'> {
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

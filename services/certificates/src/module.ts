import type { CoursesClient, EnrollmentsClient, ProgressClient, UsersClient } from '@smartcourse/contracts'
import { type EventPayloads, outboxRoutingOf } from '@smartcourse/contracts'
import { createAuthGuards, createIdempotency, createServiceEvents } from '@smartcourse/service-kit'
import type { HttpServer, ServiceClient, ServiceModuleDeps } from '@smartcourse/service-kit'
import { createCertificateTransactions } from './certificates/certificate-transactions.js'
import { certificateRepository } from './certificates/certificate.repository.js'
import { certificateRoutes } from './certificates/certificate.routes.js'
import { createCertificateService } from './certificates/certificate.service.js'
import { credentialRoutes } from './credentials/credential.routes.js'
import { createCredentialService } from './credentials/credential.service.js'
import type { SigningKey } from './credentials/signing-key.js'
import { idempotencyKeys, outbox as outboxTable, processedEvents } from './db/tables.js'
import { eventRoutes } from './events/event.routes.js'
import type { Branding } from './pdf/certificate-pdf.js'
import { verificationRoutes } from './verification/verification.routes.js'

export interface CertificatesModuleDeps extends ServiceModuleDeps {
  /** The student's and the instructor's names, the student's verified email (user-service). */
  users: UsersClient
  /** The course outline: title, instructor, its quizzes for the grade (course-service). */
  courses: CoursesClient
  /** The enrollment and its completion, for an issue by hand (enrollment-service). */
  enrollments: EnrollmentsClient
  /** The best quiz scores and how they were obtained (progress-service). */
  progress: ProgressClient
  config: { PUBLIC_BASE_URL: string; REQUIRE_VERIFIED_FOR_CERTIFICATES?: boolean }
  branding: Branding
  signingKey: SigningKey
  /** Receives certificate.issued / certificate.revoked at user-service's POST /internal/events. */
  userEvents: ServiceClient
}

/** certificate-service's routes and rules, wired from its dependencies; buildApp (app.ts) mounts it. */
export function createCertificatesModule(deps: CertificatesModuleDeps) {
  const guards = createAuthGuards(deps.tokens, 'certificate-service')
  const publicBaseUrl = deps.config.PUBLIC_BASE_URL
  const events = createServiceEvents<EventPayloads>(deps, {
    tables: { outbox: outboxTable, processedEvents },
    ...outboxRoutingOf('certificates', { users: deps.userEvents }),
    deadLetters: { guards, service: 'certificates', label: 'Certificate' },
  })
  const { outbox } = events
  const service = createCertificateService({
    repository: certificateRepository,
    transactions: createCertificateTransactions(deps.db, { outbox: outboxTable, processedEvents }),
    outbox,
    requireVerified: deps.config.REQUIRE_VERIFIED_FOR_CERTIFICATES ?? false,
    clock: deps.clock,
    users: deps.users,
    courses: deps.courses,
    enrollments: deps.enrollments,
    progress: deps.progress,
    publicBaseUrl,
    branding: deps.branding,
    logger: deps.logger,
  })
  const info = { publicBaseUrl, platformName: deps.branding.platformName }
  const credentials = createCredentialService({
    db: deps.db,
    clock: deps.clock,
    key: deps.signingKey,
    info,
    certificates: service,
  })
  return {
    service,
    async routes(app: HttpServer) {
      await app.register(
        certificateRoutes({
          service,
          guards,
          publicBaseUrl,
          platformName: info.platformName,
          idempotency: createIdempotency({ db: deps.db, table: idempotencyKeys, clock: deps.clock }),
        }),
      )
      await app.register(credentialRoutes({ credentials, guards, key: deps.signingKey, info }))
      await app.register(
        verificationRoutes({ service, credentials, publicBaseUrl, platformName: info.platformName }),
      )
      await app.register(eventRoutes({ service, guards }))
      await app.register(events.deadLetterRoutes)
    },
    retention: events.retention,
    /** The relay of certificate.issued / certificate.revoked (also what an earlier run left), and the retention job. */
    start: events.start,
    stop: events.stop,
  }
}

export type CertificatesModule = ReturnType<typeof createCertificatesModule>

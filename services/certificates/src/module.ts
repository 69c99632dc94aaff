import type { CoursesClient, EnrollmentsClient, ProgressClient, UsersClient } from '@smartcourse/contracts'
import {
  type Clock,
  createAuthGuards,
  type Database,
  type HttpServer,
  type TokenService,
} from '@smartcourse/service-kit'
import { certificateRoutes } from './certificates/certificate.routes.js'
import { createCertificateService, type WarningLogger } from './certificates/certificate.service.js'
import { outbox, processedEvents } from './db/tables.js'
import { eventRoutes } from './events/event.routes.js'
import { verificationRoutes } from './verification/verification.routes.js'

export interface CertificatesModuleDeps {
  db: Database
  tokens: TokenService
  clock: Clock
  users: UsersClient
  courses: CoursesClient
  enrollments: EnrollmentsClient
  progress: ProgressClient
  config: { PUBLIC_BASE_URL: string }
  logger: WarningLogger
}

/** certificate-service's routes and rules, wired from its dependencies (used by buildApp and all-in-one). */
export function createCertificatesModule(deps: CertificatesModuleDeps) {
  const guards = createAuthGuards(deps.tokens)
  const publicBaseUrl = deps.config.PUBLIC_BASE_URL
  const service = createCertificateService({
    db: deps.db,
    eventTables: { outbox, processedEvents },
    clock: deps.clock,
    users: deps.users,
    courses: deps.courses,
    enrollments: deps.enrollments,
    progress: deps.progress,
    publicBaseUrl,
    logger: deps.logger,
  })
  return {
    service,
    async routes(app: HttpServer) {
      await app.register(certificateRoutes({ service, guards, publicBaseUrl }))
      await app.register(verificationRoutes({ service }))
      await app.register(eventRoutes({ service, guards }))
    },
    // Nothing runs in the background: certificates are only consumed, never published.
    start() {},
    async stop() {},
  }
}

export type CertificatesModule = ReturnType<typeof createCertificatesModule>

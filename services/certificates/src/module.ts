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
import { createCredentialService } from './credentials/credential.service.js'
import { credentialRoutes } from './credentials/credential.routes.js'
import type { SigningKey } from './credentials/signing-key.js'
import { outbox, processedEvents } from './db/tables.js'
import type { Branding } from './pdf/certificate-pdf.js'
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
  branding: Branding
  signingKey: SigningKey
  logger: WarningLogger
}

/** certificate-service's routes and rules, wired from its dependencies (used by buildApp and all-in-one). */
export function createCertificatesModule(deps: CertificatesModuleDeps) {
  const guards = createAuthGuards(deps.tokens, 'certificate-service')
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
        certificateRoutes({ service, guards, publicBaseUrl, platformName: info.platformName }),
      )
      await app.register(credentialRoutes({ credentials, guards, key: deps.signingKey, info }))
      await app.register(
        verificationRoutes({ service, credentials, publicBaseUrl, platformName: info.platformName }),
      )
      await app.register(eventRoutes({ service, guards }))
    },
    // Nothing runs in the background: certificates are only consumed, never published.
    start() {},
    async stop() {},
  }
}

export type CertificatesModule = ReturnType<typeof createCertificatesModule>

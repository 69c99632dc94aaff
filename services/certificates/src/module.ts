import type { CoursesClient, EnrollmentsClient, ProgressClient, UsersClient } from '@smartcourse/contracts'
import {
  type Clock,
  createAuthGuards,
  createEventRetentionJob,
  createIdempotency,
  type Database,
  type EventRetentionWindows,
  eventRetentionWindows,
  type HttpServer,
  type TokenService,
} from '@smartcourse/service-kit'
import { certificateRoutes } from './certificates/certificate.routes.js'
import { createCertificateService, type WarningLogger } from './certificates/certificate.service.js'
import { createCredentialService } from './credentials/credential.service.js'
import { credentialRoutes } from './credentials/credential.routes.js'
import type { SigningKey } from './credentials/signing-key.js'
import { idempotencyKeys, outbox, processedEvents } from './db/tables.js'
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
  /** Retention windows (defaults: eventRetentionWindows()). */
  retention?: EventRetentionWindows
}

/** certificate-service's routes and rules, wired from its dependencies; buildApp (app.ts) mounts it. */
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
  // Consumed event ids (and the never-used outbox) are pruned like in every other service.
  const retention = createEventRetentionJob({
    db: deps.db,
    tables: { outbox, processedEvents },
    windows: deps.retention ?? eventRetentionWindows(),
    logger: deps.logger,
    clock: deps.clock,
  })
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
    },
    retention,
    // Only the retention job runs in the background: certificates publish no events.
    start() {
      retention.start()
    },
    async stop() {
      await retention.stop()
    },
  }
}

export type CertificatesModule = ReturnType<typeof createCertificatesModule>

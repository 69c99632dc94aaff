import { fileURLToPath } from 'node:url'
import {
  type CoursesClient,
  createCoursesClient,
  createEnrollmentsClient,
  createProgressClient,
  createUsersClient,
  type EnrollmentsClient,
  type ProgressClient,
  type UsersClient,
} from '@smartcourse/contracts'
import {
  createServiceApp,
  eventRetentionWindows,
  mountModule,
  openServiceDeps,
  type ServiceClient,
  type ServiceDeps,
} from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { loadBranding } from './branding.js'
import * as certificateSchemas from './certificates/certificate.schemas.js'
import type { CertificatesConfig } from './config.js'
import { loadSigningKey } from './credentials/signing-key.js'
import { createCertificatesModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'certificate-service'

export interface CertificatesDeps extends ServiceDeps {
  users: UsersClient
  courses: CoursesClient
  enrollments: EnrollmentsClient
  progress: ProgressClient
  /** The raw client certificate.issued / certificate.revoked go to (user-service's POST /internal/events). */
  userEvents: ServiceClient
}

/** The composition root of certificate-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: CertificatesConfig, overrides: Partial<CertificatesDeps> = {}) {
  const branding = loadBranding(config)
  const retention = eventRetentionWindows(config)
  const deps = await openServiceDeps(SERVICE_NAME, config, overrides)
  // After the database: PGlite must create its directory (DATA_DIR alone) before a key is kept in it.
  const signingKey = await loadSigningKey(config).catch(async (error: unknown) => {
    await deps.closeOwned()
    throw error
  })
  const app = await createServiceApp({
    name: SERVICE_NAME,
    schema: 'certificates',
    migrationsFolder,
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: [certificateSchemas],
    description:
      'Certificates: automatic issue on course completion, public verification, revocation, PDF, Open Badges 3.0 credentials.',
  })
  const module = createCertificatesModule({
    db: deps.database.db,
    tokens: deps.tokens,
    clock: deps.clock,
    users: overrides.users ?? createUsersClient(deps.peer('user-service', config.USER_SERVICE_URL)),
    courses: overrides.courses ?? createCoursesClient(deps.peer('course-service', config.COURSE_SERVICE_URL)),
    enrollments:
      overrides.enrollments ??
      createEnrollmentsClient(deps.peer('enrollment-service', config.ENROLLMENT_SERVICE_URL)),
    progress:
      overrides.progress ?? createProgressClient(deps.peer('progress-service', config.PROGRESS_SERVICE_URL)),
    config,
    branding,
    signingKey,
    logger: app.log as unknown as Logger,
    userEvents: overrides.userEvents ?? deps.peer('user-service', config.USER_SERVICE_URL),
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retention,
  })
  await mountModule(app, module, deps.closeOwned)
  return app
}

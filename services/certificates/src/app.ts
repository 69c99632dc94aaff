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
  type Cache,
  type Clock,
  createCache,
  createHttpServiceClient,
  createServiceApp,
  createTokenService,
  type DatabaseHandle,
  openDatabase,
  systemClock,
  type TokenService,
} from '@smartcourse/service-kit'
import type { CertificatesConfig } from './config.js'
import { createCertificatesModule } from './module.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))
const SERVICE_NAME = 'certificate-service'

export interface CertificatesDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** Off in all-in-one, where the gateway writes the access log. */
  requestLogging: boolean
  users: UsersClient
  courses: CoursesClient
  enrollments: EnrollmentsClient
  progress: ProgressClient
}

/** The composition root of certificate-service: used by main.ts, the tests and all-in-one. */
export async function buildApp(config: CertificatesConfig, overrides: Partial<CertificatesDeps> = {}) {
  const database =
    overrides.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL })
  const tokens = overrides.tokens ?? createTokenService({ secret: config.JWT_SECRET_KEY, cache })
  const peer = (target: string, baseUrl: string) =>
    createHttpServiceClient({ caller: SERVICE_NAME, target, tokens, baseUrl })
  const app = await createServiceApp({
    name: SERVICE_NAME,
    schema: 'certificates',
    migrationsFolder,
    config,
    database,
    cache,
    requestLogging: overrides.requestLogging,
    description: 'Certificates: automatic issue on course completion, public verification, revocation, PDF.',
  })
  const module = createCertificatesModule({
    db: database.db,
    tokens,
    clock: overrides.clock ?? systemClock,
    users: overrides.users ?? createUsersClient(peer('user-service', config.USER_SERVICE_URL)),
    courses: overrides.courses ?? createCoursesClient(peer('course-service', config.COURSE_SERVICE_URL)),
    enrollments:
      overrides.enrollments ??
      createEnrollmentsClient(peer('enrollment-service', config.ENROLLMENT_SERVICE_URL)),
    progress:
      overrides.progress ?? createProgressClient(peer('progress-service', config.PROGRESS_SERVICE_URL)),
    config,
    logger: app.log,
  })
  await app.register(module.routes)
  app.addHook('onReady', () => module.start())
  // Close only what this function opened; shared resources belong to whoever passed them in.
  app.addHook('onClose', async () => {
    await module.stop()
    if (!overrides.cache) await cache.close()
    if (!overrides.database) await database.close()
  })
  return app
}

import { join } from 'node:path'
import { buildApp as buildCertificates, CertificatesConfigSchema } from '@smartcourse/certificates'
import {
  createCoursesClient,
  createEnrollmentsClient,
  createProgressClient,
  createUsersClient,
} from '@smartcourse/contracts'
import { buildApp as buildCourses, CoursesConfigSchema } from '@smartcourse/courses'
import { buildApp as buildEnrollments, EnrollmentsConfigSchema } from '@smartcourse/enrollments'
import { buildApp as buildProgress, ProgressConfigSchema } from '@smartcourse/progress'
import {
  createCache,
  createInProcessServiceClient,
  createTokenService,
  type HttpServer,
  loadConfig,
  loggerOptions,
  openDatabase,
} from '@smartcourse/service-kit'
import { pino } from 'pino'
import { buildApp as buildUsers, UsersConfigSchema } from '@smartcourse/users'
import { type AllInOneConfig, corsOriginsFrom, windowFor } from './config.js'
import { createGateway } from './gateway.js'
import { SERVICE_LABELS, type ServiceName } from './routes-table.js'
import { lockDataDir, prepareDataDir } from './data-dir.js'
import { ensureJwtSecret } from './secret.js'

const VERSION = '1.0.0'

/**
 * The whole system in one process: one database (PGlite in DATA_DIR unless DATABASE_URL is set),
 * one cache, five services talking in-process, and the gateway in front.
 */
export async function startSystem(
  config: AllInOneConfig,
  env: Record<string, string | undefined> = process.env,
) {
  // Before anything writes under DATA_DIR: create it, and hold it for this process alone.
  const dataDir = await prepareDataDir(config.DATA_DIR)
  const lock = await lockDataDir(dataDir)
  const secret = config.JWT_SECRET_KEY ?? (await ensureJwtSecret(dataDir))
  const logger = pino(loggerOptions('smartcourse', config.LOG_LEVEL, config.NODE_ENV))
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: join(dataDir, 'pg'),
    logger,
  }).catch(async (error) => {
    await lock.release()
    throw error
  })
  const cache = createCache({ redisUrl: config.REDIS_URL, logger })
  const tokens = createTokenService({ secret, cache })
  const publicBaseUrl = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`
  const serviceEnv = {
    ...env,
    JWT_SECRET_KEY: secret,
    PUBLIC_BASE_URL: publicBaseUrl,
    LOG_LEVEL: config.LOG_LEVEL,
  }
  const shared = { database, cache, tokens, requestLogging: false }

  const apps: Partial<Record<ServiceName, HttpServer>> = {}
  const peer = (caller: string, target: ServiceName) =>
    createInProcessServiceClient({ caller, target: SERVICE_LABELS[target], tokens, app: () => apps[target] })

  apps.users = await buildUsers(loadConfig(UsersConfigSchema, serviceEnv), {
    ...shared,
    enrollmentEvents: peer('user-service', 'enrollments'),
  })
  apps.courses = await buildCourses(loadConfig(CoursesConfigSchema, serviceEnv), {
    ...shared,
    enrollments: createEnrollmentsClient(peer('course-service', 'enrollments')),
  })
  apps.enrollments = await buildEnrollments(loadConfig(EnrollmentsConfigSchema, serviceEnv), {
    ...shared,
    courses: createCoursesClient(peer('enrollment-service', 'courses')),
    certificates: peer('enrollment-service', 'certificates'),
  })
  apps.progress = await buildProgress(loadConfig(ProgressConfigSchema, serviceEnv), {
    ...shared,
    courses: createCoursesClient(peer('progress-service', 'courses')),
    enrollments: createEnrollmentsClient(peer('progress-service', 'enrollments')),
    enrollmentEvents: peer('progress-service', 'enrollments'),
  })
  apps.certificates = await buildCertificates(loadConfig(CertificatesConfigSchema, serviceEnv), {
    ...shared,
    users: createUsersClient(peer('certificate-service', 'users')),
    courses: createCoursesClient(peer('certificate-service', 'courses')),
    enrollments: createEnrollmentsClient(peer('certificate-service', 'enrollments')),
    progress: createProgressClient(peer('certificate-service', 'progress')),
  })
  const services = apps as Record<ServiceName, HttpServer>
  await Promise.all(Object.values(services).map((app) => app.ready()))

  const gateway = await createGateway({
    services,
    corsOrigins: corsOriginsFrom(config),
    limits: {
      auth: windowFor(config.RATE_LIMIT_AUTH_PER_SECOND, config.RATE_LIMIT_AUTH_BURST),
      api: windowFor(config.RATE_LIMIT_API_PER_SECOND, config.RATE_LIMIT_API_BURST),
      verify: windowFor(config.RATE_LIMIT_VERIFY_PER_SECOND, config.RATE_LIMIT_VERIFY_BURST),
    },
    authConnectionLimit: config.AUTH_CONNECTION_LIMIT,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    upstreamTimeoutMs: config.UPSTREAM_TIMEOUT_MS,
    logLevel: config.LOG_LEVEL,
    nodeEnv: config.NODE_ENV,
    version: VERSION,
  })

  return {
    gateway,
    services,
    database,
    async close() {
      await gateway.close()
      // Stop background relays before the database goes away.
      for (const app of Object.values(services)) await app.close()
      await cache.close()
      await database.close()
      await lock.release()
    },
  }
}

export type System = Awaited<ReturnType<typeof startSystem>>

import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp as buildCertificates, CertificatesConfigSchema } from '@smartcourse/certificates'
import { buildApp as buildCourses, CoursesConfigSchema } from '@smartcourse/courses'
import { buildApp as buildEnrollments, EnrollmentsConfigSchema } from '@smartcourse/enrollments'
import { buildApp as buildProgress, ProgressConfigSchema } from '@smartcourse/progress'
import {
  createCache,
  createInProcessServiceClient,
  createTokenService,
  type HttpServer,
  loadConfig,
  loggerDestination,
  loggerOptions,
  openDatabase,
} from '@smartcourse/service-kit'
import { pino } from 'pino'
import { buildApp as buildUsers, UsersConfigSchema } from '@smartcourse/users'
import { type AllInOneConfig, corsOriginsFrom } from './config.js'
import { createGateway } from './gateway.js'
import { SERVICE_LABELS, type ServiceName } from './routes-table.js'
import { lockDataDir, prepareDataDir } from './data-dir.js'
import { ensureJwtSecret } from './secret.js'

const VERSION = '1.0.0'
/** Each service's route-table name by the name its peers call it ('course-service' → 'courses'). */
const SERVICE_NAMES: Partial<Record<string, ServiceName>> = Object.fromEntries(
  Object.entries(SERVICE_LABELS).map(([name, label]) => [label, name as ServiceName]),
)

/**
 * The whole system in one process: one database (PGlite in DATA_DIR unless DATABASE_URL is set),
 * one cache, five services talking in-process, and the gateway in front.
 */
export async function startSystem(
  config: AllInOneConfig,
  env: Record<string, string | undefined> = process.env,
  hooks: { progress?: (message: string) => void } = {},
) {
  const progress = hooks.progress ?? (() => {})
  const facts = describeStorage(config)
  // Before anything writes under DATA_DIR: create it, and hold it for this process alone.
  const dataDir = await prepareDataDir(config.DATA_DIR)
  const lock = await lockDataDir(dataDir)
  const secret = config.JWT_SECRET_KEY ?? (await ensureJwtSecret(dataDir))
  const logger = pino(
    loggerOptions('smartcourse', config.LOG_LEVEL, config.NODE_ENV),
    loggerDestination(config.NODE_ENV)!,
  )
  progress(facts.opening)
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: join(dataDir, 'pg'),
    logger,
  }).catch(async (error) => {
    await lock.release()
    throw error
  })
  const cache = createCache({ redisUrl: config.REDIS_URL, logger })
  // Service tokens travel only between the five services in this process: a fresh secret per
  // start unless one is configured.
  const serviceSecret = config.SERVICE_TOKEN_SECRET ?? randomBytes(32).toString('base64url')
  const tokens = createTokenService({ secret, serviceSecret, cache })
  const publicBaseUrl = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`
  const serviceEnv = {
    ...env,
    JWT_SECRET_KEY: secret,
    SERVICE_TOKEN_SECRET: serviceSecret,
    PUBLIC_BASE_URL: publicBaseUrl,
    LOG_LEVEL: config.LOG_LEVEL,
    // certificate-service keeps its generated credential signing key here.
    DATA_DIR: dataDir,
  }
  const apps: Partial<Record<ServiceName, HttpServer>> = {}
  const appCalled = (label: string) => {
    const name = SERVICE_NAMES[label]
    return name ? apps[name] : undefined
  }
  // What every service shares here; its peers answer in-process (`inject`), found by their name.
  const inProcess = (caller: string) => ({
    database,
    cache,
    tokens,
    requestLogging: true,
    connectPeer: (target: string) =>
      createInProcessServiceClient({ caller, target, tokens, app: () => appCalled(target) }),
  })

  // Each service applies its migrations while it is built.
  progress(
    'Applying migrations and starting user-service, course-service, enrollment-service, progress-service, certificate-service…',
  )
  apps.users = await buildUsers(loadConfig(UsersConfigSchema, serviceEnv), inProcess('user-service'))
  apps.courses = await buildCourses(loadConfig(CoursesConfigSchema, serviceEnv), inProcess('course-service'))
  apps.enrollments = await buildEnrollments(
    loadConfig(EnrollmentsConfigSchema, serviceEnv),
    inProcess('enrollment-service'),
  )
  apps.progress = await buildProgress(
    loadConfig(ProgressConfigSchema, serviceEnv),
    inProcess('progress-service'),
  )
  apps.certificates = await buildCertificates(
    loadConfig(CertificatesConfigSchema, serviceEnv),
    inProcess('certificate-service'),
  )
  const services = apps as Record<ServiceName, HttpServer>
  await Promise.all(Object.values(services).map((app) => app.ready()))

  const gateway = await createGateway({
    services,
    corsOrigins: corsOriginsFrom(config),
    limits: {
      auth: { perSecond: config.RATE_LIMIT_AUTH_PER_SECOND, burst: config.RATE_LIMIT_AUTH_BURST },
      api: { perSecond: config.RATE_LIMIT_API_PER_SECOND, burst: config.RATE_LIMIT_API_BURST },
      verify: { perSecond: config.RATE_LIMIT_VERIFY_PER_SECOND, burst: config.RATE_LIMIT_VERIFY_BURST },
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
    facts,
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

/** What the start-up summary says about storage, decided before anything is opened. */
function describeStorage(config: AllInOneConfig) {
  const pgDir = join(config.DATA_DIR, 'pg')
  const secretFile = join(config.DATA_DIR, 'jwt-secret')
  const firstStart = !existsSync(join(pgDir, 'PG_VERSION'))
  let database: string
  let opening: string
  if (config.DATABASE_URL) {
    database = `PostgreSQL at ${hostOf(config.DATABASE_URL, 5432)}`
    opening = `Connecting to ${database}…`
  } else {
    database = `PGlite (embedded PostgreSQL) in ${pgDir}`
    opening = firstStart
      ? `First start: creating the embedded database in ${pgDir} (takes a few seconds)…`
      : `Opening the embedded database in ${pgDir}…`
  }
  return {
    database,
    opening,
    cache: config.REDIS_URL
      ? `Redis at ${hostOf(config.REDIS_URL, 6379)}`
      : 'in memory (this process only; REDIS_URL unset)',
    jwtSecret: config.JWT_SECRET_KEY
      ? 'from JWT_SECRET_KEY'
      : existsSync(secretFile)
        ? `kept in ${secretFile} (generated on the first start)`
        : `generated now, kept in ${secretFile}`,
  }
}

/** host:port/database of a URL, never its user or password. */
function hostOf(url: string, defaultPort: number) {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || defaultPort}${parsed.pathname.length > 1 ? parsed.pathname : ''}`
  } catch {
    return '(an unparsable URL)'
  }
}

import { buildApp as buildCertificates, CertificatesConfigSchema } from '@smartcourse/certificates'
import { buildApp as buildCourses, CoursesConfigSchema } from '@smartcourse/courses'
import { buildApp as buildEnrollments, EnrollmentsConfigSchema } from '@smartcourse/enrollments'
import { buildApp as buildProgress, ProgressConfigSchema } from '@smartcourse/progress'
import { createCache, type HttpServer, loadConfig, openDatabase } from '@smartcourse/service-kit'
import { buildApp as buildUsers, UsersConfigSchema } from '@smartcourse/users'
import { freePort } from './all-in-one.js'
import { peerEnv, SERVICE_NAMES, type ServiceName } from './distributed-env.js'

/**
 * The distributed form on one machine: each service built by its own buildApp, listening on its
 * own port on 127.0.0.1 and calling its peers over HTTP, as in compose. Without DATABASE_URL /
 * REDIS_URL they share one in-memory PGlite and one in-memory cache (each service still keeps to
 * its own schema).
 */
export async function startDistributed(overrides: Record<string, string> = {}) {
  const ports = Object.fromEntries(
    await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()])),
  )
  const url = (name: ServiceName) => `http://127.0.0.1:${ports[name]}`
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL })
  const cache = createCache({ redisUrl: process.env.REDIS_URL })
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    JWT_SECRET_KEY: 'distributed-test-secret-of-at-least-32-chars',
    ...peerEnv(url),
    OUTBOX_POLL_INTERVAL_MS: '200',
    ...overrides,
  }
  const shared = { database, cache }
  const apps: Record<ServiceName, HttpServer> = {
    user: await buildUsers(loadConfig(UsersConfigSchema, env), shared),
    course: await buildCourses(loadConfig(CoursesConfigSchema, env), shared),
    enrollment: await buildEnrollments(loadConfig(EnrollmentsConfigSchema, env), shared),
    progress: await buildProgress(loadConfig(ProgressConfigSchema, env), shared),
    certificate: await buildCertificates(loadConfig(CertificatesConfigSchema, env), shared),
  }
  for (const name of SERVICE_NAMES) await apps[name].listen({ port: ports[name], host: '127.0.0.1' })
  return {
    upstreams: Object.fromEntries(SERVICE_NAMES.map((name) => [name, `127.0.0.1:${ports[name]}`])) as Record<
      ServiceName,
      string
    >,
    async stop() {
      for (const name of SERVICE_NAMES) await apps[name].close()
      await cache.close()
      await database.close()
    },
  }
}

import type { Cache } from './cache.js'
import type { DatabaseHandle } from './db.js'
import { createHttpServer, type HttpServer } from './http-server.js'

export interface ServiceAppOptions {
  /** e.g. 'user-service': shown in /health, logs and OpenAPI. */
  name: string
  /** The Postgres schema this service owns. */
  schema: string
  migrationsFolder: string
  config: { LOG_LEVEL: string; NODE_ENV: string; BODY_LIMIT_BYTES: number }
  database: DatabaseHandle
  cache: Cache
  description?: string
  requestLogging?: boolean
}

/** Applies the service's migrations, then returns its HTTP server with database and cache health. */
export async function createServiceApp(options: ServiceAppOptions): Promise<HttpServer> {
  const { database, cache } = options
  await database.migrate({ schema: options.schema, migrationsFolder: options.migrationsFolder })
  return createHttpServer({
    name: options.name,
    description: options.description,
    config: options.config,
    requestLogging: options.requestLogging,
    health: {
      database: { check: () => database.ping(), critical: true },
      cache: { check: () => cache.ping(), critical: false },
    },
  })
}

/** Listens, and on SIGTERM/SIGINT stops taking requests, finishes those in flight and closes. */
export async function runService(
  app: HttpServer,
  options: { port: number; host: string; onClose?: () => Promise<void> },
) {
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    await options.onClose?.()
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
  await app.listen({ port: options.port, host: options.host })
}

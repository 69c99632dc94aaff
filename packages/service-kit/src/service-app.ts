import { pino } from 'pino'
import { createTokenService, type TokenService } from './auth/tokens.js'
import { type Cache, createCache } from './cache.js'
import { type Clock, systemClock } from './clock.js'
import { type DatabaseHandle, openDatabase } from './db.js'
import { createHttpServer, type HttpServer } from './http-server.js'
import { namedSchemas } from './openapi-components.js'
import { loggerDestination, loggerOptions } from './logger.js'
import { createHttpServiceClient, type ServiceClient } from './service-client.js'
import { startTracing } from './tracing.js'

export interface ServiceAppOptions {
  /** e.g. 'user-service': shown in /health, logs and OpenAPI. */
  name: string
  /** The Postgres schema this service owns. */
  schema: string
  migrationsFolder: string
  config: { LOG_LEVEL: string; NODE_ENV: string; BODY_LIMIT_BYTES: number; TRUST_PROXY?: string }
  database: DatabaseHandle
  cache: Cache
  description?: string
  requestLogging?: boolean
  /** Its `*.schemas.ts` modules: what bodies and responses use becomes shared OpenAPI components. */
  schemas?: Array<Record<string, unknown>>
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
    components: namedSchemas(...(options.schemas ?? [])),
    health: {
      database: { check: () => database.ping(), critical: true },
      cache: { check: () => cache.ping(), critical: false },
    },
  })
}

/**
 * Listens, and on SIGTERM/SIGINT stops taking requests, finishes those in flight and closes.
 * Exports traces when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export async function runService(
  app: HttpServer,
  options: { port: number; host: string; onClose?: () => Promise<void> },
) {
  const service = String((app.log.bindings() as { service?: unknown }).service ?? 'service')
  const tracing = startTracing({ serviceName: service })
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    await options.onClose?.()
    await tracing?.shutdown()
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
  await app.listen({ port: options.port, host: options.host })
}

/** What every service runs on; all-in-one and tests pass shared ones in. */
export interface ServiceDeps {
  database: DatabaseHandle
  cache: Cache
  tokens: TokenService
  clock: Clock
  /** The access line per request (on everywhere; tests may turn it off). */
  requestLogging: boolean
  /**
   * How this service reaches a peer, by the peer's name (e.g. 'course-service'); default: HTTP
   * at the URL its config gives. all-in-one answers with in-process clients.
   */
  connectPeer: (target: string) => ServiceClient
}

export interface ServiceDepsConfig {
  LOG_LEVEL?: string
  NODE_ENV?: string
  DATABASE_URL?: string
  DATA_DIR?: string
  REDIS_URL?: string
  JWT_SECRET_KEY: string
  SERVICE_TOKEN_SECRET?: string
}

/**
 * Opens the database, cache and token service from the config unless they were passed in.
 * `peer` makes an HTTP client to another service; `closeOwned` closes only what was opened here.
 */
export async function openServiceDeps(
  caller: string,
  config: ServiceDepsConfig,
  overrides: Partial<ServiceDeps>,
) {
  // Dependencies log their outages before the HTTP server (and its logger) exists.
  const nodeEnv = config.NODE_ENV ?? 'production'
  const logger = pino(loggerOptions(caller, config.LOG_LEVEL ?? 'info', nodeEnv), loggerDestination(nodeEnv)!)
  const database =
    overrides.database ??
    (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, logger }))
  const cache = overrides.cache ?? createCache({ redisUrl: config.REDIS_URL, logger })
  const tokens =
    overrides.tokens ??
    createTokenService({ secret: config.JWT_SECRET_KEY, serviceSecret: config.SERVICE_TOKEN_SECRET, cache })
  return {
    database,
    cache,
    tokens,
    clock: overrides.clock ?? systemClock,
    requestLogging: overrides.requestLogging,
    peer: (target: string, baseUrl: string): ServiceClient =>
      overrides.connectPeer?.(target) ?? createHttpServiceClient({ caller, target, tokens, baseUrl }),
    async closeOwned() {
      if (!overrides.cache) await cache.close()
      if (!overrides.database) await database.close()
    },
  }
}

/** A service's routes and background work, as its module factory returns them. */
export interface ServiceModule {
  routes: (app: HttpServer) => Promise<void>
  start(): unknown
  stop(): unknown
}

/** Registers the routes; background work starts when the app is ready and stops before `closeOwned` runs. */
export async function mountModule(app: HttpServer, module: ServiceModule, closeOwned: () => Promise<void>) {
  await app.register(module.routes)
  app.addHook('onReady', async () => {
    await module.start()
  })
  app.addHook('onClose', async () => {
    await module.stop()
    await closeOwned()
  })
}

import { fileURLToPath } from 'node:url'
import type { Logger } from 'pino'
import type { TokenService } from './auth/tokens.js'
import type { Cache } from './cache.js'
import type { Clock } from './clock.js'
import type { Database } from './db.js'
import { type EventRetentionConfig, type EventRetentionWindows, eventRetentionWindows } from './retention.js'
import {
  createServiceApp,
  mountModule,
  openServiceDeps,
  type ServiceAppOptions,
  type ServiceDeps,
  type ServiceDepsConfig,
  type ServiceModule,
} from './service-app.js'
import type { ServiceClient } from './service-client.js'

/** What buildServiceApp hands every module: the shared dependencies, its logger and the event settings. */
export interface ServiceModuleDeps {
  db: Database
  cache: Cache
  tokens: TokenService
  clock: Clock
  logger: Logger
  outboxPollIntervalMs?: number
  /** Retention windows and dead-letter time (eventRetentionWindows of the config). */
  retention: EventRetentionWindows
}

/** What else a module factory may use while it is built. */
export interface ServiceModuleHost {
  /** A client of a peer: 'course-service' at the config's COURSE_SERVICE_URL, or what `connectPeer` gives. */
  peer(target: PeerServiceName): ServiceClient
  /** Closes something the factory opened: after the module stopped, before the database closes. */
  onClose(close: () => Promise<void>): void
}

export type PeerServiceName = `${string}-service`

/** 'course-service' → the config's COURSE_SERVICE_URL (every service's config names its peers so). */
function peerUrl(config: object, target: PeerServiceName): string {
  const setting = `${target.slice(0, -'-service'.length).toUpperCase()}_SERVICE_URL`
  const url = (config as Record<string, unknown>)[setting]
  if (typeof url !== 'string')
    throw new Error(`${setting} is not in this service's config (to reach ${target})`)
  return url
}

export interface ServiceDefinition<Module extends ServiceModule> {
  /** e.g. 'user-service': shown in /health, logs and OpenAPI; also the caller name towards peers. */
  name: string
  /** The Postgres schema this service owns, and its migrations: `new URL('../migrations', import.meta.url)`. */
  database: { schema: string; migrations: URL }
  description?: string
  /** Its `*.schemas.ts` modules (the shared OpenAPI components). */
  schemas: Array<Record<string, unknown>>
  /** Builds the service's module; runs after the migrations. */
  module: (deps: ServiceModuleDeps, host: ServiceModuleHost) => Module | Promise<Module>
}

type BuildConfig = ServiceDepsConfig &
  ServiceAppOptions['config'] &
  EventRetentionConfig & { OUTBOX_POLL_INTERVAL_MS?: number }

/**
 * The composition root every service shares: its dependencies (the config's unless passed in),
 * its migrated HTTP server, and its module mounted on it. A failure while the module is built
 * closes what was opened.
 */
export async function buildServiceApp<Module extends ServiceModule>(
  config: BuildConfig,
  overrides: Partial<ServiceDeps>,
  definition: ServiceDefinition<Module>,
) {
  // Before anything opens: a bad window is a configuration error.
  const retention = eventRetentionWindows(config)
  const deps = await openServiceDeps(definition.name, config, overrides)
  const app = await createServiceApp({
    name: definition.name,
    description: definition.description,
    schema: definition.database.schema,
    migrationsFolder: fileURLToPath(definition.database.migrations),
    config,
    database: deps.database,
    cache: deps.cache,
    requestLogging: deps.requestLogging,
    schemas: definition.schemas,
  })
  const closers: Array<() => Promise<void>> = []
  const closeOwned = async () => {
    for (const close of closers) await close()
    await deps.closeOwned()
  }
  const moduleDeps: ServiceModuleDeps = {
    db: deps.database.db,
    cache: deps.cache,
    tokens: deps.tokens,
    clock: deps.clock,
    logger: app.log as unknown as Logger,
    outboxPollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retention,
  }
  let module: Module
  try {
    module = await definition.module(moduleDeps, {
      peer: (target) => deps.peer(target, peerUrl(config, target)),
      onClose: (close) => closers.push(close),
    })
  } catch (error) {
    await closeOwned()
    throw error
  }
  await mountModule(app, module, closeOwned)
  return app
}

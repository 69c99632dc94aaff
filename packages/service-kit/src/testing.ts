import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { createSigner } from 'fast-jwt'
import pg from 'pg'
import type { Static } from 'typebox'
import type { Role } from './auth/actor.js'
import { createTokenService, deriveServiceTokenSecret, type TokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import type { baseConfigProperties } from './config.js'
import { openDatabase } from './db.js'
import { ServiceUnavailableError } from './errors.js'
import { EVENTS_BATCH_PATH, EVENTS_PATH, type EventEnvelope } from './outbox.js'
import type { ServiceClient, ServiceRequest } from './service-client.js'
export { expectExactResponse, expectResponse, type TestResponse } from './expect-response.js'
export { usePerFile } from './use-per-file.js'

/**
 * A fresh database beside the one DATABASE_URL names, so test files running in parallel never
 * see each other's rows (an outbox relay of one file would otherwise deliver another's events).
 */
async function createIsolatedDatabase(baseUrl: string) {
  const name = `sc_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await run(`CREATE DATABASE "${name}"`)
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

type LogLevel = Static<typeof baseConfigProperties.LOG_LEVEL>

/**
 * Test wiring: real Postgres/Redis when DATABASE_URL/REDIS_URL are set (a database of the
 * test file's own), otherwise PGlite in memory.
 */
export async function createTestDeps() {
  const isolated = process.env.DATABASE_URL
    ? await createIsolatedDatabase(process.env.DATABASE_URL)
    : undefined
  const database = await openDatabase({ databaseUrl: isolated?.url, poolSize: 5 })
  // Its own key space too: user ids restart in every test database, revocation markers must not.
  const cache = createCache({
    redisUrl: process.env.REDIS_URL,
    keyPrefix: `sc-test-${randomBytes(4).toString('hex')}:`,
  })
  const secret = 'test-secret-that-is-at-least-32-characters-long'
  const tokens = createTokenService({ secret, cache })
  // user-service's revocation sync says this once it has loaded the cache; tests of the other
  // services run without one, so the harness says it (nothing has been revoked yet).
  await untilCacheAnswers(() => tokens.markRevocationsLoaded())
  const config = {
    NODE_ENV: 'test' as const,
    LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? 'silent') as LogLevel,
    HOST: '127.0.0.1',
    JWT_SECRET_KEY: secret,
    JWT_ALGORITHM: 'HS256' as const,
    BODY_LIMIT_BYTES: 1_048_576,
    DATABASE_URL: isolated?.url,
    REDIS_URL: process.env.REDIS_URL,
  }
  return {
    database,
    cache,
    tokens,
    config,
    async close() {
      await cache.close()
      await database.close()
      await isolated?.drop()
    },
  }
}

/**
 * Redis refuses commands until its connection is ready (no offline queue, by design), and on a
 * busy machine that takes a moment after createCache: retry for a few seconds before giving up.
 */
async function untilCacheAnswers(operation: () => Promise<void>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await operation()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

let counter = 0
/** A value no other test (or earlier run against the same database) has used. */
export function unique(prefix = 'u'): string {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`
}

let lastId = 1_000_000
/**
 * The one id source of tests: ids of the peers a test fakes (users, courses, enrollments) and
 * of users whose tokens it mints. Every test file has a database of its own, so a counter is
 * enough; it starts above the serial ids a file's own rows get, so a faked id is never
 * mistaken for one of them.
 */
export function nextId(): number {
  lastId += 1
  return lastId
}

/** A user of a faked user-service: a fresh id and a bearer header with an access token for it. */
export function mintUser(tokens: TokenService, role: Role = 'student') {
  const id = nextId()
  const { token } = tokens.issueAccessToken({ id, email: `user${id}@example.com`, role })
  return { id, role, headers: { authorization: `Bearer ${token}` } }
}

type TestDeps = Awaited<ReturnType<typeof createTestDeps>>
type TestBaseConfig = TestDeps['config']

/** A peer that is never called: tests pass fake clients, and this port refuses connections. */
export const UNREACHABLE_PEER_URL = 'http://127.0.0.1:9'

/**
 * A service's config for its test app: the test deps' base (database, secret, log level), any
 * port, the outbox polled often, each named peer URL unreachable, then the service's own values.
 */
export function createTestConfig<
  const Peer extends `${string}_SERVICE_URL`,
  const Own extends object = object,
>(base: TestBaseConfig, peers: readonly Peer[], own: Own = {} as Own) {
  const peerUrls = Object.fromEntries(peers.map((peer) => [peer, UNREACHABLE_PEER_URL])) as Record<
    Peer,
    string
  >
  return { ...base, PORT: 0, OUTBOX_POLL_INTERVAL_MS: 50, ...peerUrls, ...own }
}

type TestConfig<Peer extends `${string}_SERVICE_URL`, Own extends object> = ReturnType<
  typeof createTestConfig<Peer, Own>
>

/** What every service's buildApp takes from the test deps: their database, cache and tokens, no request log. */
export interface TestAppWiring {
  database: TestDeps['database']
  cache: TestDeps['cache']
  tokens: TokenService
  requestLogging: false
}

/**
 * A service's app for its API tests, over test deps of its own: its config is createTestConfig
 * with `peers` unreachable and the service's own `config`; `build` gets that config and the
 * wiring from the deps, and the app is ready when this resolves. `user(role)` mints a user of a
 * faked user-service; `close()` closes the app, then the deps.
 */
export async function createServiceTestApp<
  const Peer extends `${string}_SERVICE_URL`,
  App extends { ready(): PromiseLike<unknown>; close(): PromiseLike<unknown> },
  const Own extends object = object,
>(spec: {
  peers: readonly Peer[]
  config?: Own
  build: (config: TestConfig<Peer, Own>, wiring: TestAppWiring) => Promise<App>
}) {
  const deps = await createTestDeps()
  const config = createTestConfig(deps.config, spec.peers, spec.config)
  const app = await spec.build(config, {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    requestLogging: false,
  })
  await app.ready()
  return {
    app,
    deps,
    config,
    user: async (role: Role = 'student') => mintUser(deps.tokens, role),
    async close() {
      await app.close()
      await deps.close()
    },
  }
}

/**
 * A subscriber's POST /internal/events: records envelopes, or fails like a stopped service. A
 * batch (POST /internal/events/batch) is recorded as one single-event request per envelope.
 */
export function createFakeSubscriber() {
  const received: ServiceRequest[] = []
  const state = { down: false, attempts: 0 }
  const client: ServiceClient = {
    async request<T>(request: ServiceRequest) {
      state.attempts += 1
      if (state.down) throw new ServiceUnavailableError('the subscriber is unavailable')
      if (request.path !== EVENTS_BATCH_PATH) {
        received.push(request)
        return { status: 200, body: { status: 'processed' } as T }
      }
      const { events } = request.body as { events: EventEnvelope[] }
      for (const event of events) received.push({ method: 'POST', path: EVENTS_PATH, body: event })
      return { status: 200, body: { results: events.map(({ id }) => ({ id, status: 'processed' })) } as T }
    },
  }
  return { client, received, state }
}

/**
 * A service token with exactly these claims, signed with the service-token secret the test deps
 * derive from `userSecret`: for tests of what verification refuses (too long a life, no exp).
 */
export function signServiceTokenClaims(userSecret: string, claims: Record<string, unknown>): string {
  return createSigner({ key: deriveServiceTokenSecret(userSecret), algorithm: 'HS256' })(claims)
}

/**
 * The kit's event tables (outbox, processed_events) in a schema of a test's own, as a service's
 * migrations create them, for the kit's own tests; `drop()` removes the schema and closes.
 */
export async function createEventTablesSchema(schemaName: string) {
  const deps = await createTestDeps()
  const db = deps.database.db
  await db.execute(sql.raw(`create schema "${schemaName}"`))
  await db.execute(
    sql.raw(`create table "${schemaName}".outbox (
      id bigserial primary key, event_id uuid not null, type text not null, destination text not null,
      payload jsonb not null, occurred_at timestamptz not null default now(),
      attempts integer not null default 0, next_attempt_at timestamptz not null default now(),
      delivered_at timestamptz, last_error text, traceparent text, parked_at timestamptz,
      redriven_at timestamptz)`),
  )
  await db.execute(
    sql.raw(`create table "${schemaName}".processed_events (
      event_id uuid primary key, type text not null, processed_at timestamptz not null default now())`),
  )
  return {
    deps,
    async drop() {
      await db.execute(sql.raw(`drop schema if exists "${schemaName}" cascade`))
      await deps.close()
    },
  }
}

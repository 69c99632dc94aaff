import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { createCache, createTokenService, type DatabaseHandle, openDatabase } from '@smartcourse/service-kit'
import { createFakeSubscriber, unique } from '@smartcourse/service-kit/testing'
import { buildApp } from '@smartcourse/users'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireEnv, startTcpProxy, type TcpProxy } from './tcp-proxy.js'

const SECRET = 'test-secret-that-is-at-least-32-characters-long'
const PASSWORD = 'correct-horse-battery'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let admin: pg.Client
let dbName: string
let proxy: TcpProxy
let database: DatabaseHandle
let app: Awaited<ReturnType<typeof buildApp>>
const subscriber = createFakeSubscriber()
const bootstrap = { email: `${unique('admin')}@example.test`, password: 'admin-password-123' }

/** Every backend of this file's database except the admin connection's. */
async function backends(where = 'true'): Promise<number[]> {
  const result = await admin.query(
    `select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and ${where}`,
    [dbName],
  )
  return result.rows.map((row) => row.pid)
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(100)
  }
}

async function signUp() {
  const name = unique('pgfault')
  const email = `${name}@example.test`
  const registered = await app.inject({
    method: 'POST',
    url: '/auth/register',
    payload: { email, username: name, password: PASSWORD },
  })
  expect(registered.statusCode).toBe(201)
  const login = await app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: { email, password: PASSWORD },
  })
  return { id: registered.json().id as number, email, token: login.json().access_token as string }
}

const me = (token: string) => app.inject({ url: '/users/me', headers: { authorization: `Bearer ${token}` } })

beforeAll(async () => {
  const base = new URL(requireEnv('DATABASE_URL'))
  // The maintenance database: the one DATABASE_URL names may not exist yet.
  const maintenance = new URL(base)
  maintenance.pathname = '/postgres'
  admin = new pg.Client({ connectionString: maintenance.toString() })
  await admin.connect()
  dbName = `sc_faults_${process.pid}_${randomBytes(4).toString('hex')}`
  await admin.query(`create database "${dbName}"`)
  proxy = await startTcpProxy({ host: base.hostname, port: Number(base.port || 5432) })
  const proxied = new URL(base)
  proxied.host = `127.0.0.1:${proxy.port}`
  proxied.pathname = `/${dbName}`
  database = await openDatabase({ databaseUrl: proxied.toString(), poolSize: 4 })
  const cache = createCache({})
  app = await buildApp(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      JWT_SECRET_KEY: SECRET,
      JWT_ALGORITHM: 'HS256',
      BODY_LIMIT_BYTES: 1_048_576,
      PORT: 0,
      ADMIN_EMAIL: bootstrap.email,
      ADMIN_PASSWORD: bootstrap.password,
      ENROLLMENT_SERVICE_URL: 'http://127.0.0.1:9',
      OUTBOX_POLL_INTERVAL_MS: 50,
      PUBLIC_BASE_URL: 'http://localhost:8080',
      PLATFORM_NAME: 'SmartCourse',
      MAIL_FROM: 'SmartCourse <no-reply@example.test>',
      MAIL_TRANSPORT: 'file',
      MAIL_DIR: join(tmpdir(), `sc-faults-mail-${process.pid}`),
    },
    {
      database,
      cache,
      tokens: createTokenService({ secret: SECRET, cache }),
      requestLogging: false,
      enrollmentEvents: subscriber.client,
    },
  )
  await app.ready()
})

afterAll(async () => {
  await app?.close()
  await database?.close()
  await proxy?.close()
  await admin?.query(`drop database if exists "${dbName}" with (force)`)
  await admin?.end()
})

describe('PostgreSQL going away (issue 9.1, 9.2)', () => {
  it('a backend terminated in the middle of a transaction fails that transaction only; the process keeps serving', async () => {
    const user = await signUp()
    const transaction = database.db.transaction(async (tx) => {
      const rows = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
        rows: Array<{ pid: number }>
      }
      await admin.query('select pg_terminate_backend($1)', [rows.rows[0]!.pid])
      // Idle in transaction, checked out: the connection's error arrives as an 'error' event.
      await sleep(500)
      await tx.execute(sql`select 1`)
    })
    await expect(transaction).rejects.toThrow()
    expect((await me(user.token)).statusCode).toBe(200)
  })

  it('a backend terminated in the middle of an outbox claim: the relay carries on and delivers the event', async () => {
    const user = await signUp()
    // Holding the outbox's lock makes the relay's next claim wait: that backend is then mid-claim.
    const lockUrl = new URL(requireEnv('DATABASE_URL'))
    lockUrl.pathname = `/${dbName}`
    const lock = new pg.Client({ connectionString: lockUrl.toString() })
    await lock.connect()
    await lock.query('begin')
    await lock.query('lock table users.outbox in access exclusive mode')
    const claiming = await until(async () => {
      const pids = await backends(`wait_event_type = 'Lock' and query ilike '%outbox%'`)
      return pids.length > 0 ? pids : undefined
    })
    await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [claiming])
    await lock.query('commit')
    await lock.end()

    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: bootstrap,
    })
    expect(login.statusCode).toBe(200)
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/users/${user.id}`,
      headers: { authorization: `Bearer ${login.json().access_token}` },
    })
    expect(deleted.statusCode).toBe(200)
    await until(async () =>
      subscriber.received.some((request) => (request.body as { type?: string }).type === 'user.deleted')
        ? true
        : undefined,
    )
  })

  it('while the database is unreachable every route answers 503 SERVICE_UNAVAILABLE with Retry-After, and recovers by itself', async () => {
    const user = await signUp()
    const adminLogin = await app.inject({ method: 'POST', url: '/auth/login', payload: bootstrap })
    const adminToken = adminLogin.json().access_token as string
    await proxy.cut()
    try {
      const requests = [
        { method: 'GET', url: '/users/me', token: user.token },
        { method: 'GET', url: `/users/${user.id}`, token: user.token },
        { method: 'GET', url: '/users', token: adminToken },
        { method: 'PUT', url: `/users/${user.id}`, token: user.token, payload: { first_name: 'Ada' } },
        { method: 'POST', url: '/auth/login', payload: { email: user.email, password: PASSWORD } },
        {
          method: 'POST',
          url: '/auth/register',
          payload: { email: `${unique('x')}@example.test`, username: unique('x'), password: PASSWORD },
        },
      ] as const
      for (const request of requests) {
        const response = await app.inject({
          method: request.method,
          url: request.url,
          headers: 'token' in request ? { authorization: `Bearer ${request.token}` } : {},
          payload: 'payload' in request ? request.payload : undefined,
        })
        expect(response.statusCode, `${request.method} ${request.url}`).toBe(503)
        expect(response.json().error_code).toBe('SERVICE_UNAVAILABLE')
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
      }
      expect((await app.inject('/health')).statusCode).toBe(503)
    } finally {
      await proxy.restore()
    }
    await until(async () => ((await me(user.token)).statusCode === 200 ? true : undefined))
    expect((await app.inject('/health')).statusCode).toBe(200)
  })
})

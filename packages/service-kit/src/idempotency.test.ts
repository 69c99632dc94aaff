import { sql } from 'drizzle-orm'
import { pgSchema } from 'drizzle-orm/pg-core'
import { Type } from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthGuards } from './auth/guards.js'
import { createTokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import { type DatabaseHandle, openDatabase } from './db.js'
import { ServiceUnavailableError } from './errors.js'
import { createHttpServer, type HttpServer } from './http-server.js'
import { createIdempotency, defineIdempotencyTable, IdempotencyHeaders } from './idempotency.js'

const table = defineIdempotencyTable(pgSchema('kit_idempotency'))
const tokens = createTokenService({ secret: 's'.repeat(32), cache: createCache({}) })
const guards = createAuthGuards(tokens)
const token = (id: number) =>
  `Bearer ${tokens.issueAccessToken({ id, email: `u${id}@example.test`, role: 'student' }).token}`

let database: DatabaseHandle
let app: HttpServer
let clockMs = Date.now()
let calls = 0
const waiting: (() => void)[] = []
const release = () => {
  for (const resolve of waiting.splice(0)) resolve()
}
let failNext = false

beforeAll(async () => {
  await tokens.markRevocationsLoaded()
  database = await openDatabase({})
  await database.db.execute(sql`create schema kit_idempotency`)
  await database.db.execute(sql`create table kit_idempotency.idempotency_keys (
    user_id integer not null, key varchar(255) not null, request_hash text not null, owner uuid not null,
    response_status integer, response_body text, response_type text,
    locked_at timestamptz not null, expires_at timestamptz not null, primary key (user_id, key))`)
  const idempotency = createIdempotency({
    db: database.db,
    table,
    clock: { now: () => new Date(clockMs) },
    waitMs: 150,
    abandonAfterMs: 1000,
  })
  app = await createHttpServer({
    name: 'kit-test',
    config: { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 1_048_576 },
  })
  app.post(
    '/slow',
    {
      onRequest: guards.user,
      ...idempotency.hooks,
      schema: { headers: IdempotencyHeaders, body: Type.Object({ n: Type.Integer() }) },
    },
    async (request, reply) => {
      calls += 1
      if (failNext) {
        failNext = false
        throw new ServiceUnavailableError()
      }
      await new Promise<void>((resolve) => {
        if (request.body.n !== 0) resolve()
        else waiting.push(resolve)
      })
      return reply.code(201).send({ call: calls, n: request.body.n })
    },
  )
  await app.ready()
})
afterAll(async () => {
  await app?.close()
  await database?.close()
})

const post = (key: string, n: number, user = 1) =>
  app.inject({
    method: 'POST',
    url: '/slow',
    headers: { authorization: token(user), 'idempotency-key': key },
    payload: { n },
  })

describe('createIdempotency', () => {
  it('answers 409 IDEMPOTENCY_IN_PROGRESS to a request that waited longer than waitMs', async () => {
    const first = post('busy', 0)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = await post('busy', 0)
    expect(second.statusCode).toBe(409)
    expect(second.json().error_code).toBe('IDEMPOTENCY_IN_PROGRESS')
    release()
    expect((await first).statusCode).toBe(201)
    const replay = await post('busy', 0)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.body).toBe((await first).body)
  })

  it('treats bodies that differ only in key order as the same request', async () => {
    const first = await app.inject({
      method: 'POST',
      url: '/slow',
      headers: { authorization: token(2), 'idempotency-key': 'order', 'content-type': 'application/json' },
      payload: '{"n":5,"x":1}',
    })
    const again = await app.inject({
      method: 'POST',
      url: '/slow',
      headers: { authorization: token(2), 'idempotency-key': 'order', 'content-type': 'application/json' },
      payload: '{"x":1,"n":5}',
    })
    expect(first.statusCode).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
  })

  it('forgets the key after a 5xx, so the retry does the work', async () => {
    failNext = true
    expect((await post('flaky', 3)).statusCode).toBe(503)
    const before = calls
    const retry = await post('flaky', 3)
    expect(retry.statusCode).toBe(201)
    expect(calls).toBe(before + 1)
  })

  it('lets a retry of the same request take over a reservation abandoned for abandonAfterMs', async () => {
    // A reservation nobody answers (its process died): in progress, never stored.
    await database.db.insert(table).values({
      userId: 9,
      key: 'orphan',
      requestHash: 'not-this-request',
      owner: '00000000-0000-4000-8000-000000000000',
      lockedAt: new Date(clockMs),
      expiresAt: new Date(clockMs + 86_400_000),
    })
    expect((await post('orphan', 4, 9)).json().error_code).toBe('IDEMPOTENCY_KEY_REUSED')
    const first = post('stuck', 0, 9)
    await new Promise((resolve) => setTimeout(resolve, 50))
    clockMs += 2000
    const takeover = post('stuck', 0, 9)
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    expect((await takeover).statusCode).toBe(201)
    expect((await first).statusCode).toBe(201)
  })
})

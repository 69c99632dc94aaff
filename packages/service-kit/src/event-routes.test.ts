import { randomUUID } from 'node:crypto'
import { Type } from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthGuards } from './auth/guards.js'
import { createTokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import { ConflictError } from './errors.js'
import { eventRoutes, onEvent } from './event-routes.js'
import { createHttpServer, type HttpServer } from './http-server.js'
import type { EventEnvelope } from './outbox.js'

const tokens = createTokenService({ secret: 's'.repeat(32), cache: createCache({}) })
const guards = createAuthGuards(tokens, 'consumer-service')
const Payload = Type.Object({ n: Type.Integer() })

/** What the handlers were called with: `one` per event, `many` per batch. */
const calls = { one: [] as number[], many: [] as number[][] }
/** n → how `handle` fails for it. */
const failures = new Map<number, Error>()
let manyFails = false
let app: HttpServer

beforeAll(async () => {
  app = await createHttpServer({
    name: 'kit-events',
    config: { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 1_048_576 },
  })
  await app.register(
    eventRoutes({
      guards,
      callers: ['producer-service'],
      operationId: 'receiveTestEvent',
      handlers: {
        'thing.happened': onEvent(Payload, async (event) => {
          const failure = failures.get(event.payload.n)
          if (failure) throw failure
          calls.one.push(event.payload.n)
          return true
        }),
        'thing.batched': onEvent(
          Payload,
          async (event) => {
            calls.one.push(event.payload.n)
            return true
          },
          async (events) => {
            if (manyFails) throw new Error('deadlock detected')
            calls.many.push(events.map((event) => event.payload.n))
            return events.map((event) => event.payload.n % 2 === 0)
          },
        ),
      },
    }),
  )
  await app.ready()
})

afterAll(() => app.close())

const envelope = (type: string, n: unknown): EventEnvelope => ({
  id: randomUUID(),
  type,
  occurred_at: new Date().toISOString(),
  payload: { n },
})

async function deliverBatch(events: EventEnvelope[], caller = 'producer-service') {
  const response = await app.inject({
    method: 'POST',
    url: '/internal/events/batch',
    headers: { authorization: `Bearer ${tokens.issueServiceToken(caller, 'consumer-service')}` },
    payload: { events },
  })
  return { status: response.statusCode, body: response.json() }
}

function reset() {
  calls.one = []
  calls.many = []
  failures.clear()
  manyFails = false
}

describe('POST /internal/events/batch', () => {
  it('gives a type with handleMany its events together and answers per event, in order', async () => {
    reset()
    const events = [envelope('thing.batched', 1), envelope('other.type', 0), envelope('thing.batched', 2)]
    const { status, body } = await deliverBatch(events)
    expect(status).toBe(200)
    expect(body.results).toEqual([
      { id: events[0]!.id, status: 'duplicate' },
      { id: events[1]!.id, status: 'ignored' },
      { id: events[2]!.id, status: 'processed' },
    ])
    expect(calls).toEqual({ one: [], many: [[1, 2]] })
  })

  it('applies the events one by one when handleMany throws', async () => {
    reset()
    manyFails = true
    const events = [envelope('thing.batched', 1), envelope('thing.batched', 2)]
    const { body } = await deliverBatch(events)
    expect(body.results.map((result: { status: string }) => result.status)).toEqual([
      'processed',
      'processed',
    ])
    expect(calls).toEqual({ one: [1, 2], many: [] })
  })

  it('fails an invalid payload and a refused event alone; the others are applied', async () => {
    reset()
    failures.set(2, new ConflictError('NOT_NOW', 'not now'))
    const events = [
      envelope('thing.happened', 'x'),
      envelope('thing.happened', 2),
      envelope('thing.happened', 3),
    ]
    const { body } = await deliverBatch(events)
    expect(body.results).toEqual([
      {
        id: events[0]!.id,
        status: 'failed',
        error: expect.stringContaining('Invalid thing.happened payload'),
      },
      { id: events[1]!.id, status: 'failed', error: expect.stringContaining('not now') },
      { id: events[2]!.id, status: 'processed' },
    ])
    expect(calls.one).toEqual([3])
  })

  it('fails the rest of the batch without trying it once a dependency fails', async () => {
    reset()
    failures.set(2, new Error('connect ECONNREFUSED 127.0.0.1:5432'))
    const events = [1, 2, 3, 4].map((n) => envelope('thing.happened', n))
    const { body } = await deliverBatch(events)
    expect(body.results.map((result: { status: string }) => result.status)).toEqual([
      'processed',
      'failed',
      'failed',
      'failed',
    ])
    expect(body.results[3].error).toContain('ECONNREFUSED')
    expect(calls.one).toEqual([1])
  })

  it('refuses a caller that does not publish to it, an empty and an oversized batch', async () => {
    reset()
    expect((await deliverBatch([envelope('thing.happened', 1)], 'stranger-service')).status).toBe(403)
    expect((await deliverBatch([])).status).toBe(422)
    const tooMany = Array.from({ length: 501 }, (_, n) => envelope('thing.happened', n))
    expect((await deliverBatch(tooMany)).status).toBe(422)
    expect(calls.one).toEqual([])
  })
})

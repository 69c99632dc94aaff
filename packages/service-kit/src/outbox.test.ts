import { sql } from 'drizzle-orm'
import { pgSchema } from 'drizzle-orm/pg-core'
import { pino } from 'pino'
import { describe, expect, it, vi } from 'vitest'
import type { Database } from './db.js'
import { metricsRegistry } from './metrics.js'
import {
  createEventInbox,
  createOutbox,
  defineEventTables,
  EVENTS_BATCH_PATH,
  type EventEnvelope,
} from './outbox.js'
import { currentTraceContext, requestContext } from './request-context.js'
import type { ServiceClient, ServiceRequest } from './service-client.js'
import { contextFromTraceparent, traceHeaders } from './tracing.js'
import { useEventTablesSchema } from './event-tables.test-support.js'
import { unique } from './testing.js'

const schemaName = unique('kit_outbox_').toLowerCase()
const tables = defineEventTables(pgSchema(schemaName))
const logger = pino({ level: 'silent', base: { service: 'kit-outbox-test' } })
let db: Database

useEventTablesSchema(schemaName, (database) => {
  db = database
})

/**
 * A subscriber that records envelopes; `fail` makes it throw, `delayMs` keeps each call in flight.
 * A batch request is recorded envelope by envelope (`requests` counts the HTTP requests);
 * `failEvent` makes the batch answer `failed` for the envelopes it picks.
 */
function subscriber(
  options: {
    fail?: () => boolean
    delayMs?: number
    status?: number
    batchStatus?: number
    failEvent?: (envelope: EventEnvelope) => boolean
  } = {},
) {
  const received: EventEnvelope[] = []
  /** The trace context each call was made in (what the service client turns into `traceparent`). */
  const traceparents: Array<string | undefined> = []
  const inFlight = new Set<string>()
  const stats = { maxInFlight: 0, overlaps: 0, requests: 0, batches: 0 }
  const client: ServiceClient = {
    async request<T>(request: ServiceRequest) {
      stats.requests += 1
      const batch = request.path === EVENTS_BATCH_PATH
      if (batch) stats.batches += 1
      if (batch && options.batchStatus) return { status: options.batchStatus, body: {} as T }
      const envelopes = batch
        ? (request.body as { events: EventEnvelope[] }).events
        : [request.body as EventEnvelope]
      traceparents.push(traceHeaders(currentTraceContext()).traceparent)
      for (const envelope of envelopes) {
        if (inFlight.has(envelope.id)) stats.overlaps += 1
        inFlight.add(envelope.id)
      }
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight.size)
      try {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
        if (options.fail?.()) throw new Error('subscriber is down')
        const failed = envelopes.filter((envelope) => options.failEvent?.(envelope))
        received.push(...envelopes.filter((envelope) => !failed.includes(envelope)))
        if (!batch) return { status: options.status ?? 200, body: {} as T }
        const results = envelopes.map((envelope) =>
          failed.includes(envelope)
            ? { id: envelope.id, status: 'failed', error: 'could not apply it' }
            : { id: envelope.id, status: 'processed' },
        )
        return { status: options.status ?? 200, body: { results } as T }
      } finally {
        for (const envelope of envelopes) inFlight.delete(envelope.id)
      }
    },
  }
  return { client, received, stats, traceparents }
}

async function metricValue(name: string, labels: Record<string, string>) {
  const metric = (await metricsRegistry.getMetricsAsJSON()).find((entry) => entry.name === name)
  const values = (metric?.values ?? []) as Array<{
    labels: Record<string, unknown>
    value: number
    metricName?: string
  }>
  return values
    .filter((entry) => !entry.metricName || entry.metricName === `${name}_count` || entry.metricName === name)
    .filter((entry) => Object.entries(labels).every(([key, value]) => entry.labels[key] === value))
    .reduce((sum, entry) => sum + entry.value, 0)
}

async function pendingRows() {
  return db.select().from(tables.outbox).where(sql`${tables.outbox.deliveredAt} is null`)
}

/** Each test starts with an empty outbox, since a relay delivers everything that is due. */
async function clearOutbox() {
  await db.delete(tables.outbox)
}

function outboxFor(
  destinations: Record<string, ServiceClient>,
  subscribers: Record<string, string[]> = { 'thing.happened': ['a'] },
) {
  return createOutbox({ db, tables, subscribers, destinations, logger })
}

describe('createOutbox', () => {
  it('writes one row per subscriber in the caller’s transaction, and none when it rolls back', async () => {
    await clearOutbox()
    const outbox = outboxFor({}, { 'thing.happened': ['a', 'b'], 'other.thing': [] })
    await db.transaction(async (tx) => {
      await outbox.publish(tx, 'thing.happened', { n: 1 })
      await outbox.publish(tx, 'other.thing', { n: 2 })
    })
    await db
      .transaction(async (tx) => {
        await outbox.publish(tx, 'thing.happened', { n: 3 })
        throw new Error('rollback')
      })
      .catch(() => {})
    const rows = await pendingRows()
    expect(rows.map((row) => [row.destination, row.payload])).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 1 }],
    ])
    expect(rows[0]!.eventId).toBe(rows[1]!.eventId)
  })

  it('delivers the envelope to each destination once and marks it delivered', async () => {
    await clearOutbox()
    const a = subscriber()
    const b = subscriber()
    const outbox = outboxFor({ a: a.client, b: b.client }, { 'thing.happened': ['a', 'b'] })
    const eventId = await db.transaction((tx) => outbox.publish(tx, 'thing.happened', { n: 7 }))
    expect(await outbox.relayOnce()).toBe(2)
    for (const { received } of [a, b]) {
      expect(received).toEqual([
        { id: eventId, type: 'thing.happened', occurred_at: expect.any(String), payload: { n: 7 } },
      ])
      expect(new Date(received[0]!.occurred_at).toISOString()).toBe(received[0]!.occurred_at)
    }
    expect(await outbox.relayOnce()).toBe(0)
    expect(await pendingRows()).toEqual([])
  })

  it('carries the trace context the event was written in to its delivery, and counts it in /metrics', async () => {
    await clearOutbox()
    const a = subscriber()
    const outbox = outboxFor({ a: a.client })
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
    const traceparent = `00-${traceId}-00f067aa0ba902b7-01`
    const labels = { service: 'kit-outbox-test', event: 'thing.happened', destination: 'a' }
    const deliveredBefore = await metricValue('outbox_delivery_latency_seconds', labels)
    await requestContext.run({ traceContext: contextFromTraceparent(traceparent) }, () =>
      db.transaction((tx) => outbox.publish(tx, 'thing.happened', { n: 1 })),
    )
    const [row] = await pendingRows()
    expect(row!.traceparent).toBe(traceparent)
    expect(await outbox.pendingCount()).toBe(1)
    expect(await outbox.relayOnce()).toBe(1)
    expect(a.received[0]!.traceparent).toBe(traceparent)
    // Tracing is off here, so the delivery continues the stored context unchanged.
    expect(a.traceparents[0]).toContain(traceId)
    expect(await metricValue('outbox_delivery_latency_seconds', labels)).toBe(deliveredBefore + 1)
    expect(await outbox.pendingCount()).toBe(0)
  })

  it('counts failed deliveries in /metrics', async () => {
    await clearOutbox()
    const a = subscriber({ fail: () => true })
    const outbox = outboxFor({ a: a.client })
    const labels = { service: 'kit-outbox-test', event: 'thing.happened', destination: 'a' }
    const before = await metricValue('outbox_delivery_failures_total', labels)
    await db.transaction((tx) => outbox.publish(tx, 'thing.happened', { n: 1 }))
    expect(await outbox.relayOnce()).toBe(1)
    expect(await metricValue('outbox_delivery_failures_total', labels)).toBe(before + 1)
    await clearOutbox()
  })

  it('retries a failed delivery after a backoff, and delivers once the subscriber is back', async () => {
    await clearOutbox()
    let down = true
    const a = subscriber({ fail: () => down })
    const outbox = outboxFor({ a: a.client })
    await db.transaction((tx) => outbox.publish(tx, 'thing.happened', { n: 1 }))
    expect(await outbox.relayOnce()).toBe(1)
    const [failed] = await pendingRows()
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringContaining('subscriber is down') })
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now())
    expect(await outbox.relayOnce()).toBe(0)
    down = false
    await vi.waitFor(
      async () => {
        await outbox.relayOnce()
        expect(a.received).toHaveLength(1)
      },
      { timeout: 5000, interval: 200 },
    )
    expect(await pendingRows()).toEqual([])
  })

  it('treats an error status from the subscriber as a failed delivery', async () => {
    await clearOutbox()
    const a = subscriber({ status: 422 })
    const outbox = outboxFor({ a: a.client })
    await db.transaction((tx) => outbox.publish(tx, 'thing.happened', {}))
    await outbox.relayOnce()
    expect(await pendingRows()).toHaveLength(1)
  })

  it('delivers a claimed batch to a destination in one request, so it ends well inside its lease', async () => {
    await clearOutbox()
    const a = subscriber({ delayMs: 30 })
    const outbox = outboxFor({ a: a.client })
    await db.transaction(async (tx) => {
      for (let n = 0; n < 10; n++) await outbox.publish(tx, 'thing.happened', { n })
    })
    expect(await outbox.relayOnce()).toBe(10)
    expect(a.received.map((envelope) => envelope.payload)).toEqual(
      Array.from({ length: 10 }, (_, n) => ({ n })),
    )
    expect(a.stats).toMatchObject({ requests: 1, batches: 1, maxInFlight: 10 })
    expect(await pendingRows()).toEqual([])
  })

  it('retries only the events a batch answers as failed, on their own backoff', async () => {
    await clearOutbox()
    let failing = true
    const a = subscriber({ failEvent: (envelope) => failing && (envelope.payload as { n: number }).n === 2 })
    const outbox = outboxFor({ a: a.client })
    await db.transaction(async (tx) => {
      for (let n = 0; n < 4; n++) await outbox.publish(tx, 'thing.happened', { n })
    })
    await outbox.relayOnce()
    expect(a.received.map((envelope) => envelope.payload)).toEqual([{ n: 0 }, { n: 1 }, { n: 3 }])
    const pending = await pendingRows()
    expect(pending.map((row) => row.payload)).toEqual([{ n: 2 }])
    expect(pending[0]!.lastError).toContain('could not apply it')
    expect(pending[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now())
    failing = false
    await db.update(tables.outbox).set({ nextAttemptAt: sql`now()` })
    expect(await outbox.relayOnce()).toBe(1)
    expect(a.received.map((envelope) => envelope.payload)).toContainEqual({ n: 2 })
    expect(await pendingRows()).toEqual([])
  })

  it('fails every event of a batch the subscriber answers with an error status', async () => {
    await clearOutbox()
    const a = subscriber({ status: 503 })
    const outbox = outboxFor({ a: a.client })
    await db.transaction(async (tx) => {
      for (let n = 0; n < 3; n++) await outbox.publish(tx, 'thing.happened', { n })
    })
    await outbox.relayOnce()
    const pending = await pendingRows()
    expect(pending).toHaveLength(3)
    expect(pending.every((row) => row.lastError?.includes('subscriber answered 503'))).toBe(true)
  })

  it('sends one request per event to a subscriber without the batch route (404)', async () => {
    await clearOutbox()
    const a = subscriber({ batchStatus: 404 })
    const outbox = outboxFor({ a: a.client })
    await db.transaction(async (tx) => {
      for (let n = 0; n < 3; n++) await outbox.publish(tx, 'thing.happened', { n })
    })
    expect(await outbox.relayOnce()).toBe(3)
    expect(a.stats).toMatchObject({ batches: 1, requests: 4 })
    expect(a.received).toHaveLength(3)
    expect(await pendingRows()).toEqual([])
  })

  it('never lets two relays deliver one row at the same time', async () => {
    await clearOutbox()
    const a = subscriber({ delayMs: 5 })
    const first = outboxFor({ a: a.client })
    const second = outboxFor({ a: a.client })
    await db.transaction(async (tx) => {
      for (let n = 0; n < 120; n++) await first.publish(tx, 'thing.happened', { n })
    })
    await Promise.all([first.relayOnce(), second.relayOnce(), first.relayOnce(), second.relayOnce()])
    expect(a.stats.overlaps).toBe(0)
    const delivered = a.received
      .map((envelope) => (envelope.payload as { n: number }).n)
      .sort((x, y) => x - y)
    expect(delivered).toEqual(Array.from({ length: 120 }, (_, n) => n))
    expect(await pendingRows()).toEqual([])
  })

  it('sends only the newest event per coalescing key of a batch, and marks the older ones with it', async () => {
    await clearOutbox()
    const a = subscriber()
    const outbox = createOutbox({
      db,
      tables,
      subscribers: { 'thing.happened': ['a'], 'other.thing': ['a'] },
      destinations: { a: a.client },
      logger,
      coalesce: { 'thing.happened': (payload) => (payload as { key: number }).key },
    })
    await db.transaction(async (tx) => {
      for (const version of [1, 2, 3]) await outbox.publish(tx, 'thing.happened', { key: 1, version })
      await outbox.publish(tx, 'thing.happened', { key: 2, version: 1 })
      // Not a coalesced type: every one is sent.
      await outbox.publish(tx, 'other.thing', { key: 1 })
      await outbox.publish(tx, 'other.thing', { key: 1 })
    })
    expect(await outbox.relayOnce()).toBe(6)
    expect(a.received.map((envelope) => [envelope.type, envelope.payload])).toEqual(
      expect.arrayContaining([
        ['thing.happened', { key: 1, version: 3 }],
        ['thing.happened', { key: 2, version: 1 }],
        ['other.thing', { key: 1 }],
        ['other.thing', { key: 1 }],
      ]),
    )
    expect(a.received).toHaveLength(4)
    expect(await pendingRows()).toEqual([])
  })

  it('retries the older events of a coalesced key with the newest when its delivery fails', async () => {
    await clearOutbox()
    let down = true
    const a = subscriber({ fail: () => down })
    const outbox = createOutbox({
      db,
      tables,
      subscribers: { 'thing.happened': ['a'] },
      destinations: { a: a.client },
      logger,
      coalesce: { 'thing.happened': (payload) => (payload as { key: number }).key },
    })
    await db.transaction(async (tx) => {
      for (const version of [1, 2]) await outbox.publish(tx, 'thing.happened', { key: 1, version })
    })
    await outbox.relayOnce()
    const pending = await pendingRows()
    expect(pending).toHaveLength(2)
    expect(pending.every((row) => row.lastError?.includes('subscriber is down'))).toBe(true)
    down = false
    await db.update(tables.outbox).set({ nextAttemptAt: sql`now()` })
    await outbox.relayOnce()
    expect(a.received.map((envelope) => envelope.payload)).toEqual([{ key: 1, version: 2 }])
    expect(await pendingRows()).toEqual([])
  })

  it('coalesces nudges and starts no relay after stop()', async () => {
    await clearOutbox()
    const a = subscriber()
    const outbox = outboxFor({ a: a.client })
    await db.transaction((tx) => outbox.publish(tx, 'thing.happened', { n: 1 }))
    await Promise.all([outbox.nudge(), outbox.nudge(), outbox.nudge()])
    expect(a.received).toHaveLength(1)
    await outbox.stop()
    await db.transaction((tx) => outbox.publish(tx, 'thing.happened', { n: 2 }))
    await outbox.nudge()
    expect(a.received).toHaveLength(1)
  })
})

describe('createEventInbox', () => {
  it('runs the work once per event id, and again after a failed attempt', async () => {
    const inbox = createEventInbox(db, tables)
    const event = { id: crypto.randomUUID(), type: 'thing.happened' }
    let runs = 0
    const work = async () => {
      runs += 1
    }
    await expect(
      inbox.runOnce(event, async () => {
        runs += 1
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await inbox.runOnce(event, work)).toBe(true)
    expect(await inbox.runOnce(event, work)).toBe(false)
    expect(runs).toBe(2)
  })
})

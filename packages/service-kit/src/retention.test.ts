import { eq, sql } from 'drizzle-orm'
import { pgSchema } from 'drizzle-orm/pg-core'
import { pino } from 'pino'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Clock } from './clock.js'
import { ConfigError } from './config.js'
import type { Database } from './db.js'
import { createEventInbox, createOutbox, defineEventTables } from './outbox.js'
import {
  createEventRetentionJob,
  eventRetentionWindows,
  outboxRetention,
  processedEventsRetention,
} from './retention.js'
import type { ServiceClient } from './service-client.js'
import { useEventTablesSchema } from './event-tables.test-support.js'
import { unique } from './testing.js'

// Issue 9.12: retention never deletes an undelivered event or a processed-event id still inside
// the redelivery window; an event failing longer than the dead-letter time is parked, logged
// once, listed and redriven. Time moves through the kit's clock, never by sleeping.
const HOUR = 60 * 60_000
const DAY = 24 * HOUR
const schemaName = unique('kit_retention_').toLowerCase()
const tables = defineEventTables(pgSchema(schemaName))
let db: Database

/** The clock tests move: starts at the real time (the database's now() stamps the rows). */
const clock = (() => {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms
    },
    reset() {
      offset = 0
    },
  } satisfies Clock & Record<string, unknown>
})()

/** Log lines, parsed, for "logged once". */
const lines: Array<Record<string, unknown>> = []
const logger = pino(
  { level: 'info', base: { service: 'kit-retention-test' } },
  { write: (line: string) => void lines.push(JSON.parse(line)) },
)

const subscriber = { down: true, calls: 0 }
const client: ServiceClient = {
  async request<T>() {
    subscriber.calls += 1
    if (subscriber.down) throw new Error('subscriber is down')
    return { status: 200, body: {} as T }
  },
}

useEventTablesSchema(schemaName, (database) => {
  db = database
})
beforeEach(async () => {
  clock.reset()
  lines.length = 0
  subscriber.down = true
  await db.delete(tables.outbox)
  await db.delete(tables.processedEvents)
})

function outboxWith(deadLetterAfterMs = DAY) {
  return createOutbox({
    db,
    tables,
    subscribers: { 'thing.happened': ['peer'] },
    destinations: { peer: client },
    logger,
    clock,
    deadLetterAfterMs,
  })
}

/** The relay's backoff is in database time; make every row due now instead of waiting for it. */
const makeDue = () => db.update(tables.outbox).set({ nextAttemptAt: sql`now()` })
const rows = () => db.select().from(tables.outbox).orderBy(tables.outbox.id)
const parkedLogs = () => lines.filter((line) => String(line.msg).startsWith('event parked'))

describe('dead letters', () => {
  it('parks an event failing for longer than the dead-letter time, logs it once and stops retrying', async () => {
    const outbox = outboxWith(DAY)
    await outbox.publish(db, 'thing.happened', { n: 1 })
    await outbox.relayOnce()
    clock.advance(23 * HOUR)
    await makeDue()
    await outbox.relayOnce()
    expect((await rows())[0]).toMatchObject({ parkedAt: null, attempts: 2, deliveredAt: null })
    expect(parkedLogs()).toHaveLength(0)

    clock.advance(2 * HOUR) // 25 h after it was written
    await makeDue()
    await outbox.relayOnce()
    const [parked] = await rows()
    expect(parked!.parkedAt).toBeInstanceOf(Date)
    expect(parked!.lastError).toContain('subscriber is down')
    expect(parkedLogs()).toHaveLength(1)
    expect(parkedLogs()[0]).toMatchObject({ level: 40, event: 'thing.happened', destination: 'peer' })

    // The relay no longer tries it, and the pending count leaves it out.
    const calls = subscriber.calls
    clock.advance(DAY)
    await makeDue()
    expect(await outbox.relayOnce()).toBe(0)
    expect(subscriber.calls).toBe(calls)
    expect(await outbox.pendingCount()).toBe(0)
    expect(await outbox.parkedCount()).toBe(1)
    expect(parkedLogs()).toHaveLength(1)
    expect((await outbox.listParked({ limit: 10, offset: 0 })).rows.map((row) => row.id)).toEqual([
      parked!.id,
    ])
  })

  it('redrives a parked event: pending again, its dead-letter time counted afresh, delivered once the peer is back', async () => {
    const outbox = outboxWith(HOUR)
    await outbox.publish(db, 'thing.happened', { n: 2 })
    clock.advance(2 * HOUR)
    await outbox.relayOnce()
    const [parked] = await rows()
    expect(parked!.parkedAt).not.toBeNull()

    // Redriven while the peer is still down: one more failure does not re-park it at once.
    const redriven = await outbox.redrive(parked!.id)
    expect(redriven).toMatchObject({ parkedAt: null, attempts: 0 })
    // redrive nudged the relay: wait for that run rather than racing it.
    await outbox.nudge()
    expect((await rows())[0]).toMatchObject({ parkedAt: null, attempts: 1 })

    subscriber.down = false
    await makeDue()
    await outbox.relayOnce()
    expect((await rows())[0]!.deliveredAt).toBeInstanceOf(Date)
    // Only a parked, undelivered event can be redriven.
    expect(await outbox.redrive(parked!.id)).toBeUndefined()
    expect(await outbox.redrive(999_999)).toBeUndefined()
  })
})

describe('retention', () => {
  const windows = eventRetentionWindows() // 7 days, 14 days, dead letter 24 h

  it('deletes delivered outbox rows after the window, never an undelivered or parked one', async () => {
    const outbox = outboxWith(DAY)
    for (const n of [1, 2, 3]) await outbox.publish(db, 'thing.happened', { n })
    const [delivered, pending, parked] = await rows()
    await db.update(tables.outbox).set({ deliveredAt: sql`now()` }).where(eq(tables.outbox.id, delivered!.id))
    await db.update(tables.outbox).set({ parkedAt: sql`now()` }).where(eq(tables.outbox.id, parked!.id))
    const task = outboxRetention(db, tables, windows)

    clock.advance(6 * DAY)
    expect(await task.run(clock.now())).toBe(0)
    clock.advance(2 * DAY) // 8 days after delivery
    expect(await task.run(clock.now())).toBe(1)
    clock.advance(365 * DAY) // however old, undelivered rows stay
    expect(await task.run(clock.now())).toBe(0)
    expect((await rows()).map((row) => row.id)).toEqual([pending!.id, parked!.id])
  })

  it('keeps processed-event ids for the window, so a redelivery inside it is still a duplicate', async () => {
    const inbox = createEventInbox(db, tables)
    const event = { id: crypto.randomUUID(), type: 'thing.happened' }
    let applied = 0
    const work = async () => {
      applied += 1
    }
    expect(await inbox.runOnce(event, work)).toBe(true)
    const task = processedEventsRetention(db, tables, windows)
    clock.advance(13 * DAY)
    expect(await task.run(clock.now())).toBe(0)
    expect(await inbox.runOnce(event, work)).toBe(false)
    clock.advance(2 * DAY) // 15 days: past the window, long past any redelivery
    expect(await task.run(clock.now())).toBe(1)
    expect(applied).toBe(1)
  })

  it('never forgets an id inside the redelivery window, even with a shorter configured window', async () => {
    // A window shorter than the dead-letter time is refused at start …
    expect(() =>
      eventRetentionWindows({ PROCESSED_EVENTS_RETENTION_DAYS: 1, OUTBOX_DEAD_LETTER_AFTER_MINUTES: 1440 }),
    ).toThrow(ConfigError)
    // … and the task itself keeps ids for the dead-letter time plus a margin regardless.
    const task = processedEventsRetention(db, tables, {
      ...windows,
      processedEventsRetentionMs: HOUR,
      deadLetterAfterMs: 2 * DAY,
    })
    await createEventInbox(db, tables).runOnce({ id: crypto.randomUUID(), type: 'x' }, async () => {})
    clock.advance(2 * DAY + 30 * 60_000)
    expect(await task.run(clock.now())).toBe(0)
    clock.advance(HOUR)
    expect(await task.run(clock.now())).toBe(1)
  })

  it('runs at start and on its interval; stop waits for a run in flight', async () => {
    const outbox = outboxWith(DAY)
    await outbox.publish(db, 'thing.happened', { n: 4 })
    await db.update(tables.outbox).set({ deliveredAt: sql`now()` })
    clock.advance(8 * DAY)
    const job = createEventRetentionJob({ db, tables, windows, logger, clock })
    expect(await job.runOnce()).toEqual({ outbox: 1, processed_events: 0 })
    expect(lines.some((line) => line.msg === 'retention: old rows deleted')).toBe(true)
    job.start()
    await job.stop()
  })
})

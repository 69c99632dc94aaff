import { randomUUID } from 'node:crypto'
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import { bigserial, index, integer, jsonb, type PgSchema, text, uuid } from 'drizzle-orm/pg-core'
import { timestamptz } from './db-columns.js'
import type { EventBatchAnswer } from './event-routes.js'
import type { Logger } from 'pino'
import { type Clock, systemClock } from './clock.js'
import type { Database, Executor } from './db.js'
import { countOutboxFailure, observeOutboxDelivery, registerOutboxDepth } from './metrics.js'
import { currentTraceContext, requestContext } from './request-context.js'
import type { ServiceClient } from './service-client.js'
import { contextFromTraceparent, inSpan, SpanKind, traceHeaders } from './tracing.js'

/** Tables a service needs to publish (outbox) and to consume (processed_events) events. */
export function defineEventTables(schema: PgSchema) {
  const outbox = schema.table(
    'outbox',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      eventId: uuid('event_id').notNull(),
      type: text('type').notNull(),
      destination: text('destination').notNull(),
      payload: jsonb('payload').notNull(),
      occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
      attempts: integer('attempts').notNull().default(0),
      nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
      deliveredAt: timestamptz('delivered_at'),
      lastError: text('last_error'),
      /** W3C trace context of the request that wrote the event, so delivery continues its trace. */
      traceparent: text('traceparent'),
      /** Dead letter: set when delivery kept failing for OUTBOX_DEAD_LETTER_AFTER; the relay skips it. */
      parkedAt: timestamptz('parked_at'),
      /** When an admin last redrove it: the dead-letter time counts from here instead of occurred_at. */
      redrivenAt: timestamptz('redriven_at'),
    },
    // Delivered rows stay for audit until the retention job removes them; the relay only ever
    // scans the pending ones (not delivered, not parked).
    (table) => [
      index('outbox_pending_idx')
        .on(table.id)
        .where(sql`${table.deliveredAt} is null and ${table.parkedAt} is null`),
      index('outbox_delivered_at_idx').on(table.deliveredAt).where(sql`${table.deliveredAt} is not null`),
      index('outbox_parked_idx')
        .on(table.id)
        .where(sql`${table.parkedAt} is not null and ${table.deliveredAt} is null`),
    ],
  )
  const processedEvents = schema.table('processed_events', {
    eventId: uuid('event_id').primaryKey(),
    type: text('type').notNull(),
    processedAt: timestamptz('processed_at').notNull().defaultNow(),
  })
  return { outbox, processedEvents }
}

export type EventTables = ReturnType<typeof defineEventTables>

/** An event's outbox rows without their payload (`Outbox.envelopeFor`). */
export interface OutboxEnvelope {
  eventId: string
  type: string
  destinations: readonly string[]
  traceparent: string | null
}

/** What travels to a subscriber's `POST /internal/events`. */
export interface EventEnvelope<P = unknown> {
  id: string
  type: string
  occurred_at: string
  payload: P
  /** The W3C trace context the event was written in (also sent as the `traceparent` header). */
  traceparent?: string
}

export const EVENTS_PATH = '/internal/events'
/** Several envelopes for one consumer in one request: `{ events: [...] }` (the relay's batches). */
export const EVENTS_BATCH_PATH = '/internal/events/batch'
const LEASE_SECONDS = 30
/** Rows claimed at once; a claimed batch goes to each destination in one request, marked in one UPDATE. */
const BATCH_SIZE = 200
const MAX_BACKOFF_SECONDS = 60
/** Default OUTBOX_DEAD_LETTER_AFTER: an event failing this long is parked. */
export const DEFAULT_DEAD_LETTER_AFTER_MS = 24 * 60 * 60_000

export interface OutboxOptions<Events extends object> {
  db: Database
  tables: EventTables
  /** Event type → the destinations it is written for (one outbox row each). */
  subscribers: { readonly [T in EventTypeOf<Events>]?: readonly string[] }
  destinations: Record<string, ServiceClient>
  logger: Logger
  pollIntervalMs?: number
  /** Park (dead-letter) an event still undelivered this long after it was written or redriven. */
  deadLetterAfterMs?: number
  clock?: Clock
  coalesce?: { readonly [T in EventTypeOf<Events>]?: (payload: Events[T]) => string | number | undefined }
}

/**
 * Transactional outbox: `publish` writes the event in the caller's transaction (one row per
 * subscriber); the relay delivers rows at least once with exponential backoff. Rows are claimed
 * with FOR UPDATE SKIP LOCKED and a lease, so replicas never deliver the same row at once and the
 * HTTP call happens outside any transaction. A claimed batch goes to each destination in one
 * request (POST /internal/events/batch; a lone event to POST /internal/events), the destinations
 * at once, so every delivery ends (client timeout) well inside its lease, and the delivered rows
 * are marked in one UPDATE.
 *
 * `coalesce` names event types where only the newest event per key matters (the consumer ignores
 * older versions anyway, e.g. progress.updated per enrollment): of the rows of one claimed batch
 * with the same type, destination and key, only the newest is sent, and the older ones are
 * marked delivered with it (or retried with it when it fails).
 *
 * `Events` maps each event type to its payload type (the contracts' EventPayloads), so
 * `publish(tx, type, payload)` does not compile with a payload of another shape.
 */
export function createOutbox<Events extends object = Record<string, unknown>>(
  options: OutboxOptions<Events>,
) {
  const { db, tables, subscribers, destinations, logger } = options
  const clock = options.clock ?? systemClock
  const deadLetterAfterMs = options.deadLetterAfterMs ?? DEFAULT_DEAD_LETTER_AFTER_MS
  const { outbox } = tables
  const service = String((logger.bindings?.() as { service?: unknown } | undefined)?.service ?? 'unknown')
  let unregisterDepth: (() => void) | undefined
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false
  let stopped = false

  const destinationsOf = subscribers as Readonly<Record<string, readonly string[] | undefined>>
  const keyOf = (options.coalesce ?? {}) as Readonly<
    Record<string, ((payload: unknown) => string | number | undefined) | undefined>
  >

  /**
   * What `publish` writes besides the payload: a new event id, the event's destinations (one row
   * each) and the current trace. For a statement that writes its event rows itself.
   */
  function envelopeFor(type: EventTypeOf<Events>): OutboxEnvelope {
    return {
      eventId: randomUUID(),
      type,
      destinations: destinationsOf[type] ?? [],
      traceparent: traceHeaders(currentTraceContext()).traceparent ?? null,
    }
  }

  async function publish<T extends EventTypeOf<Events>>(executor: Executor, type: T, payload: Events[T]) {
    const { eventId, destinations: targets, traceparent } = envelopeFor(type)
    const rows = targets.map((destination) => ({ eventId, type, destination, payload, traceparent }))
    if (rows.length > 0) await executor.insert(outbox).values(rows)
    return eventId
  }

  async function claimBatch() {
    const due = db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNull(outbox.deliveredAt), isNull(outbox.parkedAt), lte(outbox.nextAttemptAt, sql`now()`)))
      .orderBy(asc(outbox.id))
      .limit(BATCH_SIZE)
      .for('update', { skipLocked: true })
    return db
      .update(outbox)
      .set({
        attempts: sql`${outbox.attempts} + 1`,
        nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      })
      .where(inArray(outbox.id, due))
      .returning()
  }

  type OutboxRow = typeof outbox.$inferSelect
  /** A row to send, with the older rows of its coalesced key it stands for. */
  type DeliveryGroup = { row: OutboxRow; superseded: OutboxRow[] }

  function envelopeOf(row: OutboxRow): EventEnvelope {
    return {
      id: row.eventId,
      type: row.type,
      occurred_at: row.occurredAt.toISOString(),
      payload: row.payload,
      ...(row.traceparent ? { traceparent: row.traceparent } : {}),
    }
  }

  /** Sends one row (standing for itself and the older rows it supersedes); true when delivered. */
  async function deliver({ row, superseded }: DeliveryGroup): Promise<boolean> {
    try {
      const client = destinations[row.destination]
      if (!client) throw new Error(`no client for destination ${row.destination}`)
      // A span in the trace of the request that wrote the event; the call carries it on.
      await inSpan(
        service,
        `deliver ${row.type}`,
        SpanKind.PRODUCER,
        contextFromTraceparent(row.traceparent),
        async (traceContext) => {
          const response = await requestContext.run({ traceContext }, () =>
            client.request({ method: 'POST', path: EVENTS_PATH, body: envelopeOf(row) }),
          )
          if (response.status >= 300) throw new Error(`subscriber answered ${response.status}`)
        },
      )
    } catch (error) {
      await recordFailure({ row, superseded }, error)
      return false
    }
    return true
  }

  /**
   * Sends several groups to one destination in one request (POST /internal/events/batch); the
   * consumer answers for each event, and each failed one is retried on its own schedule. A
   * consumer without the batch route (404: an older version during a rolling deploy) gets them
   * one request each. True for each delivered group, in order.
   */
  async function deliverTogether(destination: string, groups: DeliveryGroup[]): Promise<boolean[]> {
    let answers: Map<string, EventBatchAnswer>
    try {
      const client = destinations[destination]
      if (!client) throw new Error(`no client for destination ${destination}`)
      // One span for the request (a batch spans many traces); each envelope carries its own
      // traceparent, and the consumer applies each event in that event's trace.
      const response = await inSpan(
        service,
        `deliver ${groups.length} events`,
        SpanKind.PRODUCER,
        contextFromTraceparent(undefined),
        (traceContext) =>
          requestContext.run({ traceContext }, () =>
            client.request<{ results?: EventBatchAnswer[] }>({
              method: 'POST',
              path: EVENTS_BATCH_PATH,
              body: { events: groups.map((group) => envelopeOf(group.row)) },
            }),
          ),
      )
      if (response.status === 404) return Promise.all(groups.map((group) => deliver(group)))
      if (response.status >= 300) throw new Error(`subscriber answered ${response.status}`)
      answers = new Map((response.body.results ?? []).map((answer) => [answer.id, answer]))
    } catch (error) {
      await Promise.all(groups.map((group) => recordFailure(group, error)))
      return groups.map(() => false)
    }
    return Promise.all(
      groups.map(async (group) => {
        const answer = answers.get(group.row.eventId)
        if (answer && answer.status !== 'failed') return true
        const reason = answer?.error ?? 'no answer for this event in the batch'
        await recordFailure(group, new Error(`subscriber failed the event: ${reason}`))
        return false
      }),
    )
  }

  /** A failed delivery: retried with backoff, or parked once it has failed for too long. */
  async function recordFailure({ row, superseded }: DeliveryGroup, error: unknown) {
    const labels = { service, event: row.type, destination: row.destination }
    countOutboxFailure(labels)
    const delay = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.max(0, row.attempts - 1))
    logger.warn(
      { event: row.type, destination: row.destination, attempts: row.attempts, err: error },
      'event delivery failed',
    )
    const lastError = String(error).slice(0, 500)
    const failingSince = row.redrivenAt ?? row.occurredAt
    const now = clock.now()
    if (now.getTime() - failingSince.getTime() >= deadLetterAfterMs) {
      // Fenced like the retry below; only the update that parks it logs, so once. The older
      // versions it coalesced are parked with it (a redrive of the newest is what matters).
      const parked = await db
        .update(outbox)
        .set({ parkedAt: now, lastError })
        .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), isNull(outbox.parkedAt)))
        .returning({ id: outbox.id })
      for (const older of superseded) {
        await db
          .update(outbox)
          .set({ parkedAt: now, lastError })
          .where(and(eq(outbox.id, older.id), eq(outbox.attempts, older.attempts), isNull(outbox.parkedAt)))
      }
      if (parked.length > 0) {
        logger.warn(
          {
            event: row.type,
            event_id: row.eventId,
            outbox_id: row.id,
            destination: row.destination,
            attempts: row.attempts,
            failing_since: failingSince.toISOString(),
            last_error: lastError,
          },
          'event parked as a dead letter: delivery kept failing; redrive it once the destination is fixed',
        )
      }
      return
    }
    // Fenced by `attempts`: if the lease ran out and another relay claimed the row since, its
    // lease must not be shortened by this late failure.
    for (const failed of [row, ...superseded]) {
      await db
        .update(outbox)
        .set({
          nextAttemptAt: sql`now() + make_interval(secs => ${delay})`,
          lastError,
        })
        .where(and(eq(outbox.id, failed.id), eq(outbox.attempts, failed.attempts)))
    }
  }

  /** The batch in delivery groups: one row each, or the newest row of a coalesced key with the older ones. */
  function groupsOf(batch: OutboxRow[]) {
    const groups = new Map<string, DeliveryGroup>()
    for (const row of batch) {
      const key = keyOf[row.type]?.(row.payload)
      if (key === undefined) {
        groups.set(`row:${row.id}`, { row, superseded: [] })
        continue
      }
      const groupKey = `${row.type}\u0000${row.destination}\u0000${key}`
      const group = groups.get(groupKey)
      if (!group) groups.set(groupKey, { row, superseded: [] })
      else if (row.id > group.row.id) {
        group.superseded.push(group.row)
        group.row = row
      } else group.superseded.push(row)
    }
    return [...groups.values()]
  }

  /** Delivers a claimed batch, one request per destination; the delivered rows are marked in one UPDATE. */
  async function deliverBatch(batch: OutboxRow[]) {
    const byDestination = new Map<string, DeliveryGroup[]>()
    for (const group of groupsOf([...batch].sort((x, y) => x.id - y.id))) {
      const groups = byDestination.get(group.row.destination) ?? []
      groups.push(group)
      byDestination.set(group.row.destination, groups)
    }
    const sent = [...byDestination].map(([destination, groups]) =>
      groups.length === 1 ? deliver(groups[0]!).then((ok) => [ok]) : deliverTogether(destination, groups),
    )
    const results = await Promise.allSettled(sent)
    const groups = [...byDestination.values()]
    const delivered = results.flatMap((result, index) =>
      result.status === 'fulfilled'
        ? groups[index]!.filter((_, at) => result.value[at]).flatMap((group) => [
            group.row,
            ...group.superseded,
          ])
        : [],
    )
    if (delivered.length > 0) {
      await db
        .update(outbox)
        .set({ deliveredAt: sql`now()`, lastError: null })
        .where(
          inArray(
            outbox.id,
            delivered.map((row) => row.id),
          ),
        )
      for (const row of delivered) {
        observeOutboxDelivery({ service, event: row.type, destination: row.destination }, row.occurredAt)
      }
    }
    return results
  }

  async function pendingCount() {
    const [row] = await db
      .select({ value: count() })
      .from(outbox)
      .where(and(isNull(outbox.deliveredAt), isNull(outbox.parkedAt)))
    return Number(row?.value ?? 0)
  }

  const parkedWhere = and(isNotNull(outbox.parkedAt), isNull(outbox.deliveredAt))

  async function parkedCount() {
    const [row] = await db.select({ value: count() }).from(outbox).where(parkedWhere)
    return Number(row?.value ?? 0)
  }

  /** Parked events, most recently parked first. */
  async function listParked(options: { limit: number; offset: number }) {
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(outbox)
        .where(parkedWhere)
        .orderBy(desc(outbox.parkedAt), desc(outbox.id))
        .limit(options.limit)
        .offset(options.offset),
      db.select({ value: count() }).from(outbox).where(parkedWhere),
    ])
    return { rows, total: Number(total?.value ?? 0) }
  }

  /**
   * Puts a parked event back to pending (attempts from zero, due now, the dead-letter time
   * counting from now) and nudges the relay. Undefined when no parked event has this id.
   */
  async function redrive(id: number) {
    const [row] = await db
      .update(outbox)
      .set({ parkedAt: null, redrivenAt: clock.now(), attempts: 0, nextAttemptAt: sql`now()` })
      .where(and(eq(outbox.id, id), parkedWhere))
      .returning()
    if (!row) return undefined
    logger.info({ event: row.type, event_id: row.eventId, outbox_id: row.id }, 'dead letter redriven')
    void nudge()
    return row
  }

  /** Delivers everything that is due; returns how many rows it attempted. */
  async function relayOnce(): Promise<number> {
    let attempted = 0
    for (;;) {
      const batch = await claimBatch()
      if (batch.length === 0) return attempted
      const results = await deliverBatch(batch)
      const failed = results.find((result) => result.status === 'rejected')
      if (failed) throw failed.reason
      attempted += batch.length
    }
  }

  /** Runs the relay now (coalescing calls that arrive while it runs). */
  function nudge(): Promise<void> {
    // A request finishing during shutdown must not start a relay on a closing database.
    if (stopped) return Promise.resolve()
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await relayOnce().catch((error) => logger.error({ err: error }, 'outbox relay failed'))
      } while (again)
    })().finally(() => {
      running = undefined
    })
    return running
  }

  return {
    publish,
    envelopeFor,
    relayOnce,
    nudge,
    pendingCount,
    parkedCount,
    listParked,
    redrive,
    /** The row by outbox id (tests, the admin routes). */
    async find(id: number) {
      const [row] = await db.select().from(outbox).where(eq(outbox.id, id))
      return row
    },
    start() {
      stopped = false
      unregisterDepth ??= registerOutboxDepth(service, pendingCount, parkedCount)
      timer ??= setInterval(() => void nudge(), options.pollIntervalMs ?? 1000)
      timer.unref()
    },
    async stop() {
      stopped = true
      unregisterDepth?.()
      unregisterDepth = undefined
      if (timer) clearInterval(timer)
      timer = undefined
      await running
    },
  }
}

/** The event types of a payload map (its string keys). */
export type EventTypeOf<Events extends object> = keyof Events & string

/** An outbox whose `publish` takes the payload type `Events` names for each event type. */
export type Outbox<Events extends object = Record<string, unknown>> = ReturnType<typeof createOutbox<Events>>

/**
 * Consumer side: runs `work` in a transaction only if this event id was never processed, so a
 * redelivered event changes nothing. Do remote calls before, not inside, `work`.
 */
export function createEventInbox(db: Database, tables: EventTables) {
  return {
    async runOnce(event: Pick<EventEnvelope, 'id' | 'type'>, work: (tx: Executor) => Promise<void>) {
      return db.transaction(async (tx) => {
        const inserted = await tx
          .insert(tables.processedEvents)
          .values({ eventId: event.id, type: event.type })
          .onConflictDoNothing()
          .returning({ eventId: tables.processedEvents.eventId })
        if (inserted.length === 0) return false
        await work(tx)
        return true
      })
    },
    /**
     * `runOnce` for several events in one transaction: `work` gets the events never processed
     * before (in order); the answer says, per event, whether it was one of them.
     */
    async runMany<E extends Pick<EventEnvelope, 'id' | 'type'>>(
      events: E[],
      work: (tx: Executor, fresh: E[]) => Promise<void>,
    ) {
      return db.transaction(async (tx) => {
        const inserted = await tx
          .insert(tables.processedEvents)
          .values(events.map((event) => ({ eventId: event.id, type: event.type })))
          .onConflictDoNothing()
          .returning({ eventId: tables.processedEvents.eventId })
        const fresh = new Set(inserted.map((row) => row.eventId))
        // An id twice in one batch is fresh once: its first occurrence.
        const firsts = new Set<E>()
        for (const event of events) {
          if (fresh.delete(event.id)) firsts.add(event)
        }
        if (firsts.size > 0) await work(tx, [...firsts])
        return events.map((event) => firsts.has(event))
      })
    },
  }
}

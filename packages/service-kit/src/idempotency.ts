import { createHash, randomUUID } from 'node:crypto'
import { and, eq, lte, sql } from 'drizzle-orm'
import { index, integer, type PgSchema, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core'
import { timestamptz } from './db-columns.js'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Clock } from './clock.js'
import { systemClock } from './clock.js'
import type { Database } from './db.js'
import { AppError, ConflictError, ValidationError } from './errors.js'

/** The request header (Stripe's name and semantics) and the header a replayed answer carries. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed'
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255
/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/**
 * The table a service keeps its idempotency keys in (one per service, in its own schema, so the
 * promise lives as long as the data it protects; Redis may vanish). One row per (user, key).
 */
export function defineIdempotencyTable(schema: PgSchema) {
  return schema.table(
    'idempotency_keys',
    {
      userId: integer('user_id').notNull(),
      key: varchar('key', { length: IDEMPOTENCY_KEY_MAX_LENGTH }).notNull(),
      /** sha256 of method, route, path parameters and body: the same key with another request is refused. */
      requestHash: text('request_hash').notNull(),
      /** Who is doing the work now; a takeover of an abandoned reservation gets a new one. */
      owner: uuid('owner').notNull(),
      /** null while the first request is still being worked on. */
      responseStatus: integer('response_status'),
      responseBody: text('response_body'),
      responseType: text('response_type'),
      lockedAt: timestamptz('locked_at').notNull(),
      expiresAt: timestamptz('expires_at').notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.userId, t.key] }),
      index('idempotency_keys_expires_idx').on(t.expiresAt),
    ],
  )
}

export type IdempotencyTable = ReturnType<typeof defineIdempotencyTable>

/** The schema part every idempotent route adds (documents the header, refuses keys over 255). */
export const IdempotencyHeaders = Type.Object({
  [IDEMPOTENCY_KEY_HEADER]: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: IDEMPOTENCY_KEY_MAX_LENGTH,
      description:
        'Any unique string (a UUID): the same key with the same body within 24 h answers the first response again, with `Idempotent-Replayed: true`',
    }),
  ),
})

export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used with a different request; use a new key',
    )
  }
}

export class IdempotencyInProgressError extends ConflictError {
  constructor() {
    super(
      'IDEMPOTENCY_IN_PROGRESS',
      'A request with this Idempotency-Key is still being processed; retry shortly',
    )
  }
}

/** JSON with object keys sorted, so two equal bodies hash alike whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export function requestFingerprint(request: FastifyRequest): string {
  const text = [request.method, request.routeOptions.url, canonical(request.params), canonical(request.body)]
  return createHash('sha256').update(text.join('\n')).digest('hex')
}

interface Reservation {
  userId: number
  key: string
  owner: string
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: Reservation | 'replayed'
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Idempotency-Key for the routes that create things (Stripe's semantics). A reservation row is
 * inserted first (INSERT … ON CONFLICT), so of concurrent requests with one key exactly one does
 * the work; the others wait for its answer (up to `waitMs`, then 409 IDEMPOTENCY_IN_PROGRESS).
 * The answer (any status below 500) is stored when it is sent; a 5xx frees the key for a retry.
 * A reservation nobody answered within `abandonAfterMs` (its process died) may be taken over by
 * the same request. Spread `hooks` into the route's options and put `headers` in its schema;
 * the route must have a guard that sets `request.actor` (keys are per user).
 */
export function createIdempotency(options: {
  db: Database
  table: IdempotencyTable
  clock?: Clock
  waitMs?: number
  abandonAfterMs?: number
  pollMs?: number
}) {
  const { db, table } = options
  const clock = options.clock ?? systemClock
  const waitMs = options.waitMs ?? 10_000
  const abandonAfterMs = options.abandonAfterMs ?? 60_000
  const pollMs = options.pollMs ?? 25

  /** The reservation, or the row someone else holds. */
  async function reserve(userId: number, key: string, requestHash: string) {
    const now = clock.now()
    const owner = randomUUID()
    const values = {
      userId,
      key,
      requestHash,
      owner,
      responseStatus: null,
      responseBody: null,
      responseType: null,
      lockedAt: now,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    }
    const abandonedBefore = new Date(now.getTime() - abandonAfterMs)
    const [taken] = await db
      .insert(table)
      .values(values)
      .onConflictDoUpdate({
        target: [table.userId, table.key],
        set: values,
        // An expired key starts afresh; an abandoned reservation of this same request is taken over.
        setWhere: sql`${table.expiresAt} <= ${now.toISOString()}::timestamptz or (${table.responseStatus} is null and ${table.lockedAt} <= ${abandonedBefore.toISOString()}::timestamptz and ${table.requestHash} = ${requestHash})`,
      })
      .returning({ owner: table.owner })
    if (taken?.owner === owner) return { reservation: { userId, key, owner } }
    const [row] = await db
      .select()
      .from(table)
      .where(and(eq(table.userId, userId), eq(table.key, key)))
    return { row }
  }

  async function preHandler(request: FastifyRequest, reply: FastifyReply) {
    const header = request.headers[IDEMPOTENCY_KEY_HEADER]
    if (header === undefined) return
    const key = Array.isArray(header) ? header[0] : header
    if (!key || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw new ValidationError(`Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`, {
        fields: ['Idempotency-Key'],
      })
    }
    const userId = request.actor?.id
    if (userId === undefined) return
    const requestHash = requestFingerprint(request)
    const deadline = Date.now() + waitMs
    // Waiters back off (25 ms doubling to 200 ms), so they do not crowd the one doing the work.
    let pause = pollMs
    for (;;) {
      const { reservation, row } = await reserve(userId, key, requestHash)
      if (reservation) {
        request.idempotency = reservation
        void sweep(userId).catch((error) => request.log.warn({ err: error }, 'idempotency key sweep failed'))
        return
      }
      // Vanished between the two statements (a 5xx freed it): try again.
      if (!row) continue
      if (row.requestHash !== requestHash) throw new IdempotencyKeyReusedError()
      if (row.responseStatus !== null) {
        request.idempotency = 'replayed'
        reply.code(row.responseStatus).header(IDEMPOTENT_REPLAYED_HEADER, 'true')
        if (row.responseType) reply.type(row.responseType)
        return reply.send(row.responseBody ?? '')
      }
      if (Date.now() >= deadline) throw new IdempotencyInProgressError()
      await sleep(Math.min(pause, Math.max(0, deadline - Date.now())))
      pause = Math.min(pause * 2, 200)
    }
  }

  async function onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const reservation = request.idempotency
    if (!reservation || reservation === 'replayed') return payload
    request.idempotency = undefined
    const mine = and(
      eq(table.userId, reservation.userId),
      eq(table.key, reservation.key),
      eq(table.owner, reservation.owner),
    )
    if (
      reply.statusCode >= 500 ||
      (typeof payload !== 'string' && payload !== undefined && payload !== null)
    ) {
      await db.delete(table).where(mine)
      return payload
    }
    const type = reply.getHeader('content-type')
    await db
      .update(table)
      .set({
        responseStatus: reply.statusCode,
        responseBody: typeof payload === 'string' ? payload : '',
        responseType: typeof type === 'string' ? type : null,
      })
      .where(mine)
    return payload
  }

  /** Forgets this user's expired keys (called now and then; expired keys are also reused in place). */
  async function sweep(userId?: number) {
    const expired = lte(table.expiresAt, clock.now())
    await db.delete(table).where(userId === undefined ? expired : and(eq(table.userId, userId), expired))
  }

  return { hooks: { preHandler, onSend }, headers: IdempotencyHeaders, sweep }
}

export type Idempotency = ReturnType<typeof createIdempotency>

import { Type } from 'typebox'
import type { AuthGuards } from './auth/guards.js'
import { NotFoundError } from './errors.js'
import type { HttpServer } from './http-server.js'
import type { Outbox } from './outbox.js'
import { PageOf, PageQueryProperties, pageOffset, toPage } from './pagination.js'

const DateTime = Type.String({ format: 'date-time' })
const NullableDateTime = Type.Union([DateTime, Type.Null()])

/** One outbox row as the dead-letter routes show it. */
export const DeadLetter = Type.Object({
  id: Type.Integer({ description: 'Outbox row id (what redrive takes)' }),
  event_id: Type.String({ format: 'uuid' }),
  type: Type.String(),
  destination: Type.String({ description: 'The subscribing service it failed to reach' }),
  status: Type.Enum(['parked', 'pending', 'delivered']),
  attempts: Type.Integer(),
  last_error: Type.Union([Type.String(), Type.Null()]),
  occurred_at: DateTime,
  parked_at: NullableDateTime,
  redriven_at: NullableDateTime,
})

type OutboxRow = NonNullable<Awaited<ReturnType<Outbox['find']>>>

function deliveryStatus(row: OutboxRow) {
  if (row.deliveredAt) return 'delivered' as const
  return row.parkedAt ? ('parked' as const) : ('pending' as const)
}

function toDeadLetter(row: OutboxRow) {
  const { id, type, destination, attempts } = row
  return {
    id,
    event_id: row.eventId,
    type,
    destination,
    status: deliveryStatus(row),
    attempts,
    last_error: row.lastError,
    occurred_at: row.occurredAt.toISOString(),
    parked_at: row.parkedAt?.toISOString() ?? null,
    redriven_at: row.redrivenAt?.toISOString() ?? null,
  }
}

/**
 * GET /admin/events/{service}/dead-letters and POST …/{id}/redrive (admin): the events this
 * service's outbox parked after failing for OUTBOX_DEAD_LETTER_AFTER, and putting one back to
 * pending. `service` is the gateway's name for it (users, enrollments, progress): the public path
 * is /api/v1/admin/events/{service}/…, routed to this service.
 */
export function deadLetterRoutes(options: {
  outbox: Pick<Outbox, 'listParked' | 'redrive'>
  guards: AuthGuards
  service: string
  /** For the operationIds, e.g. 'User' → listUserDeadLetters. */
  label: string
}) {
  const { outbox, guards, service, label } = options
  const base = `/admin/events/${service}/dead-letters`
  const tags = ['admin']
  const security = [{ bearer: [] }]
  return async (app: HttpServer) => {
    app.get(
      base,
      {
        onRequest: guards.roles('admin'),
        schema: {
          operationId: `list${label}DeadLetters`,
          summary: `Events the ${service} outbox parked after their delivery kept failing (admin)`,
          tags,
          security,
          querystring: Type.Object(PageQueryProperties, { additionalProperties: false }),
          response: { 200: PageOf(DeadLetter) },
        },
      },
      async (request) => {
        const { page, page_size: pageSize } = request.query
        const { rows, total } = await outbox.listParked({
          limit: pageSize,
          offset: pageOffset(page, pageSize),
        })
        return toPage(rows.map(toDeadLetter), total, { page, page_size: pageSize })
      },
    )

    app.post(
      `${base}/:id/redrive`,
      {
        onRequest: guards.roles('admin'),
        schema: {
          operationId: `redrive${label}DeadLetter`,
          summary: `Put a parked ${service} event back to pending: the relay delivers it again (admin)`,
          tags,
          security,
          params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }),
          response: { 200: DeadLetter },
          errors: [404],
        },
      },
      async (request) => {
        const row = await outbox.redrive(request.params.id)
        if (!row) throw new NotFoundError(`No parked event ${request.params.id}`)
        return toDeadLetter(row)
      },
    )
  }
}

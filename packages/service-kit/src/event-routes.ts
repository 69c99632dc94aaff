import { type Static, type TSchema, Type } from 'typebox'
import { Value } from 'typebox/value'
import type { AuthGuards } from './auth/guards.js'
import { ValidationError } from './errors.js'
import type { HttpServer } from './http-server.js'
import { EVENTS_PATH, type EventEnvelope } from './outbox.js'
import { ErrorResponse } from './schemas.js'

/** The body of POST /internal/events (what the outbox relay sends). */
export const EventEnvelopeSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: Type.String(),
  occurred_at: Type.String({ format: 'date-time' }),
  payload: Type.Unknown(),
})

/** Every consumer's one answer: applied now, applied before (a redelivery), or not a type it reads. */
export const EventResult = Type.Object({ status: Type.Enum(['processed', 'duplicate', 'ignored']) })

export interface EventHandler<S extends TSchema = TSchema> {
  /** The payload's contract schema (packages/contracts/src/events.ts); 422 when it does not match. */
  payload: S
  /** Applies the event once (record its id in processed_events with the effect); false on a redelivery. */
  handle: (event: EventEnvelope<Static<S>>) => Promise<boolean>
}

/** A handler with its payload type inferred from the schema. */
export function onEvent<S extends TSchema>(
  payload: S,
  handle: (event: EventEnvelope<Static<S>>) => Promise<boolean>,
): EventHandler<S> {
  return { payload, handle }
}

/**
 * POST /internal/events for a consumer: only the services that publish to it (`callers`), the
 * payload checked against the contract of its type, one answer body for every consumer.
 */
export function eventRoutes(options: {
  guards: AuthGuards
  callers: string[]
  operationId: string
  handlers: Record<string, EventHandler>
}) {
  // A Map, so a type such as "constructor" finds nothing inherited.
  const handlers = new Map(Object.entries(options.handlers))
  return async (app: HttpServer) => {
    app.post(
      EVENTS_PATH,
      {
        onRequest: options.guards.service(...options.callers),
        schema: {
          operationId: options.operationId,
          tags: ['internal'],
          summary: 'Receive an event (service token)',
          body: EventEnvelopeSchema,
          response: { 200: EventResult, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse },
        },
      },
      async (request) => {
        const event = request.body
        const handler = handlers.get(event.type)
        if (!handler) return { status: 'ignored' as const }
        if (!Value.Check(handler.payload, event.payload)) {
          const details = [...Value.Errors(handler.payload, event.payload)].map((issue) => ({
            field: `body.payload${issue.instancePath.replaceAll('/', '.')}`,
            message: issue.message,
          }))
          throw new ValidationError(`Invalid ${event.type} payload`, details)
        }
        return { status: (await handler.handle(event)) ? ('processed' as const) : ('duplicate' as const) }
      },
    )
  }
}

import type { FastifyBaseLogger } from 'fastify'
import { type Static, type TSchema, Type } from 'typebox'
import { Value } from 'typebox/value'
import type { AuthGuards } from './auth/guards.js'
import { AppError, ValidationError } from './errors.js'
import type { HttpServer } from './http-server.js'
import { EVENTS_BATCH_PATH, EVENTS_PATH, type EventEnvelope } from './outbox.js'
import { requestContext } from './request-context.js'
import { ErrorResponse } from './schemas.js'
import { contextFromTraceparent } from './tracing.js'

/** The body of POST /internal/events (what the outbox relay sends). */
export const EventEnvelopeSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: Type.String(),
  occurred_at: Type.String({ format: 'date-time' }),
  payload: Type.Unknown(),
})

/** The most envelopes one POST /internal/events/batch may carry (the relay sends at most 200). */
export const MAX_EVENTS_PER_BATCH = 500

/** The body of POST /internal/events/batch: a relay's claimed events for this consumer. */
export const EventBatchSchema = Type.Object({
  events: Type.Array(EventEnvelopeSchema, { minItems: 1, maxItems: MAX_EVENTS_PER_BATCH }),
})

/** One answer per event of a batch, in order; `failed` (with why) is retried by the relay. */
export const EventBatchResult = Type.Object({
  results: Type.Array(
    Type.Object({
      id: Type.String(),
      status: Type.Enum(['processed', 'duplicate', 'ignored', 'failed']),
      error: Type.Optional(Type.String()),
    }),
  ),
})

/** A consumer's answer for one event of a batch; `failed` is retried like a failed delivery. */
export type EventBatchAnswer = Static<typeof EventBatchResult>['results'][number]

/** Every consumer's one answer: applied now, applied before (a redelivery), or not a type it reads. */
export const EventResult = Type.Object({ status: Type.Enum(['processed', 'duplicate', 'ignored']) })

export interface EventHandler<S extends TSchema = TSchema> {
  /** The payload's contract schema (packages/contracts/src/events.ts); 422 when it does not match. */
  payload: S
  /** Applies the event once (record its id in processed_events with the effect); false on a redelivery. */
  handle: (event: EventEnvelope<Static<S>>) => Promise<boolean>
  /**
   * Applies several events of this type at once (e.g. in one transaction); one answer per event,
   * in order, as `handle` would give. When it throws, the events are applied one by one instead.
   */
  handleMany?: (events: Array<EventEnvelope<Static<S>>>) => Promise<boolean[]>
}

/** A handler with its payload type inferred from the schema. */
export function onEvent<S extends TSchema>(
  payload: S,
  handle: (event: EventEnvelope<Static<S>>) => Promise<boolean>,
  handleMany?: (events: Array<EventEnvelope<Static<S>>>) => Promise<boolean[]>,
): EventHandler<S> {
  return { payload, handle, ...(handleMany ? { handleMany } : {}) }
}

/** The payload's contract violations, as SPEC's validation details. */
function payloadIssues(handler: EventHandler, payload: unknown) {
  if (Value.Check(handler.payload, payload)) return []
  return [...Value.Errors(handler.payload, payload)].map((issue) => ({
    field: `body.payload${issue.instancePath.replaceAll('/', '.')}`,
    message: issue.message,
  }))
}

const statusOf = (applied: boolean) => (applied ? ('processed' as const) : ('duplicate' as const))

/** Applies one event in the trace it was written in (so events it publishes continue that trace). */
function applyOne(handler: EventHandler, event: EventEnvelope) {
  const traceContext = contextFromTraceparent(event.traceparent)
  return requestContext.run({ ...requestContext.getStore(), traceContext }, () => handler.handle(event))
}

/**
 * A batch's answers: events without a handler are ignored, invalid payloads fail, and each
 * type's events go to `handleMany` together (one by one when it has none or it throws). An
 * event refused (a 4xx error) fails alone and the others are still applied; after any other
 * error the remaining events fail without being tried.
 */
async function applyBatch(
  handlers: Map<string, EventHandler>,
  events: EventEnvelope[],
  log: FastifyBaseLogger,
) {
  const answers = new Map<EventEnvelope, EventBatchAnswer>()
  let unavailable: string | undefined
  const byType = new Map<EventHandler, EventEnvelope[]>()
  for (const event of events) {
    const handler = handlers.get(event.type)
    if (!handler) {
      answers.set(event, { id: event.id, status: 'ignored' })
      continue
    }
    const issues = payloadIssues(handler, event.payload)
    if (issues.length > 0) {
      const error = `Invalid ${event.type} payload: ${issues.map((issue) => `${issue.field} ${issue.message}`).join('; ')}`
      answers.set(event, { id: event.id, status: 'failed', error })
      continue
    }
    const ofType = byType.get(handler) ?? []
    ofType.push(event)
    byType.set(handler, ofType)
  }
  for (const [handler, ofType] of byType) {
    if (handler.handleMany && ofType.length > 1) {
      const applied = await handler.handleMany(ofType).catch((error: unknown) => {
        log.warn(
          { err: error, events: ofType.length },
          'batch of events failed together; applying them one by one',
        )
        return undefined
      })
      if (applied?.length === ofType.length) {
        for (const [index, event] of ofType.entries()) {
          answers.set(event, { id: event.id, status: statusOf(applied[index]!) })
        }
        continue
      }
    }
    for (const event of ofType) {
      if (unavailable) {
        answers.set(event, { id: event.id, status: 'failed', error: unavailable })
        continue
      }
      const answer: EventBatchAnswer = await applyOne(handler, event).then(
        (applied) => ({ id: event.id, status: statusOf(applied) }),
        (error: unknown) => {
          // A refusal is this event's own; anything else (a database or peer gone) would fail
          // every event after it too, each after its own timeout: those fail at once.
          if (!(error instanceof AppError && error.statusCode < 500))
            unavailable = String(error).slice(0, 500)
          return { id: event.id, status: 'failed' as const, error: String(error).slice(0, 500) }
        },
      )
      answers.set(event, answer)
    }
  }
  return events.map((event) => answers.get(event)!)
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
        const issues = payloadIssues(handler, event.payload)
        if (issues.length > 0) throw new ValidationError(`Invalid ${event.type} payload`, issues)
        return { status: statusOf(await handler.handle(event)) }
      },
    )
    app.post(
      EVENTS_BATCH_PATH,
      {
        onRequest: options.guards.service(...options.callers),
        schema: {
          operationId: `${options.operationId}Batch`,
          tags: ['internal'],
          summary: 'Receive several events at once (service token)',
          body: EventBatchSchema,
          response: { 200: EventBatchResult, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse },
        },
      },
      async (request) => ({
        results: await applyBatch(handlers, request.body.events as EventEnvelope[], request.log),
      }),
    )
  }
}

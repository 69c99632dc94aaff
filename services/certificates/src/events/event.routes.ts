import { EnrollmentCompletedPayload, EventEnvelopeSchema, EventTypes } from '@smartcourse/contracts'
import {
  type AuthGuards,
  ErrorResponse,
  EVENTS_PATH,
  type HttpServer,
  MessageResponse,
  ValidationError,
} from '@smartcourse/service-kit'
import { Value } from 'typebox/value'
import type { CertificateService } from '../certificates/certificate.service.js'

/** POST /internal/events: the events this service reacts to; other types are acknowledged and ignored. */
export function eventRoutes(options: { service: CertificateService; guards: AuthGuards }) {
  const { service, guards } = options
  return async (app: HttpServer) => {
    app.post(
      EVENTS_PATH,
      {
        onRequest: guards.service('enrollment-service'),
        schema: {
          operationId: 'receiveEvent',
          tags: ['internal'],
          summary: 'Receive an event (service token)',
          body: EventEnvelopeSchema,
          response: { 200: MessageResponse, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse },
        },
      },
      async (request) => {
        const event = request.body
        if (event.type !== EventTypes.enrollmentCompleted) return { message: `ignored ${event.type}` }
        if (!Value.Check(EnrollmentCompletedPayload, event.payload)) {
          const details = [...Value.Errors(EnrollmentCompletedPayload, event.payload)].map((issue) => ({
            field: `body.payload${issue.instancePath.replaceAll('/', '.')}`,
            message: issue.message,
          }))
          throw new ValidationError(`Invalid ${event.type} payload`, details)
        }
        await service.issueOnCompletion(event, event.payload)
        return { message: 'processed' }
      },
    )
  }
}

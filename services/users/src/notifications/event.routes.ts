import {
  CertificateIssuedPayload,
  CertificateRevokedPayload,
  EnrollmentActivatedPayload,
  EnrollmentPromotedPayload,
  EventEnvelopeSchema,
  EventTypes,
} from '@smartcourse/contracts'
import {
  type AuthGuards,
  ErrorResponse,
  EVENTS_PATH,
  type HttpServer,
  MessageResponse,
  ValidationError,
} from '@smartcourse/service-kit'
import type { TSchema } from 'typebox'
import { Value } from 'typebox/value'
import type { NotificationService } from './notification.service.js'

const PAYLOADS: Record<string, TSchema> = {
  [EventTypes.enrollmentActivated]: EnrollmentActivatedPayload,
  [EventTypes.enrollmentPromoted]: EnrollmentPromotedPayload,
  [EventTypes.certificateIssued]: CertificateIssuedPayload,
  [EventTypes.certificateRevoked]: CertificateRevokedPayload,
}

/** POST /internal/events: the events that become notification mails; other types are acknowledged and ignored. */
export function eventRoutes({
  service: notifications,
  guards,
}: {
  service: NotificationService
  guards: AuthGuards
}) {
  return async (app: HttpServer) => {
    app.post(
      EVENTS_PATH,
      {
        onRequest: guards.service('enrollment-service', 'certificate-service'),
        schema: {
          operationId: 'receiveUserEvent',
          tags: ['internal'],
          summary: 'Receive an event (service token)',
          body: EventEnvelopeSchema,
          response: { 200: MessageResponse, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse },
        },
      },
      async (request) => {
        const event = request.body
        const schema = PAYLOADS[event.type]
        if (!schema) return { message: `ignored ${event.type}` }
        if (!Value.Check(schema, event.payload)) {
          const details = [...Value.Errors(schema, event.payload)].map((issue) => ({
            field: `body.payload${issue.instancePath.replaceAll('/', '.')}`,
            message: issue.message,
          }))
          throw new ValidationError(`Invalid ${event.type} payload`, details)
        }
        const queued = await notifications.notify(event, {
          type: event.type,
          payload: event.payload,
        } as Parameters<NotificationService['notify']>[1])
        return { message: queued ? 'mail queued' : 'processed' }
      },
    )
  }
}

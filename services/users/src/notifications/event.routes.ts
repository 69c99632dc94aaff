import {
  CertificateIssuedPayload,
  CertificateRevokedPayload,
  EnrollmentActivatedPayload,
  EnrollmentPromotedPayload,
  EventTypes,
  eventCallersOf,
} from '@smartcourse/contracts'
import { eventRoutes as consumerRoutes, onEvent, type RouteDeps } from '@smartcourse/service-kit'
import type { NotificationService } from './notification.service.js'

/** POST /internal/events: the events that become notification mails; other types are ignored. */
export function eventRoutes({ service: notifications, guards }: RouteDeps<NotificationService>) {
  return consumerRoutes({
    guards,
    callers: eventCallersOf('users'),
    operationId: 'receiveUserEvent',
    handlers: {
      [EventTypes.enrollmentActivated]: onEvent(EnrollmentActivatedPayload, (event) =>
        notifications.notify(event, { type: EventTypes.enrollmentActivated, payload: event.payload }),
      ),
      [EventTypes.enrollmentPromoted]: onEvent(EnrollmentPromotedPayload, (event) =>
        notifications.notify(event, { type: EventTypes.enrollmentPromoted, payload: event.payload }),
      ),
      [EventTypes.certificateIssued]: onEvent(CertificateIssuedPayload, (event) =>
        notifications.notify(event, { type: EventTypes.certificateIssued, payload: event.payload }),
      ),
      [EventTypes.certificateRevoked]: onEvent(CertificateRevokedPayload, (event) =>
        notifications.notify(event, { type: EventTypes.certificateRevoked, payload: event.payload }),
      ),
    },
  })
}

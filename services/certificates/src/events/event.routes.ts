import { EnrollmentCompletedPayload, EventTypes, eventCallersOf } from '@smartcourse/contracts'
import { eventRoutes as consumerRoutes, onEvent, type RouteDeps } from '@smartcourse/service-kit'
import type { CertificateService } from '../certificates/certificate.service.js'

/** POST /internal/events: enrollment.completed issues the certificate; other types are ignored. */
export function eventRoutes({ service, guards }: RouteDeps<CertificateService>) {
  return consumerRoutes({
    guards,
    callers: eventCallersOf('certificates'),
    operationId: 'receiveEvent',
    handlers: {
      [EventTypes.enrollmentCompleted]: onEvent(EnrollmentCompletedPayload, (event) =>
        service.issueOnCompletion(event, event.payload),
      ),
    },
  })
}

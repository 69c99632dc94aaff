import {
  CourseContentChangedPayload,
  EnrollmentStatusChangedPayload,
  EventTypes,
  eventCallersOf,
} from '@smartcourse/contracts'
import { type AuthGuards, eventRoutes as consumerRoutes, onEvent } from '@smartcourse/service-kit'
import type { PeerFacts } from './peer-facts.js'

/**
 * POST /internal/events: the owners say a cached fact is stale; other types are ignored. Moving
 * a fact to a new generation is harmless to repeat, so no processed_events row is kept; a cache
 * that cannot take it answers 503 and the owner's relay delivers the event again.
 */
export function eventRoutes({ facts, guards }: { facts: PeerFacts; guards: AuthGuards }) {
  return consumerRoutes({
    guards,
    callers: eventCallersOf('progress'),
    operationId: 'receiveProgressEvent',
    handlers: {
      [EventTypes.courseContentChanged]: onEvent(CourseContentChangedPayload, async (event) => {
        await facts.forgetOutline(event.payload.course_id)
        return true
      }),
      [EventTypes.enrollmentStatusChanged]: onEvent(EnrollmentStatusChangedPayload, async (event) => {
        await facts.forgetEnrollment(event.payload.enrollment_id)
        return true
      }),
    },
  })
}

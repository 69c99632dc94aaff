import { Eligibility, EventEnvelopeSchema, EventTypes, InternalEnrollment } from '@smartcourse/contracts'
import {
  type AuthGuards,
  type EventEnvelope,
  EVENTS_PATH,
  type HttpServer,
  NotFoundError,
} from '@smartcourse/service-kit'
import { Type } from 'typebox'
import { EnrollmentIdParams, LookupQuery, toInternalEnrollment } from './enrollment.schemas.js'
import type { EnrollmentService } from './enrollment.service.js'

const schemaBase = { tags: ['internal'], hide: true }
const EventResult = Type.Object({ status: Type.Enum(['processed', 'duplicate', 'ignored']) })

/** Routes for other services: enrollment facts and the events enrollment-service consumes. */
export function internalRoutes({ service, guards }: { service: EnrollmentService; guards: AuthGuards }) {
  // Each consumed event type; a handler answers whether the event was new (false: a redelivery).
  // A Map, so a type such as "constructor" finds nothing inherited.
  const handlers = new Map<string, (event: EventEnvelope) => Promise<boolean>>([
    [EventTypes.progressUpdated, service.recordProgress],
    [EventTypes.userDeleted, service.dropDeletedStudent],
    [EventTypes.courseCapacityChanged, service.applyCapacityChange],
  ])

  return async (app: HttpServer) => {
    app.get(
      '/internal/enrollments/lookup',
      {
        onRequest: guards.service('course-service'),
        schema: { ...schemaBase, querystring: LookupQuery, response: { 200: InternalEnrollment } },
      },
      async (request) => {
        const { student_id, course_id } = request.query
        const row = await service.findByStudentAndCourse(student_id, course_id)
        if (!row) throw new NotFoundError(`Student ${student_id} is not enrolled in course ${course_id}`)
        return toInternalEnrollment(row)
      },
    )

    app.get(
      '/internal/enrollments/eligibility',
      {
        onRequest: guards.service('course-service'),
        schema: { ...schemaBase, querystring: LookupQuery, response: { 200: Eligibility } },
      },
      async (request) => service.eligibility(request.query.student_id, request.query.course_id),
    )

    app.get(
      '/internal/enrollments/:id',
      {
        onRequest: guards.service('progress-service', 'certificate-service'),
        schema: { ...schemaBase, params: EnrollmentIdParams, response: { 200: InternalEnrollment } },
      },
      async (request) => {
        const row = await service.findById(request.params.id)
        if (!row) throw new NotFoundError(`Enrollment ${request.params.id} not found`)
        return toInternalEnrollment(row)
      },
    )

    app.post(
      EVENTS_PATH,
      {
        onRequest: guards.service('progress-service', 'user-service', 'course-service'),
        schema: { ...schemaBase, body: EventEnvelopeSchema, response: { 200: EventResult } },
      },
      async (request) => {
        const event = request.body
        const handle = handlers.get(event.type)
        if (!handle) return { status: 'ignored' as const }
        const applied = await handle(event)
        return { status: applied ? ('processed' as const) : ('duplicate' as const) }
      },
    )
  }
}

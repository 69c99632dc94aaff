import {
  CourseCapacityChangedPayload,
  Eligibility,
  EventTypes,
  eventCallersOf,
  InternalEnrollment,
  ProgressUpdatedPayload,
  UserDeletedPayload,
} from '@smartcourse/contracts'
import {
  eventRoutes,
  type HttpServer,
  NotFoundError,
  onEvent,
  type RouteDeps,
} from '@smartcourse/service-kit'
import { EnrollmentIdParams, LookupQuery, toInternalEnrollment } from './enrollment.schemas.js'
import type { EnrollmentService } from './enrollment.service.js'

const schemaBase = { tags: ['internal'], hide: true }

/** Routes for other services: enrollment facts and the events enrollment-service consumes. */
export function internalRoutes({ service, guards }: RouteDeps<EnrollmentService>) {
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

    await eventRoutes({
      guards,
      callers: eventCallersOf('enrollments'),
      operationId: 'receiveEnrollmentEvent',
      handlers: {
        [EventTypes.progressUpdated]: onEvent(
          ProgressUpdatedPayload,
          service.recordProgress,
          service.recordProgressMany,
        ),
        [EventTypes.userDeleted]: onEvent(UserDeletedPayload, service.dropDeletedStudent),
        [EventTypes.courseCapacityChanged]: onEvent(
          CourseCapacityChangedPayload,
          service.applyCapacityChange,
        ),
      },
    })(app)
  }
}

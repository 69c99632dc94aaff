import { actorOf, type HttpServer, type IdempotentRouteDeps, MessageResponse } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import type { EnrollmentService } from './enrollment.service.js'
import {
  EnrollmentCreateBody,
  EnrollmentIdParams,
  EnrollmentResponse,
  EnrollmentStatusBody,
  MyCoursesPage,
  MyCoursesQuery,
  RosterPage,
  RosterQuery,
  StatusHistoryEntry,
  toEnrollmentResponse,
  toHistoryEntry,
  toMyCoursesPage,
  toRosterPage,
} from './enrollment.schemas.js'

const tags = ['enrollments']
const security = [{ bearer: [] }]

/** The public enrollment routes of docs/API.md#endpoints. */
export function enrollmentRoutes({ service, guards, idempotency }: IdempotentRouteDeps<EnrollmentService>) {
  return async (app: HttpServer) => {
    app.post(
      '/enrollments',
      {
        onRequest: guards.user,
        ...idempotency.hooks,
        schema: {
          operationId: 'enroll',
          errors: [404, 409],
          tags,
          security,
          summary:
            'Enroll in a published course (200 when a dropped enrollment is re-activated); a paid course answers pending_payment with a checkout_url; a full course with a waitlist answers waitlisted with waitlist_position',
          headers: idempotency.headers,
          body: EnrollmentCreateBody,
          response: { 200: EnrollmentResponse, 201: EnrollmentResponse },
        },
      },
      async (request, reply) => {
        const { enrollment, created } = await service.enroll(actorOf(request), request.body)
        reply.code(created ? 201 : 200)
        const [positioned] = await service.withPositions([enrollment])
        return toEnrollmentResponse(positioned!)
      },
    )

    app.get(
      '/enrollments/my-courses',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'listMyEnrollments',
          tags,
          security,
          summary: 'My enrollments',
          querystring: MyCoursesQuery,
          response: { 200: MyCoursesPage },
        },
      },
      async (request) => {
        const { rows, total } = await service.listMine(actorOf(request), request.query)
        return toMyCoursesPage(await service.withPositions(rows), total, request.query)
      },
    )

    app.get(
      '/enrollments',
      {
        onRequest: guards.roles('instructor', 'admin'),
        schema: {
          operationId: 'listCourseRoster',
          errors: [403, 404],
          tags,
          security,
          summary: "A course's roster",
          querystring: RosterQuery,
          response: { 200: RosterPage },
        },
      },
      async (request) => {
        const { rows, total } = await service.listRoster(actorOf(request), request.query)
        return toRosterPage(await service.withPositions(rows), total, request.query)
      },
    )

    app.get(
      '/enrollments/:id',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getEnrollment',
          errors: [403, 404],
          tags,
          security,
          params: EnrollmentIdParams,
          response: { 200: EnrollmentResponse },
        },
      },
      async (request) => {
        const [row] = await service.withPositions([await service.get(actorOf(request), request.params.id)])
        return toEnrollmentResponse(row!)
      },
    )

    app.delete(
      '/enrollments/:id',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'dropEnrollment',
          errors: [403, 404, 409],
          tags,
          security,
          summary: `Drop an enrollment or leave the waitlist (refunded within REFUND_WINDOW_DAYS and before 30 % completion); the freed seat goes to the first waitlisted student`,
          params: EnrollmentIdParams,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        const { dropped, refunded } = await service.drop(actorOf(request), request.params.id)
        if (!dropped) return { message: 'Enrollment was already dropped' }
        return { message: refunded ? 'Enrollment dropped; payment refunded' : 'Enrollment dropped' }
      },
    )

    app.patch(
      '/enrollments/:id/status',
      {
        onRequest: guards.roles('instructor', 'admin'),
        schema: {
          operationId: 'changeEnrollmentStatus',
          errors: [403, 404, 409],
          tags,
          security,
          summary: 'Change the status of an enrollment',
          params: EnrollmentIdParams,
          body: EnrollmentStatusBody,
          response: { 200: EnrollmentResponse },
        },
      },
      async (request) => {
        const changed = await service.changeStatus(actorOf(request), request.params.id, request.body)
        const [row] = await service.withPositions([changed])
        return toEnrollmentResponse(row!)
      },
    )

    app.get(
      '/enrollments/:id/history',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getEnrollmentHistory',
          errors: [403, 404],
          tags,
          security,
          summary: 'Status changes, oldest first',
          params: EnrollmentIdParams,
          response: { 200: Type.Array(StatusHistoryEntry) },
        },
      },
      async (request) => (await service.history(actorOf(request), request.params.id)).map(toHistoryEntry),
    )
  }
}

import { Eligibility, type EnrollmentsClient } from '@smartcourse/contracts'
import { type AuthGuards, actorOf, type HttpServer } from '@smartcourse/service-kit'
import { CourseNotFoundError } from '../courses/course.errors.js'
import type { CourseRepository } from '../courses/course.repository.js'
import { CourseIdParams } from '../courses/course.schemas.js'

/**
 * GET /courses/{id}/eligibility: whether the caller may enroll now, with every reason against.
 * The rules live in enrollment-service (the ones POST /enrollments applies, so the two always
 * agree); the path stays under /courses so both gateways route it like every course path.
 */
export function eligibilityRoutes(deps: {
  courses: CourseRepository
  enrollments: EnrollmentsClient
  guards: AuthGuards
}) {
  const { courses, enrollments, guards } = deps
  return async (app: HttpServer) => {
    app.get(
      '/courses/:id/eligibility',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getEnrollmentEligibility',
          errors: [404],
          tags: ['courses'],
          security: [{ bearer: [] }],
          summary:
            'Whether I may enroll now: every reason against at once (the rules POST /enrollments applies), and my waitlist position',
          params: CourseIdParams,
          response: { 200: Eligibility },
        },
      },
      async (request) => {
        const { id } = request.params
        if (!(await courses.findById(id))) throw new CourseNotFoundError(id)
        return enrollments.eligibility(actorOf(request).id, id)
      },
    )
  }
}

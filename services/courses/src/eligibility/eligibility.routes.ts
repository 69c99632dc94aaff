import { Eligibility } from '@smartcourse/contracts'
import { actorOf, type HttpServer, type RouteDeps } from '@smartcourse/service-kit'
import { CourseIdParams } from '../courses/course.schemas.js'
import type { EligibilityService } from './eligibility.service.js'

/**
 * GET /courses/{id}/eligibility: whether the caller may enroll now, with every reason against;
 * the path stays under /courses so both gateways route it like every course path.
 */
export function eligibilityRoutes({ service, guards }: RouteDeps<EligibilityService>) {
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
      async (request) => service.check(actorOf(request).id, request.params.id),
    )
  }
}

import { actorOf, type HttpServer, type RouteDeps } from '@smartcourse/service-kit'
import { UserIdParams } from '../users/user.schemas.js'
import {
  InstructorProfileResponse,
  InstructorProfileUpdateBody,
  toInstructorProfileResponse,
} from './instructor-profile.schemas.js'
import type { InstructorProfileService } from './instructor-profile.service.js'

/**
 * GET /users/{id}/instructor-profile (public), PUT /users/me/instructor-profile (instructor), and
 * GET /users/me/instructor-profile, the caller's own (404 unless an instructor).
 */
export function instructorProfileRoutes({ service: profiles, guards }: RouteDeps<InstructorProfileService>) {
  return async (app: HttpServer) => {
    const tags = ['instructor profiles']

    app.get(
      '/users/:id/instructor-profile',
      {
        schema: {
          operationId: 'getInstructorProfile',
          errors: [404],
          tags,
          params: UserIdParams,
          response: { 200: InstructorProfileResponse },
        },
      },
      async (request) => toInstructorProfileResponse(await profiles.getProfile(request.params.id)),
    )

    app.get(
      '/users/me/instructor-profile',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getMyInstructorProfile',
          errors: [404],
          tags,
          security: [{ bearer: [] }],
          response: { 200: InstructorProfileResponse },
        },
      },
      async (request) => toInstructorProfileResponse(await profiles.getProfile(actorOf(request).id)),
    )

    app.put(
      '/users/me/instructor-profile',
      {
        onRequest: guards.roles('instructor'),
        schema: {
          operationId: 'updateMyInstructorProfile',
          errors: [404],
          tags,
          security: [{ bearer: [] }],
          body: InstructorProfileUpdateBody,
          response: { 200: InstructorProfileResponse },
        },
      },
      async (request) =>
        toInstructorProfileResponse(await profiles.updateOwnProfile(actorOf(request), request.body)),
    )
  }
}

import { InternalUser } from '@smartcourse/contracts'
import type { HttpServer, RouteDeps } from '@smartcourse/service-kit'
import { toInternalUser, UserIdParams } from '../users/user.schemas.js'
import type { UserService } from '../users/user.service.js'

/**
 * GET /internal/users/{id} for other services. Deleted users are still answered (with
 * is_active false) so certificates and rosters can show their names.
 */
export function internalUserRoutes({ service: users, guards }: RouteDeps<UserService>) {
  return async (app: HttpServer) => {
    app.get(
      '/internal/users/:id',
      {
        onRequest: guards.service('certificate-service'),
        schema: {
          operationId: 'internalGetUser',
          errors: [404],
          tags: ['internal'],
          params: UserIdParams,
          response: { 200: InternalUser },
        },
      },
      async (request) => toInternalUser(await users.getForPeer(request.params.id)),
    )
  }
}

import { InternalUser } from '@smartcourse/contracts'
import { type AuthGuards, type Database, type HttpServer, NotFoundError } from '@smartcourse/service-kit'
import { createUserRepository } from '../users/user.repository.js'
import { toInternalUser, UserIdParams } from '../users/user.schemas.js'

/**
 * GET /internal/users/{id} for other services. Deleted users are still answered (with
 * is_active false) so certificates and rosters can show their names.
 */
export function registerInternalUserRoutes(app: HttpServer, deps: { db: Database; guards: AuthGuards }) {
  const users = createUserRepository(deps.db)

  app.get(
    '/internal/users/:id',
    {
      onRequest: deps.guards.service('certificate-service'),
      schema: {
        operationId: 'internalGetUser',
        errors: [404],
        tags: ['internal'],
        params: UserIdParams,
        response: { 200: InternalUser },
      },
    },
    async (request) => {
      const user = await users.findById(request.params.id)
      if (!user) throw new NotFoundError(`User ${request.params.id} not found`)
      return toInternalUser(user)
    },
  )
}

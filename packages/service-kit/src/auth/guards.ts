import type { FastifyRequest } from 'fastify'
import { ForbiddenError, UnauthorizedError } from '../errors.js'
import { documentGuard } from '../openapi-docs.js'
import type { Actor, Role } from './actor.js'
import type { TokenService } from './tokens.js'

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (!header) return undefined
  // RFC 6750: the scheme is case-insensitive and followed by one or more spaces.
  const match = /^Bearer +(\S+) *$/i.exec(header)
  if (!match) throw new UnauthorizedError('Malformed Authorization header')
  return match[1]
}

/** Fastify preHandlers that put the verified caller on `request.actor`. */
export function createAuthGuards(tokens: TokenService) {
  async function user(request: FastifyRequest) {
    const token = bearerToken(request)
    if (!token) throw new UnauthorizedError()
    request.actor = await tokens.verifyAccessToken(token)
  }

  const guards = {
    /** Any signed-in user. */
    user,

    /** Signed-in or anonymous; a token that is present must be valid. */
    async optionalUser(request: FastifyRequest) {
      if (request.headers.authorization) await user(request)
    },

    /** A signed-in user with one of these roles. */
    roles(...allowed: Role[]) {
      const guard = async (request: FastifyRequest) => {
        await user(request)
        if (!allowed.includes(request.actor!.role)) {
          throw new ForbiddenError(`This action needs the role ${allowed.join(' or ')}`)
        }
      }
      return documentGuard(guard, [401, 403])
    },

    /** Another service, with a service token; user tokens are refused. */
    async service(request: FastifyRequest) {
      const token = bearerToken(request)
      if (!token) throw new UnauthorizedError('Service token required')
      try {
        tokens.verifyServiceToken(token)
      } catch (error) {
        const isUserToken = await tokens.verifyAccessToken(token).then(
          () => true,
          () => false,
        )
        if (isUserToken) throw new ForbiddenError('Internal routes are for services only')
        throw error
      }
    },
  }
  // For the API docs: the statuses each guard answers with.
  documentGuard(guards.user, [401])
  documentGuard(guards.optionalUser, [401])
  documentGuard(guards.service, [401, 403])
  return guards
}

export type AuthGuards = ReturnType<typeof createAuthGuards>

/** The actor of a route guarded by `user`/`roles`; a programming error if the guard is missing. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError()
  return request.actor
}

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

/**
 * Fastify preHandlers that put the verified caller on `request.actor`. `serviceName` (e.g.
 * 'course-service') is the audience service tokens must name to pass `service(...)`.
 */
export function createAuthGuards(tokens: TokenService, serviceName?: string) {
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

    /**
     * Another service, with a service token for this service (`aud`), from one of `callers`
     * (ARCHITECTURE.md, who calls whom). No token, a bad one, one for another service, one that
     * claims too long a life and any user token: 401. A valid token from another caller: 403.
     */
    service(...callers: string[]) {
      if (callers.length === 0) throw new Error('guards.service needs the services allowed to call')
      const guard = async (request: FastifyRequest) => {
        if (!serviceName) throw new Error('createAuthGuards needs the service name for service routes')
        const token = bearerToken(request)
        if (!token) throw new UnauthorizedError('Service token required')
        const claims = tokens.verifyServiceToken(token, serviceName)
        if (!callers.includes(claims.sub)) {
          throw new ForbiddenError(`${claims.sub} may not call this route`)
        }
      }
      return documentGuard(guard, [401, 403])
    },
  }
  // For the API docs: the statuses each guard answers with.
  documentGuard(guards.user, [401])
  documentGuard(guards.optionalUser, [401])
  return guards
}

export type AuthGuards = ReturnType<typeof createAuthGuards>

/** The actor of a route guarded by `user`/`roles`; a programming error if the guard is missing. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError()
  return request.actor
}

import { actorOf, type HttpServer, MessageResponse, type RouteDeps } from '@smartcourse/service-kit'
import { toUserResponse, UserResponse } from '../users/user.schemas.js'
import { LoginBody, RefreshBody, RegisterBody, TokenResponse } from './auth.schemas.js'
import type { AuthService } from './auth.service.js'

/** POST /auth/register, /auth/login, /auth/refresh, /auth/logout. */
export function authRoutes({ service: auth, guards }: RouteDeps<AuthService>) {
  return async (app: HttpServer) => {
    const tags = ['auth']

    app.post(
      '/auth/register',
      {
        schema: {
          operationId: 'register',
          errors: [409],
          tags,
          body: RegisterBody,
          response: { 201: UserResponse },
        },
      },
      async (request, reply) => {
        reply.code(201)
        return toUserResponse(await auth.register(request.body))
      },
    )

    app.post(
      '/auth/login',
      {
        schema: {
          operationId: 'login',
          errors: [401, 429],
          tags,
          body: LoginBody,
          response: { 200: TokenResponse },
        },
      },
      (request) => auth.login(request.body),
    )

    app.post(
      '/auth/refresh',
      {
        schema: {
          operationId: 'refreshTokens',
          errors: [401],
          tags,
          body: RefreshBody,
          response: { 200: TokenResponse },
        },
      },
      (request) => auth.refresh(request.body.refresh_token),
    )

    app.post(
      '/auth/logout',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'logout',
          errors: [403],
          tags,
          security: [{ bearer: [] }],
          body: RefreshBody,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        await auth.logout(actorOf(request), request.body.refresh_token)
        return { message: 'Logged out' }
      },
    )
  }
}

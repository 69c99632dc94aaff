import {
  actorOf,
  type HttpServer,
  MessageResponse,
  PageOf,
  type RouteDeps,
  toPage,
} from '@smartcourse/service-kit'
import { Type } from 'typebox'
import {
  PublicUserResponse,
  toUserListItem,
  toUserResponse,
  toUserView,
  UserIdParams,
  UserListItem,
  UserListQuery,
  UserResponse,
  UserUpdateBody,
} from './user.schemas.js'
import type { UserService } from './user.service.js'

/** /users/me, /users, /users/{id}. */
export function userRoutes({ service: users, guards }: RouteDeps<UserService>) {
  return async (app: HttpServer) => {
    const tags = ['users']
    const security = [{ bearer: [] }]

    app.get(
      '/users/me',
      {
        onRequest: guards.user,
        schema: { operationId: 'getMe', tags, security, response: { 200: UserResponse } },
      },
      async (request) => toUserResponse(await users.getMe(actorOf(request))),
    )

    app.get(
      '/users',
      {
        onRequest: guards.roles('admin'),
        schema: {
          operationId: 'listUsers',
          tags,
          security,
          querystring: UserListQuery,
          response: { 200: PageOf(UserListItem) },
        },
      },
      async (request) => {
        const { query } = request
        const { items, total } = await users.listUsers(query)
        return toPage(items.map(toUserListItem), total, query)
      },
    )

    app.get(
      '/users/:id',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'getUser',
          errors: [404],
          tags,
          security,
          description: 'Self and admins get the full account; other users a public profile without email.',
          params: UserIdParams,
          // The full shape first: a public profile lacks `email`, so it can only match the second.
          response: { 200: Type.Union([UserResponse, PublicUserResponse]) },
        },
      },
      async (request) => toUserView(await users.getUser(actorOf(request), request.params.id)),
    )

    app.put(
      '/users/:id',
      {
        onRequest: guards.user,
        schema: {
          operationId: 'updateUser',
          errors: [403, 404],
          tags,
          security,
          params: UserIdParams,
          body: UserUpdateBody,
          response: { 200: UserResponse },
        },
      },
      async (request) =>
        toUserResponse(await users.updateUser(actorOf(request), request.params.id, request.body)),
    )

    app.delete(
      '/users/:id',
      {
        onRequest: guards.roles('admin'),
        schema: {
          operationId: 'deleteUser',
          errors: [404],
          tags,
          security,
          params: UserIdParams,
          response: { 200: MessageResponse },
        },
      },
      async (request) => {
        await users.deleteUser(request.params.id)
        return { message: 'User deleted' }
      },
    )
  }
}

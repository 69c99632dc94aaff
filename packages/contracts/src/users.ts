import { NotFoundError, ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { type Static, Type } from 'typebox'

/** GET /internal/users/{id} on user-service. */
export const InternalUser = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  username: Type.String(),
  first_name: Type.Union([Type.String(), Type.Null()]),
  last_name: Type.Union([Type.String(), Type.Null()]),
  full_name: Type.String(),
  role: Type.Enum(['student', 'instructor', 'admin']),
  is_active: Type.Boolean(),
  /** Whether the e-mail was confirmed (REQUIRE_VERIFIED_FOR_CERTIFICATES); absent from older peers. */
  is_verified: Type.Optional(Type.Boolean()),
})
export type InternalUser = Static<typeof InternalUser>

export function createUsersClient(client: ServiceClient) {
  return {
    /** The user, or undefined when no such user exists. */
    async findUser(id: number): Promise<InternalUser | undefined> {
      const response = await client.request<InternalUser>({ method: 'GET', path: `/internal/users/${id}` })
      if (response.status === 404) return undefined
      if (response.status !== 200)
        throw new ServiceUnavailableError(`user-service answered ${response.status}`)
      return response.body
    },
    async getUser(id: number): Promise<InternalUser> {
      const user = await this.findUser(id)
      if (!user) throw new NotFoundError(`User ${id} not found`)
      return user
    },
  }
}
export type UsersClient = ReturnType<typeof createUsersClient>

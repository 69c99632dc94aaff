import { type EventPayloads, EventTypes, type UserDeletedPayload } from '@smartcourse/contracts'
import {
  type Actor,
  type Clock,
  type Database,
  ForbiddenError,
  isAdmin,
  type Outbox,
  pageOffset,
  type TokenService,
  UnauthorizedError,
} from '@smartcourse/service-kit'
import { createRefreshTokenRepository } from '../auth/refresh-token.repository.js'
import type { UserRow } from '../db/tables.js'
import { UserNotFoundError } from './user.errors.js'
import { createUserRepository, type Role } from './user.repository.js'

export interface UserUpdateInput {
  first_name?: string | null
  last_name?: string | null
  bio?: string | null
  profile_image_url?: string | null
}

/** What a reader may see of an account: all of it (self, admins) or the public profile. */
export type UserView = 'account' | 'public'

/** Reading, editing and (soft) deleting accounts. */
export function createUserService(deps: {
  db: Database
  tokens: TokenService
  clock: Clock
  outbox: Outbox<EventPayloads>
}) {
  const { db, tokens, clock, outbox } = deps
  const users = createUserRepository(db)

  async function getLiveUser(id: number): Promise<UserRow> {
    const user = await users.findById(id)
    if (!user || user.isDeleted) throw new UserNotFoundError(id)
    return user
  }

  return {
    /** For other services: deleted users too (is_active false), so certificates and rosters keep names. */
    async getForPeer(id: number): Promise<UserRow> {
      const user = await users.findById(id)
      if (!user) throw new UserNotFoundError(id)
      return user
    },

    /** The caller's own account; a token of a deleted or deactivated account is refused. */
    async getMe(actor: Actor): Promise<UserRow> {
      const user = await users.findById(actor.id)
      if (!user || user.isDeleted || !user.isActive)
        throw new UnauthorizedError('This account is no longer active')
      return user
    },

    /** Self and admins see the full account, others a public profile; deleted users are 404 to all. */
    async getUser(actor: Actor, id: number): Promise<{ user: UserRow; view: UserView }> {
      const user = await getLiveUser(id)
      return { user, view: user.id === actor.id || isAdmin(actor) ? 'account' : 'public' }
    },

    async listUsers(query: { page: number; page_size: number; role?: Role; search?: string }) {
      const search = query.search?.trim()
      const { rows, total } = await users.list({
        role: query.role,
        search: search || undefined,
        offset: pageOffset(query.page, query.page_size),
        limit: query.page_size,
      })
      return { items: rows, total }
    },

    /** The owner or an admin changes the profile fields (the only ones the body schema admits). */
    async updateUser(actor: Actor, id: number, input: UserUpdateInput): Promise<UserRow> {
      await getLiveUser(id)
      if (actor.id !== id && !isAdmin(actor)) throw new ForbiddenError('You may only edit your own profile')
      const updated = await users.updateProfile(
        id,
        {
          firstName: input.first_name,
          lastName: input.last_name,
          bio: input.bio,
          profileImageUrl: input.profile_image_url,
        },
        clock.now(),
      )
      if (!updated) throw new UserNotFoundError(id)
      return updated
    },

    /**
     * Soft delete: the row stays (its email and username stay reserved, other services can still
     * show the name) and every token of the user stops working. user.deleted, tokens_valid_after
     * and the cache's revocation marker go in the same transaction: all or nothing (503).
     */
    async deleteUser(id: number): Promise<void> {
      const now = clock.now()
      const deleted = await db.transaction(async (tx) => {
        const row = await createUserRepository(tx).softDelete(id, now)
        if (!row) return undefined
        await createRefreshTokenRepository(tx).revokeAllOfUser(id, now)
        const event: UserDeletedPayload = { user_id: id }
        await outbox.publish(tx, EventTypes.userDeleted, event)
        await tokens.revokeAllForUser(id, Math.floor(now.getTime() / 1000))
        return row
      })
      if (!deleted) throw new UserNotFoundError(id)
      void outbox.nudge()
    },
  }
}

export type UserService = ReturnType<typeof createUserService>

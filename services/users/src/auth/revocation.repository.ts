import type { Executor } from '@smartcourse/service-kit'
import { and, gt, isNotNull, lt } from 'drizzle-orm'
import { revokedAccessTokens, users } from '../db/tables.js'

/** Revocation as security state: what PostgreSQL holds survives any loss of the cache. */
export function createRevocationRepository(executor: Executor) {
  return {
    async revokeAccessToken(token: { jti: string; userId: number; expiresAt: Date }): Promise<void> {
      await executor.insert(revokedAccessTokens).values(token).onConflictDoNothing()
    },

    async liveRevokedTokens(now: Date) {
      return executor
        .select({ jti: revokedAccessTokens.jti, expiresAt: revokedAccessTokens.expiresAt })
        .from(revokedAccessTokens)
        .where(gt(revokedAccessTokens.expiresAt, now))
    },

    /** Users whose tokens_valid_after may still outdate an unexpired access token. */
    async usersRevokedSince(since: Date) {
      return executor
        .select({ id: users.id, tokensValidAfter: users.tokensValidAfter })
        .from(users)
        .where(and(isNotNull(users.tokensValidAfter), gt(users.tokensValidAfter, since)))
    },

    /** Rows of tokens that have expired anyway; returns how many went. */
    async pruneExpired(before: Date): Promise<number> {
      const gone = await executor
        .delete(revokedAccessTokens)
        .where(lt(revokedAccessTokens.expiresAt, before))
        .returning({ jti: revokedAccessTokens.jti })
      return gone.length
    },
  }
}

import type { Executor } from '@smartcourse/service-kit'
import { and, eq, gt, isNull } from 'drizzle-orm'
import { type RefreshTokenRow, refreshTokens } from '../db/tables.js'

export interface NewRefreshToken {
  userId: number
  jti: string
  family: string
  tokenHash: string
  expiresAt: Date
}

/** SQL for stored (hashed) refresh tokens. */
export function createRefreshTokenRepository(executor: Executor) {
  return {
    async insert(token: NewRefreshToken): Promise<void> {
      await executor.insert(refreshTokens).values(token)
    },

    async findByHash(tokenHash: string): Promise<RefreshTokenRow | undefined> {
      const [row] = await executor.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash))
      return row
    },

    /**
     * Revokes the token if it is still live and returns it; undefined when it was already revoked,
     * expired or unknown. One conditional UPDATE, so of two concurrent callers only one gets the row.
     */
    async revokeIfLive(tokenHash: string, at: Date): Promise<RefreshTokenRow | undefined> {
      const [row] = await executor
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(
          and(
            eq(refreshTokens.tokenHash, tokenHash),
            isNull(refreshTokens.revokedAt),
            gt(refreshTokens.expiresAt, at),
          ),
        )
        .returning()
      return row
    },

    /** Whether the token was rotated: a later token of its family exists. */
    async wasRotated(token: RefreshTokenRow): Promise<boolean> {
      const [row] = await executor
        .select({ id: refreshTokens.id })
        .from(refreshTokens)
        .where(and(eq(refreshTokens.family, token.family), gt(refreshTokens.id, token.id)))
        .limit(1)
      return row !== undefined
    },

    async revokeFamily(family: string, at: Date): Promise<void> {
      await executor
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(and(eq(refreshTokens.family, family), isNull(refreshTokens.revokedAt)))
    },

    async revokeAllOfUser(userId: number, at: Date): Promise<void> {
      await executor
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    },
  }
}

export type RefreshTokenRepository = ReturnType<typeof createRefreshTokenRepository>

import type { Executor } from '@smartcourse/service-kit'
import { and, count, eq, gt, isNull } from 'drizzle-orm'
import { type EmailTokenRow, emailTokens } from '../db/tables.js'

export type EmailTokenPurpose = EmailTokenRow['purpose']

/** SQL for the hashed single-use tokens sent by mail. */
export function createEmailTokenRepository(executor: Executor) {
  const live = (userId: number, purpose: EmailTokenPurpose, now: Date) =>
    and(
      eq(emailTokens.userId, userId),
      eq(emailTokens.purpose, purpose),
      isNull(emailTokens.usedAt),
      gt(emailTokens.expiresAt, now),
    )

  return {
    async insert(token: { userId: number; purpose: EmailTokenPurpose; tokenHash: string; expiresAt: Date }) {
      await executor.insert(emailTokens).values(token)
    },

    /** How many unused, unexpired tokens of this purpose the user has. */
    async countLive(userId: number, purpose: EmailTokenPurpose, now: Date): Promise<number> {
      const [row] = await executor
        .select({ value: count() })
        .from(emailTokens)
        .where(live(userId, purpose, now))
      return Number(row?.value ?? 0)
    },

    /**
     * Marks the token used if it is live and returns it; undefined when unknown, used or expired.
     * One conditional UPDATE: of two concurrent callers with one token, only one gets the row.
     */
    async consume(
      tokenHash: string,
      purpose: EmailTokenPurpose,
      now: Date,
    ): Promise<EmailTokenRow | undefined> {
      const [row] = await executor
        .update(emailTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(emailTokens.tokenHash, tokenHash),
            eq(emailTokens.purpose, purpose),
            isNull(emailTokens.usedAt),
            gt(emailTokens.expiresAt, now),
          ),
        )
        .returning()
      return row
    },

    /** Ends every other live token of this purpose (after a reset, the older links stop working). */
    async consumeAll(userId: number, purpose: EmailTokenPurpose, now: Date): Promise<void> {
      await executor
        .update(emailTokens)
        .set({ usedAt: now })
        .where(live(userId, purpose, now))
    },
  }
}

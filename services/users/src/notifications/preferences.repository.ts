import type { Executor } from '@smartcourse/service-kit'
import { eq } from 'drizzle-orm'
import { notificationPreferences } from '../db/tables.js'
import {
  ALL_ON,
  type NotificationPreferences,
  type NotificationPreferencesBody,
} from './preferences.schemas.js'

type Row = typeof notificationPreferences.$inferSelect

const toResponse = (row: Row | undefined): NotificationPreferences =>
  row
    ? {
        enrollment_confirmed: row.enrollmentConfirmed,
        certificate_issued: row.certificateIssued,
        certificate_revoked: row.certificateRevoked,
        waitlist_promoted: row.waitlistPromoted,
      }
    : { ...ALL_ON }

/** SQL for the preferences; no row means every kind is on. */
export function createPreferencesRepository(executor: Executor) {
  return {
    async get(userId: number): Promise<NotificationPreferences> {
      const [row] = await executor
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId))
      return toResponse(row)
    },

    async update(
      userId: number,
      patch: NotificationPreferencesBody,
      at: Date,
    ): Promise<NotificationPreferences> {
      const columns = {
        ...(patch.enrollment_confirmed === undefined
          ? {}
          : { enrollmentConfirmed: patch.enrollment_confirmed }),
        ...(patch.certificate_issued === undefined ? {} : { certificateIssued: patch.certificate_issued }),
        ...(patch.certificate_revoked === undefined ? {} : { certificateRevoked: patch.certificate_revoked }),
        ...(patch.waitlist_promoted === undefined ? {} : { waitlistPromoted: patch.waitlist_promoted }),
        updatedAt: at,
      }
      const [row] = await executor
        .insert(notificationPreferences)
        .values({ userId, ...columns })
        .onConflictDoUpdate({ target: notificationPreferences.userId, set: columns })
        .returning()
      return toResponse(row)
    },
  }
}

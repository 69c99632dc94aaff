import { defineEventTables, foreignId, timestamptz } from '@smartcourse/service-kit'
import { sql } from 'drizzle-orm'
import * as pg from 'drizzle-orm/pg-core'

export const usersSchema = pg.pgSchema('users')

export const userRole = usersSchema.enum('user_role', ['student', 'instructor', 'admin'])

const createdAt = () => timestamptz('created_at').notNull().defaultNow()
const updatedAt = () => timestamptz('updated_at').notNull().defaultNow()

export const users = usersSchema.table(
  'users',
  {
    id: pg.serial('id').primaryKey(),
    /** Stored lowercased; the unique index on lower(email) is the race-proof guard. */
    email: pg.varchar('email', { length: 255 }).notNull(),
    username: pg.varchar('username', { length: 100 }).notNull(),
    hashedPassword: pg.varchar('hashed_password', { length: 255 }).notNull(),
    firstName: pg.varchar('first_name', { length: 100 }),
    lastName: pg.varchar('last_name', { length: 100 }),
    role: userRole('role').notNull().default('student'),
    isActive: pg.boolean('is_active').notNull().default(true),
    isVerified: pg.boolean('is_verified').notNull().default(false),
    profileImageUrl: pg.varchar('profile_image_url', { length: 500 }),
    bio: pg.text('bio'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastLoginAt: timestamptz('last_login_at'),
    isDeleted: pg.boolean('is_deleted').notNull().default(false),
    /** Access tokens issued to the user up to this moment are revoked (deletion, admin repair). */
    tokensValidAfter: timestamptz('tokens_valid_after'),
  },
  (table) => [
    pg
      .index('users_tokens_valid_after_idx')
      .on(table.tokensValidAfter)
      .where(sql`${table.tokensValidAfter} is not null`),
    pg.uniqueIndex('users_email_lower_key').on(sql`lower(${table.email})`),
    pg.uniqueIndex('users_username_lower_key').on(sql`lower(${table.username})`),
    pg.index('users_role_idx').on(table.role),
  ],
)

export const instructorProfiles = usersSchema.table('instructor_profiles', {
  id: pg.serial('id').primaryKey(),
  userId: pg
    .integer('user_id')
    .notNull()
    .unique('instructor_profiles_user_id_key')
    .references(() => users.id),
  specialization: pg.varchar('specialization', { length: 255 }),
  bio: pg.text('bio'),
  websiteUrl: pg.varchar('website_url', { length: 500 }),
  linkedinUrl: pg.varchar('linkedin_url', { length: 500 }),
  totalStudents: pg.integer('total_students').notNull().default(0),
  totalCourses: pg.integer('total_courses').notNull().default(0),
  averageRating: pg.numeric('average_rating', { precision: 3, scale: 2 }).notNull().default('0.00'),
  totalReviews: pg.integer('total_reviews').notNull().default(0),
  isVerified: pg.boolean('is_verified').notNull().default(false),
  verifiedAt: timestamptz('verified_at'),
  payoutInfo: pg.jsonb('payout_info'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
})

/** One row per issued refresh token; only its SHA-256 is kept, never the token itself. */
export const refreshTokens = usersSchema.table(
  'refresh_tokens',
  {
    id: pg.serial('id').primaryKey(),
    userId: foreignId('user_id', () => users.id),
    jti: pg.uuid('jti').notNull().unique('refresh_tokens_jti_key'),
    /** Shared by every token rotated from one login; reuse of a revoked one revokes them all. */
    family: pg.uuid('family').notNull(),
    tokenHash: pg.varchar('token_hash', { length: 64 }).notNull().unique('refresh_tokens_token_hash_key'),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamptz('revoked_at'),
  },
  (table) => [
    pg.index('refresh_tokens_family_idx').on(table.family),
    pg.index('refresh_tokens_user_id_idx').on(table.userId),
    // The retention job deletes by expiry.
    pg.index('refresh_tokens_expires_at_idx').on(table.expiresAt),
  ],
)

/** Access tokens ended by logout, kept until they would have expired anyway. */
export const revokedAccessTokens = usersSchema.table(
  'revoked_access_tokens',
  {
    jti: pg.uuid('jti').primaryKey(),
    userId: foreignId('user_id', () => users.id),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (table) => [pg.index('revoked_access_tokens_expires_at_idx').on(table.expiresAt)],
)

export const emailTokenPurpose = usersSchema.enum('email_token_purpose', [
  'password_reset',
  'email_verification',
])

/**
 * Single-use tokens sent by mail (password reset, e-mail verification). Only the SHA-256 is
 * kept; `used_at` is set by one conditional UPDATE, so a token works once even under races.
 */
export const emailTokens = usersSchema.table(
  'email_tokens',
  {
    id: pg.serial('id').primaryKey(),
    userId: foreignId('user_id', () => users.id),
    purpose: emailTokenPurpose('purpose').notNull(),
    tokenHash: pg.varchar('token_hash', { length: 64 }).notNull().unique('email_tokens_token_hash_key'),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: createdAt(),
  },
  (table) => [pg.index('email_tokens_user_purpose_idx').on(table.userId, table.purpose)],
)

/** Which notification mails a user wants; no row means all of them. */
export const notificationPreferences = usersSchema.table('notification_preferences', {
  userId: pg
    .integer('user_id')
    .primaryKey()
    .references(() => users.id),
  enrollmentConfirmed: pg.boolean('enrollment_confirmed').notNull().default(true),
  certificateIssued: pg.boolean('certificate_issued').notNull().default(true),
  certificateRevoked: pg.boolean('certificate_revoked').notNull().default(true),
  waitlistPromoted: pg.boolean('waitlist_promoted').notNull().default(true),
  updatedAt: updatedAt(),
})

/**
 * One row per mail the SMTP server accepted, keyed by the mail.send event id: a redelivered
 * event whose mail is here is acknowledged without sending again.
 */
export const sentMails = usersSchema.table('sent_mails', {
  eventId: pg.uuid('event_id').primaryKey(),
  kind: pg.text('kind').notNull(),
  recipient: pg.varchar('recipient', { length: 255 }).notNull(),
  messageId: pg.text('message_id').notNull(),
  sentAt: timestamptz('sent_at').notNull().defaultNow(),
})

/** user.deleted and mail.send leave through the outbox; consumed events are recorded in processed_events. */
export const { outbox, processedEvents } = defineEventTables(usersSchema)
export const eventTables = { outbox, processedEvents }

export type UserRow = typeof users.$inferSelect
export type InstructorProfileRow = typeof instructorProfiles.$inferSelect
export type RefreshTokenRow = typeof refreshTokens.$inferSelect
export type EmailTokenRow = typeof emailTokens.$inferSelect
export type NotificationPreferencesRow = typeof notificationPreferences.$inferSelect

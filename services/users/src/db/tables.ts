import { defineEventTables } from '@smartcourse/service-kit'
import { sql } from 'drizzle-orm'
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

export const usersSchema = pgSchema('users')

export const userRole = usersSchema.enum('user_role', ['student', 'instructor', 'admin'])

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()

export const users = usersSchema.table(
  'users',
  {
    id: serial('id').primaryKey(),
    /** Stored lowercased; the unique index on lower(email) is the race-proof guard. */
    email: varchar('email', { length: 255 }).notNull(),
    username: varchar('username', { length: 100 }).notNull(),
    hashedPassword: varchar('hashed_password', { length: 255 }).notNull(),
    firstName: varchar('first_name', { length: 100 }),
    lastName: varchar('last_name', { length: 100 }),
    role: userRole('role').notNull().default('student'),
    isActive: boolean('is_active').notNull().default(true),
    isVerified: boolean('is_verified').notNull().default(false),
    profileImageUrl: varchar('profile_image_url', { length: 500 }),
    bio: text('bio'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    isDeleted: boolean('is_deleted').notNull().default(false),
    /** Access tokens issued to the user up to this moment are revoked (deletion, admin repair). */
    tokensValidAfter: timestamp('tokens_valid_after', { withTimezone: true }),
  },
  (table) => [
    index('users_tokens_valid_after_idx')
      .on(table.tokensValidAfter)
      .where(sql`${table.tokensValidAfter} is not null`),
    uniqueIndex('users_email_lower_key').on(sql`lower(${table.email})`),
    uniqueIndex('users_username_lower_key').on(sql`lower(${table.username})`),
    index('users_role_idx').on(table.role),
  ],
)

export const instructorProfiles = usersSchema.table('instructor_profiles', {
  id: serial('id').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .unique('instructor_profiles_user_id_key')
    .references(() => users.id),
  specialization: varchar('specialization', { length: 255 }),
  bio: text('bio'),
  websiteUrl: varchar('website_url', { length: 500 }),
  linkedinUrl: varchar('linkedin_url', { length: 500 }),
  totalStudents: integer('total_students').notNull().default(0),
  totalCourses: integer('total_courses').notNull().default(0),
  averageRating: numeric('average_rating', { precision: 3, scale: 2 }).notNull().default('0.00'),
  totalReviews: integer('total_reviews').notNull().default(0),
  isVerified: boolean('is_verified').notNull().default(false),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  payoutInfo: jsonb('payout_info'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
})

/** One row per issued refresh token; only its SHA-256 is kept, never the token itself. */
export const refreshTokens = usersSchema.table(
  'refresh_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    jti: uuid('jti').notNull().unique('refresh_tokens_jti_key'),
    /** Shared by every token rotated from one login; reuse of a revoked one revokes them all. */
    family: uuid('family').notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique('refresh_tokens_token_hash_key'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    index('refresh_tokens_family_idx').on(table.family),
    index('refresh_tokens_user_id_idx').on(table.userId),
    // The retention job deletes by expiry.
    index('refresh_tokens_expires_at_idx').on(table.expiresAt),
  ],
)

/** Access tokens ended by logout, kept until they would have expired anyway. */
export const revokedAccessTokens = usersSchema.table(
  'revoked_access_tokens',
  {
    jti: uuid('jti').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('revoked_access_tokens_expires_at_idx').on(table.expiresAt)],
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
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    purpose: emailTokenPurpose('purpose').notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique('email_tokens_token_hash_key'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('email_tokens_user_purpose_idx').on(table.userId, table.purpose)],
)

/** Which notification mails a user wants; no row means all of them. */
export const notificationPreferences = usersSchema.table('notification_preferences', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  enrollmentConfirmed: boolean('enrollment_confirmed').notNull().default(true),
  certificateIssued: boolean('certificate_issued').notNull().default(true),
  certificateRevoked: boolean('certificate_revoked').notNull().default(true),
  waitlistPromoted: boolean('waitlist_promoted').notNull().default(true),
  updatedAt: updatedAt(),
})

/**
 * One row per mail the SMTP server accepted, keyed by the mail.send event id: a redelivered
 * event whose mail is here is acknowledged without sending again.
 */
export const sentMails = usersSchema.table('sent_mails', {
  eventId: uuid('event_id').primaryKey(),
  kind: text('kind').notNull(),
  recipient: varchar('recipient', { length: 255 }).notNull(),
  messageId: text('message_id').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
})

/** user.deleted and mail.send leave through the outbox; consumed events are recorded in processed_events. */
export const { outbox, processedEvents } = defineEventTables(usersSchema)
export const eventTables = { outbox, processedEvents }

export type UserRow = typeof users.$inferSelect
export type InstructorProfileRow = typeof instructorProfiles.$inferSelect
export type RefreshTokenRow = typeof refreshTokens.$inferSelect
export type EmailTokenRow = typeof emailTokens.$inferSelect
export type NotificationPreferencesRow = typeof notificationPreferences.$inferSelect

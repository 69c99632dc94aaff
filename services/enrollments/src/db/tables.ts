import { enrollmentStatuses } from '@smartcourse/contracts'
import { defineEventTables, defineIdempotencyTable } from '@smartcourse/service-kit'
import {
  index,
  integer,
  numeric,
  pgSchema,
  serial,
  text,
  timestamp,
  unique,
  varchar,
} from 'drizzle-orm/pg-core'

export const enrollmentsSchema = pgSchema('enrollments')

export const enrollmentStatus = enrollmentsSchema.enum('enrollment_status', enrollmentStatuses)
export const paymentStatus = enrollmentsSchema.enum('payment_status', ['pending', 'completed', 'refunded'])

const timestamptz = (name: string) => timestamp(name, { withTimezone: true })

export const enrollments = enrollmentsSchema.table(
  'enrollments',
  {
    id: serial('id').primaryKey(),
    studentId: integer('student_id').notNull(),
    courseId: integer('course_id').notNull(),
    /** Snapshot of the course title at enroll time, so "my courses" needs no call per item. */
    courseTitle: text('course_title').notNull(),
    status: enrollmentStatus('status').notNull().default('active'),
    enrolledAt: timestamptz('enrolled_at').notNull(),
    startedAt: timestamptz('started_at'),
    completedAt: timestamptz('completed_at'),
    droppedAt: timestamptz('dropped_at'),
    completionPercentage: numeric('completion_percentage', { precision: 5, scale: 2 }).notNull().default('0'),
    lastAccessedAt: timestamptz('last_accessed_at'),
    /** Version of the newest progress.updated applied; older events are ignored. */
    progressVersion: integer('progress_version').notNull().default(0),
    paymentStatus: paymentStatus('payment_status'),
    paymentAmount: numeric('payment_amount', { precision: 10, scale: 2 }),
    paymentId: varchar('payment_id', { length: 255 }),
    /** Who took the money: 'stripe' or 'test' (refundable through it), 'manual' (an admin's grant). */
    paymentProvider: varchar('payment_provider', { length: 20 }),
    /** The provider's checkout session while the seat is held for payment. */
    checkoutSessionId: varchar('checkout_session_id', { length: 255 }),
    checkoutUrl: text('checkout_url'),
    holdExpiresAt: timestamptz('hold_expires_at'),
    paidAt: timestamptz('paid_at'),
    /** Why a payment did not activate the enrollment (e.g. a wrong amount); for admins. */
    paymentIssue: text('payment_issue'),
    /** Place in the course's waitlist queue (from course_seats.waitlist_seq); lower goes first. */
    waitlistNumber: integer('waitlist_number'),
    enrollmentSource: varchar('enrollment_source', { length: 100 }).notNull().default('web'),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at'),
  },
  (table) => [
    unique('enrollments_student_course_key').on(table.studentId, table.courseId),
    index('enrollments_course_status_idx').on(table.courseId, table.status),
    index('enrollments_student_enrolled_idx').on(table.studentId, table.enrolledAt),
    unique('enrollments_checkout_session_key').on(table.checkoutSessionId),
    index('enrollments_hold_expires_idx').on(table.holdExpiresAt),
    // Not partial on status = 'waitlisted': a new enum value cannot be used in the migration adding it.
    index('enrollments_waitlist_idx').on(table.courseId, table.waitlistNumber),
  ],
)

export const statusHistory = enrollmentsSchema.table(
  'enrollment_status_history',
  {
    id: serial('id').primaryKey(),
    enrollmentId: integer('enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    fromStatus: enrollmentStatus('from_status'),
    toStatus: enrollmentStatus('to_status').notNull(),
    reason: text('reason'),
    /** The user who made the change; null when the system did (completion). */
    changedBy: integer('changed_by'),
    changedAt: timestamptz('changed_at').notNull(),
  },
  (table) => [index('enrollment_status_history_enrollment_idx').on(table.enrollmentId, table.id)],
)

/**
 * One row per capped course, locked FOR UPDATE while a seat is taken or freed, so max_students
 * holds and waitlist promotions happen one at a time across replicas. It keeps the cap last read
 * from course-service, so a seat freed without asking course-service (a drop, an account
 * deletion) still promotes the next waitlisted student.
 */
export const courseSeats = enrollmentsSchema.table('course_seats', {
  courseId: integer('course_id').primaryKey(),
  maxStudents: integer('max_students'),
  /** The last waitlist number handed out: FIFO order is the order students joined under the lock. */
  waitlistSeq: integer('waitlist_seq').notNull().default(0),
})

/** Provider webhook events already applied, by the provider's event id (replays do nothing). */
export const paymentEvents = enrollmentsSchema.table('payment_events', {
  eventId: varchar('event_id', { length: 255 }).primaryKey(),
  type: varchar('type', { length: 100 }).notNull(),
  receivedAt: timestamptz('received_at').notNull(),
})

export const { outbox, processedEvents } = defineEventTables(enrollmentsSchema)
/** Idempotency-Key of POST /enrollments. */
export const idempotencyKeys = defineIdempotencyTable(enrollmentsSchema)
export const eventTables = { outbox, processedEvents }

export type EnrollmentRow = typeof enrollments.$inferSelect
export type StatusHistoryRow = typeof statusHistory.$inferSelect
export type EnrollmentStatus = (typeof enrollmentStatus.enumValues)[number]

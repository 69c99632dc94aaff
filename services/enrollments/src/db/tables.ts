import { enrollmentStatuses } from '@smartcourse/contracts'
import { defineEventTables, defineIdempotencyTable, foreignId, timestamptz } from '@smartcourse/service-kit'
import * as pg from 'drizzle-orm/pg-core'

export const enrollmentsSchema = pg.pgSchema('enrollments')

export const enrollmentStatus = enrollmentsSchema.enum('enrollment_status', enrollmentStatuses)
export const paymentStatus = enrollmentsSchema.enum('payment_status', ['pending', 'completed', 'refunded'])

export const enrollments = enrollmentsSchema.table(
  'enrollments',
  {
    id: pg.serial('id').primaryKey(),
    studentId: pg.integer('student_id').notNull(),
    courseId: pg.integer('course_id').notNull(),
    /** Snapshot of the course title at enroll time, so "my courses" needs no call per item. */
    courseTitle: pg.text('course_title').notNull(),
    status: enrollmentStatus('status').notNull().default('active'),
    enrolledAt: timestamptz('enrolled_at').notNull(),
    startedAt: timestamptz('started_at'),
    completedAt: timestamptz('completed_at'),
    droppedAt: timestamptz('dropped_at'),
    completionPercentage: pg
      .numeric('completion_percentage', { precision: 5, scale: 2 })
      .notNull()
      .default('0'),
    lastAccessedAt: timestamptz('last_accessed_at'),
    /** Version of the newest progress.updated applied; older events are ignored. */
    progressVersion: pg.integer('progress_version').notNull().default(0),
    paymentStatus: paymentStatus('payment_status'),
    paymentAmount: pg.numeric('payment_amount', { precision: 10, scale: 2 }),
    paymentId: pg.varchar('payment_id', { length: 255 }),
    /** Who took the money: 'stripe' or 'test' (refundable through it), 'manual' (an admin's grant). */
    paymentProvider: pg.varchar('payment_provider', { length: 20 }),
    /** The provider's checkout session while the seat is held for payment. */
    checkoutSessionId: pg.varchar('checkout_session_id', { length: 255 }),
    checkoutUrl: pg.text('checkout_url'),
    holdExpiresAt: timestamptz('hold_expires_at'),
    paidAt: timestamptz('paid_at'),
    /** Why a payment did not activate the enrollment (e.g. a wrong amount); for admins. */
    paymentIssue: pg.text('payment_issue'),
    /** Place in the course's waitlist queue (from course_seats.waitlist_seq); lower goes first. */
    waitlistNumber: pg.integer('waitlist_number'),
    enrollmentSource: pg.varchar('enrollment_source', { length: 100 }).notNull().default('web'),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at'),
  },
  (table) => [
    pg.unique('enrollments_student_course_key').on(table.studentId, table.courseId),
    pg.index('enrollments_course_status_idx').on(table.courseId, table.status),
    pg.index('enrollments_student_enrolled_idx').on(table.studentId, table.enrolledAt),
    pg.unique('enrollments_checkout_session_key').on(table.checkoutSessionId),
    pg.index('enrollments_hold_expires_idx').on(table.holdExpiresAt),
    // Not partial on status = 'waitlisted': a new enum value cannot be used in the migration adding it.
    pg.index('enrollments_waitlist_idx').on(table.courseId, table.waitlistNumber),
  ],
)

export const statusHistory = enrollmentsSchema.table(
  'enrollment_status_history',
  {
    id: pg.serial('id').primaryKey(),
    enrollmentId: foreignId('enrollment_id', () => enrollments.id, { onDelete: 'cascade' }),
    fromStatus: enrollmentStatus('from_status'),
    toStatus: enrollmentStatus('to_status').notNull(),
    reason: pg.text('reason'),
    /** The user who made the change; null when the system did (completion). */
    changedBy: pg.integer('changed_by'),
    changedAt: timestamptz('changed_at').notNull(),
  },
  (table) => [pg.index('enrollment_status_history_enrollment_idx').on(table.enrollmentId, table.id)],
)

/**
 * One row per capped course, locked FOR UPDATE while a seat is taken or freed, so max_students
 * holds and waitlist promotions happen one at a time across replicas. It keeps the cap last read
 * from course-service, so a seat freed without asking course-service (a drop, an account
 * deletion) still promotes the next waitlisted student.
 */
export const courseSeats = enrollmentsSchema.table('course_seats', {
  courseId: pg.integer('course_id').primaryKey(),
  maxStudents: pg.integer('max_students'),
  /** The last waitlist number handed out: FIFO order is the order students joined under the lock. */
  waitlistSeq: pg.integer('waitlist_seq').notNull().default(0),
})

/** Provider webhook events already applied, by the provider's event id (replays do nothing). */
export const paymentEvents = enrollmentsSchema.table('payment_events', {
  eventId: pg.varchar('event_id', { length: 255 }).primaryKey(),
  type: pg.varchar('type', { length: 100 }).notNull(),
  receivedAt: timestamptz('received_at').notNull(),
})

export const { outbox, processedEvents } = defineEventTables(enrollmentsSchema)
/** Idempotency-Key of POST /enrollments. */
export const idempotencyKeys = defineIdempotencyTable(enrollmentsSchema)
export const eventTables = { outbox, processedEvents }

export type EnrollmentRow = typeof enrollments.$inferSelect
export type StatusHistoryRow = typeof statusHistory.$inferSelect
export type EnrollmentStatus = (typeof enrollmentStatus.enumValues)[number]

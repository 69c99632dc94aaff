import { defineEventTables, defineIdempotencyTable } from '@smartcourse/service-kit'
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgSchema,
  serial,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core'

export const certificatesSchema = pgSchema('certificates')

/** Feeds the `SC-<year>-<number>` certificate numbers; gaps are fine, repeats are not. */
export const certificateNumberSeq = certificatesSchema.sequence('certificate_number_seq', { startWith: 1 })

export const certificates = certificatesSchema.table(
  'certificates',
  {
    id: serial('id').primaryKey(),
    // Unique: the database itself guarantees one certificate per enrollment.
    enrollmentId: integer('enrollment_id').notNull().unique(),
    studentId: integer('student_id').notNull(),
    courseId: integer('course_id').notNull(),
    certificateNumber: varchar('certificate_number', { length: 100 }).notNull().unique(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    verificationCode: varchar('verification_code', { length: 50 }).notNull().unique(),
    grade: varchar('grade', { length: 10 }).notNull(),
    scorePercentage: numeric('score_percentage', { precision: 5, scale: 2 }),
    /** graded | self_reported | none: how the quiz scores behind the grade were obtained. */
    assessment: varchar('assessment', { length: 20 }).notNull().default('none'),
    issuedById: integer('issued_by_id'),
    notes: text('notes'),
    isRevoked: boolean('is_revoked').notNull().default(false),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    // Snapshots taken at issue time: verification and the PDF work even when peers are down.
    studentName: text('student_name').notNull(),
    courseTitle: text('course_title').notNull(),
    instructorId: integer('instructor_id').notNull(),
    instructorName: text('instructor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('certificates_student_id_idx').on(table.studentId, table.createdAt)],
)

export const { outbox, processedEvents } = defineEventTables(certificatesSchema)
/** Idempotency-Key of the service's creating POST routes. */
export const idempotencyKeys = defineIdempotencyTable(certificatesSchema)

import { defineEventTables, defineIdempotencyTable, timestamptz } from '@smartcourse/service-kit'
import * as pg from 'drizzle-orm/pg-core'

export const certificatesSchema = pg.pgSchema('certificates')

/** Feeds the `SC-<year>-<number>` certificate numbers; gaps are fine, repeats are not. */
export const certificateNumberSeq = certificatesSchema.sequence('certificate_number_seq', { startWith: 1 })

export const certificates = certificatesSchema.table(
  'certificates',
  {
    id: pg.serial('id').primaryKey(),
    // Unique: the database itself guarantees one certificate per enrollment.
    enrollmentId: pg.integer('enrollment_id').notNull().unique(),
    studentId: pg.integer('student_id').notNull(),
    courseId: pg.integer('course_id').notNull(),
    certificateNumber: pg.varchar('certificate_number', { length: 100 }).notNull().unique(),
    issueDate: pg.date('issue_date', { mode: 'string' }).notNull(),
    verificationCode: pg.varchar('verification_code', { length: 50 }).notNull().unique(),
    grade: pg.varchar('grade', { length: 10 }).notNull(),
    scorePercentage: pg.numeric('score_percentage', { precision: 5, scale: 2 }),
    /** graded | self_reported | none: how the quiz scores behind the grade were obtained. */
    assessment: pg.varchar('assessment', { length: 20 }).notNull().default('none'),
    issuedById: pg.integer('issued_by_id'),
    notes: pg.text('notes'),
    isRevoked: pg.boolean('is_revoked').notNull().default(false),
    revokedAt: timestamptz('revoked_at'),
    revokedReason: pg.text('revoked_reason'),
    // Snapshots taken at issue time: verification and the PDF work even when peers are down.
    studentName: pg.text('student_name').notNull(),
    courseTitle: pg.text('course_title').notNull(),
    instructorId: pg.integer('instructor_id').notNull(),
    instructorName: pg.text('instructor_name').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [pg.index('certificates_student_id_idx').on(table.studentId, table.createdAt)],
)

export const { outbox, processedEvents } = defineEventTables(certificatesSchema)
/** Idempotency-Key of the service's creating POST routes. */
export const idempotencyKeys = defineIdempotencyTable(certificatesSchema)

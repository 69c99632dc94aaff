import { type Database, type Executor, preparedOnce } from '@smartcourse/service-kit'
import { and, asc, count, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm'
import {
  courseSeats,
  type EnrollmentRow,
  type EnrollmentStatus,
  enrollments,
  paymentEvents,
  statusHistory,
} from '../db/tables.js'

export type NewEnrollment = typeof enrollments.$inferInsert
export type EnrollmentChanges = Partial<Omit<NewEnrollment, 'id' | 'studentId' | 'courseId'>>
export interface HistoryEntry {
  enrollmentId: number
  fromStatus: EnrollmentStatus | null
  toStatus: EnrollmentStatus
  reason: string | null
  changedBy: number | null
  changedAt: Date
}

/**
 * Statuses that hold one of a course's `max_students` seats (suspended students may come back;
 * a pending_payment hold keeps the seat until it is paid or expires).
 */
export const SEAT_HOLDING_STATUSES: EnrollmentStatus[] = [
  'active',
  'completed',
  'suspended',
  'pending_payment',
]

/** Drizzle queries on enrollment-service's tables, bound to the database or to one transaction. */
export function createEnrollmentRepository(executor: Executor) {
  async function page(where: SQL | undefined, pageNumber: number, pageSize: number) {
    const [rows, [total]] = await Promise.all([
      executor
        .select()
        .from(enrollments)
        .where(where)
        .orderBy(desc(enrollments.enrolledAt), desc(enrollments.id))
        .limit(pageSize)
        .offset((pageNumber - 1) * pageSize),
      executor.select({ value: count() }).from(enrollments).where(where),
    ])
    return { rows, total: total?.value ?? 0 }
  }

  return {
    executor,

    async findById(id: number, options: { forUpdate?: boolean } = {}): Promise<EnrollmentRow | undefined> {
      if (options.forUpdate) {
        const [locked] = await executor.select().from(enrollments).where(eq(enrollments.id, id)).for('update')
        return locked
      }
      const query = preparedOnce(executor, 'enrollments_find_by_id', () =>
        executor
          .select()
          .from(enrollments)
          .where(eq(enrollments.id, sql.placeholder('id')))
          .prepare('enrollments_find_by_id'),
      )
      const [row] = await query.execute({ id })
      return row
    },

    async findByStudentAndCourse(studentId: number, courseId: number): Promise<EnrollmentRow | undefined> {
      const [row] = await executor
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.studentId, studentId), eq(enrollments.courseId, courseId)))
      return row
    },

    async findByCheckoutSession(sessionId: string): Promise<EnrollmentRow | undefined> {
      const [row] = await executor
        .select()
        .from(enrollments)
        .where(eq(enrollments.checkoutSessionId, sessionId))
        .for('update')
      return row
    },

    async findByPaymentId(paymentId: string): Promise<EnrollmentRow | undefined> {
      const [row] = await executor
        .select()
        .from(enrollments)
        .where(eq(enrollments.paymentId, paymentId))
        .for('update')
      return row
    },

    /** Held seats whose hold ended by `now` (of one course, when given), locked; rows others hold are skipped. */
    listExpiredHolds(now: Date, courseId?: number): Promise<EnrollmentRow[]> {
      return executor
        .select()
        .from(enrollments)
        .where(
          and(
            eq(enrollments.status, 'pending_payment'),
            lte(enrollments.holdExpiresAt, now),
            courseId === undefined ? undefined : eq(enrollments.courseId, courseId),
          ),
        )
        .orderBy(asc(enrollments.id))
        .limit(100)
        .for('update', { skipLocked: true })
    },

    /** Records a provider event id; false when it was already recorded (a replay). */
    async recordPaymentEvent(eventId: string, type: string, receivedAt: Date): Promise<boolean> {
      const rows = await executor
        .insert(paymentEvents)
        .values({ eventId, type, receivedAt })
        .onConflictDoNothing()
        .returning()
      return rows.length > 0
    },

    /** The student's enrollments in any of `statuses`, locked until the transaction ends (id order). */
    listByStudentForUpdate(studentId: number, statuses: EnrollmentStatus[]): Promise<EnrollmentRow[]> {
      return executor
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.studentId, studentId), inArray(enrollments.status, statuses)))
        .orderBy(asc(enrollments.id))
        .for('update')
    },

    /** Serializes seat-taking for one course until the surrounding transaction ends. */
    async lockCourseSeats(courseId: number) {
      await executor.insert(courseSeats).values({ courseId }).onConflictDoNothing()
      await executor.select().from(courseSeats).where(eq(courseSeats.courseId, courseId)).for('update')
    },

    async countSeatsTaken(courseId: number): Promise<number> {
      const [row] = await executor
        .select({ value: count() })
        .from(enrollments)
        .where(and(eq(enrollments.courseId, courseId), inArray(enrollments.status, SEAT_HOLDING_STATUSES)))
      return row?.value ?? 0
    },

    /** Inserts unless the student already has an enrollment in the course (then undefined). */
    async insert(values: NewEnrollment): Promise<EnrollmentRow | undefined> {
      const [row] = await executor
        .insert(enrollments)
        .values(values)
        .onConflictDoNothing({ target: [enrollments.studentId, enrollments.courseId] })
        .returning()
      return row
    },

    /** Updates the row only while it still has `expectedStatus` (when given); undefined otherwise. */
    async update(
      id: number,
      changes: EnrollmentChanges,
      expectedStatus?: EnrollmentStatus,
    ): Promise<EnrollmentRow | undefined> {
      const where = expectedStatus
        ? and(eq(enrollments.id, id), eq(enrollments.status, expectedStatus))
        : eq(enrollments.id, id)
      const [row] = await executor.update(enrollments).set(changes).where(where).returning()
      return row
    },

    async addHistory(entry: HistoryEntry) {
      await executor.insert(statusHistory).values(entry)
    },

    listHistory(enrollmentId: number) {
      return executor
        .select()
        .from(statusHistory)
        .where(eq(statusHistory.enrollmentId, enrollmentId))
        .orderBy(asc(statusHistory.id))
    },

    listByStudent(
      studentId: number,
      status: EnrollmentStatus | undefined,
      pageNumber: number,
      pageSize: number,
    ) {
      const where = and(
        eq(enrollments.studentId, studentId),
        status ? eq(enrollments.status, status) : undefined,
      )
      return page(where, pageNumber, pageSize)
    },

    listByCourse(
      courseId: number,
      status: EnrollmentStatus | undefined,
      pageNumber: number,
      pageSize: number,
    ) {
      const where = and(
        eq(enrollments.courseId, courseId),
        status ? eq(enrollments.status, status) : undefined,
      )
      return page(where, pageNumber, pageSize)
    },
  }
}

export type EnrollmentRepository = ReturnType<typeof createEnrollmentRepository>

/** Runs `work` in one transaction with a repository bound to it. */
export function inTransaction<T>(
  db: Database,
  work: (repository: EnrollmentRepository) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(createEnrollmentRepository(tx)))
}

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
 * Statuses that hold one of a course's `max_students` seats (a pending_payment hold keeps the
 * seat until it is paid or expires). Suspending a student frees the seat for the waitlist (issue
 * 15); coming back takes a free seat again. Waitlisted students hold none.
 */
export const SEAT_HOLDING_STATUSES: EnrollmentStatus[] = ['active', 'completed', 'pending_payment']

/** Drizzle queries on enrollment-service's tables, bound to the database or to one transaction. */
/** The enrollments matching `of`, narrowed to one status when given. */
function withStatus(of: SQL, status: EnrollmentStatus | undefined) {
  return and(of, status ? eq(enrollments.status, status) : undefined)
}

export function createEnrollmentRepository(executor: Executor) {
  async function page(where: SQL | undefined, pageNumber: number, pageSize: number, queueOrder = false) {
    const order = queueOrder
      ? [asc(enrollments.waitlistNumber), asc(enrollments.id)]
      : [desc(enrollments.enrolledAt), desc(enrollments.id)]
    const [rows, [total]] = await Promise.all([
      executor
        .select()
        .from(enrollments)
        .where(where)
        .orderBy(...order)
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

    /** Locked unless `forUpdate: false`. */
    async findByCheckoutSession(sessionId: string, options = { forUpdate: true }) {
      const query = executor.select().from(enrollments).where(eq(enrollments.checkoutSessionId, sessionId))
      const [row] = options.forUpdate ? await query.for('update') : await query
      return row as EnrollmentRow | undefined
    },

    /** Locked unless `forUpdate: false`. */
    async findByPaymentId(paymentId: string, options = { forUpdate: true }) {
      const query = executor.select().from(enrollments).where(eq(enrollments.paymentId, paymentId))
      const [row] = options.forUpdate ? await query.for('update') : await query
      return row as EnrollmentRow | undefined
    },

    /**
     * Held seats whose hold ended by `now` (of one course, when given), locked (rows others hold
     * are skipped) unless `lock` is false.
     */
    listExpiredHolds(now: Date, courseId?: number, lock = true): Promise<EnrollmentRow[]> {
      const query = executor
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
      return lock ? query.for('update', { skipLocked: true }) : query
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

    /** The courses (ascending ids) where the student has an enrollment in any of `statuses`; no locks. */
    async courseIdsOfStudent(studentId: number, statuses: EnrollmentStatus[]): Promise<number[]> {
      const rows = await executor
        .selectDistinct({ courseId: enrollments.courseId })
        .from(enrollments)
        .where(and(eq(enrollments.studentId, studentId), inArray(enrollments.status, statuses)))
        .orderBy(asc(enrollments.courseId))
      return rows.map((row) => row.courseId)
    },

    /**
     * Serializes seat-taking and seat-freeing for one course until the surrounding transaction
     * ends, recording the cap just read from course-service.
     */
    async lockCourseSeats(courseId: number, maxStudents: number | null) {
      const [row] = await executor
        .insert(courseSeats)
        .values({ courseId, maxStudents })
        .onConflictDoUpdate({ target: courseSeats.courseId, set: { maxStudents } })
        .returning()
      return row!
    },

    /** The course's seat row, locked, if the course ever had a cap (only those can have a waitlist). */
    async lockKnownCourseSeats(courseId: number) {
      const [row] = await executor
        .select()
        .from(courseSeats)
        .where(eq(courseSeats.courseId, courseId))
        .for('update')
      return row
    },

    /** The next waitlist number of the course (the caller holds the seat row lock). */
    async nextWaitlistNumber(courseId: number): Promise<number> {
      const [row] = await executor
        .update(courseSeats)
        .set({ waitlistSeq: sql`${courseSeats.waitlistSeq} + 1` })
        .where(eq(courseSeats.courseId, courseId))
        .returning({ seq: courseSeats.waitlistSeq })
      return row!.seq
    },

    /** The first `limit` waitlisted enrollments of the course in queue order, locked. */
    listWaitlistHeadForUpdate(courseId: number, limit?: number): Promise<EnrollmentRow[]> {
      const query = executor
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, 'waitlisted')))
        .orderBy(asc(enrollments.waitlistNumber), asc(enrollments.id))
      return (limit === undefined ? query : query.limit(limit)).for('update')
    },

    async countWaitlisted(courseId: number): Promise<number> {
      const [row] = await executor
        .select({ value: count() })
        .from(enrollments)
        .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, 'waitlisted')))
      return row?.value ?? 0
    },

    /** Waitlist positions (1 = next to be promoted) of these enrollments, by id; others are absent. */
    async waitlistPositions(rows: Pick<EnrollmentRow, 'id' | 'courseId' | 'status'>[]) {
      const waiting = rows.filter((row) => row.status === 'waitlisted')
      const positions = new Map<number, number>()
      if (waiting.length === 0) return positions
      const courseIds = [...new Set(waiting.map((row) => row.courseId))]
      const ranked = executor
        .select({
          id: enrollments.id,
          position:
            sql<number>`row_number() over (partition by ${enrollments.courseId} order by ${enrollments.waitlistNumber}, ${enrollments.id})`
              .mapWith(Number)
              .as('position'),
        })
        .from(enrollments)
        .where(and(inArray(enrollments.courseId, courseIds), eq(enrollments.status, 'waitlisted')))
        .as('ranked')
      const found = await executor
        .select()
        .from(ranked)
        .where(
          inArray(
            ranked.id,
            waiting.map((row) => row.id),
          ),
        )
      for (const row of found) positions.set(row.id, Number(row.position))
      return positions
    },

    /** Which of `courseIds` the student has completed. */
    async completedCourseIds(studentId: number, courseIds: number[]): Promise<Set<number>> {
      if (courseIds.length === 0) return new Set()
      const rows = await executor
        .select({ courseId: enrollments.courseId })
        .from(enrollments)
        .where(
          and(
            eq(enrollments.studentId, studentId),
            inArray(enrollments.courseId, courseIds),
            eq(enrollments.status, 'completed'),
          ),
        )
      return new Set(rows.map((row) => row.courseId))
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

    /**
     * Several enrollments' progress in one statement, each only when its version is newer than
     * the one applied (a completed enrollment keeps its percentage). The rows are locked in id
     * order first, the order every batch takes, so two batches never deadlock each other.
     * Returns the rows it moved.
     */
    async applyProgress(updates: ProgressUpdate[], now: Date) {
      if (updates.length === 0) return []
      await executor
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(
          inArray(
            enrollments.id,
            updates.map((update) => update.enrollmentId),
          ),
        )
        .orderBy(asc(enrollments.id))
        .for('update')
      const values = sql.join(
        updates.map(
          (update) =>
            sql`(${update.enrollmentId}::integer, ${update.version}::integer, ${update.lastAccessedAt.toISOString()}::timestamptz, ${update.completionPercentage.toFixed(2)}::numeric)`,
        ),
        sql`, `,
      )
      // Both drivers (node-postgres, PGlite) answer raw queries with `{ rows }`.
      const { rows } = (await executor.execute(sql`
        update ${enrollments} as e set
          progress_version = v.version,
          last_accessed_at = v.accessed,
          started_at = coalesce(e.started_at, v.accessed),
          updated_at = ${now.toISOString()}::timestamptz,
          completion_percentage = case when e.status = 'completed' then e.completion_percentage else v.percentage end
        from (values ${values}) as v(id, version, accessed, percentage)
        where e.id = v.id and v.version > e.progress_version
        returning e.id, e.status, e.student_id, e.course_id`)) as unknown as {
        rows: Array<{ id: number; status: EnrollmentStatus; student_id: number; course_id: number }>
      }
      return rows.map((row) => ({
        id: Number(row.id),
        status: row.status,
        studentId: Number(row.student_id),
        courseId: Number(row.course_id),
      }))
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
      return page(withStatus(eq(enrollments.studentId, studentId), status), pageNumber, pageSize)
    },

    /** The roster, newest first; the waitlist alone (status=waitlisted) in queue order. */
    listByCourse(
      courseId: number,
      status: EnrollmentStatus | undefined,
      pageNumber: number,
      pageSize: number,
    ) {
      const where = withStatus(eq(enrollments.courseId, courseId), status)
      return page(where, pageNumber, pageSize, status === 'waitlisted')
    },
  }
}

export type EnrollmentRepository = ReturnType<typeof createEnrollmentRepository>

/** One enrollment's progress as a progress.updated event carries it. */
export interface ProgressUpdate {
  enrollmentId: number
  version: number
  lastAccessedAt: Date
  completionPercentage: number
}

/**
 * What the rules need of storage: a repository, and one bound to a transaction for `work`
 * (the service's unit tests pass in-memory ones).
 */
export interface EnrollmentStorage {
  repository: EnrollmentRepository
  transaction<T>(work: (repository: EnrollmentRepository) => Promise<T>): Promise<T>
}

export function enrollmentStorageOf(db: Database): EnrollmentStorage {
  return { repository: createEnrollmentRepository(db), transaction: (work) => inTransaction(db, work) }
}

/** Runs `work` in one transaction with a repository bound to it. */
export function inTransaction<T>(
  db: Database,
  work: (repository: EnrollmentRepository) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(createEnrollmentRepository(tx)))
}

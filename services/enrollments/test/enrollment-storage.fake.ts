import type { EnrollmentRow, EnrollmentStatus } from '../src/db/tables.js'
import {
  type EnrollmentChanges,
  type EnrollmentRepository,
  type EnrollmentStorage,
  type HistoryEntry,
  type NewEnrollment,
  SEAT_HOLDING_STATUSES,
} from '../src/enrollments/enrollment.repository.js'

/**
 * EnrollmentStorage in memory, for unit tests of the rules: the repository methods enrolling and
 * changing status use, with the unique (student, course) key and the conditional update of the
 * SQL one. A transaction works on a copy and keeps it only if `work` succeeds (no locks: tests
 * run one use case at a time).
 */
export function createFakeEnrollmentStorage() {
  let rows = new Map<number, EnrollmentRow>()
  let history: HistoryEntry[] = []
  let waitlistSeq = new Map<number, number>()
  let lastId = 0

  const inCourse = (courseId: number, statuses: EnrollmentStatus[]) =>
    [...rows.values()].filter((row) => row.courseId === courseId && statuses.includes(row.status))
  const waitlistOf = (courseId: number) =>
    inCourse(courseId, ['waitlisted']).sort(
      (a, b) => (a.waitlistNumber ?? 0) - (b.waitlistNumber ?? 0) || a.id - b.id,
    )

  const repository = {
    executor: {},
    async findById(id: number) {
      return rows.get(id)
    },
    async findByStudentAndCourse(studentId: number, courseId: number) {
      return [...rows.values()].find((row) => row.studentId === studentId && row.courseId === courseId)
    },
    async lockCourseSeats(courseId: number, maxStudents: number | null) {
      if (!waitlistSeq.has(courseId)) waitlistSeq.set(courseId, 0)
      return { courseId, maxStudents, waitlistSeq: waitlistSeq.get(courseId)! }
    },
    async lockKnownCourseSeats(courseId: number) {
      return waitlistSeq.has(courseId) ? { courseId, maxStudents: null, waitlistSeq: 0 } : undefined
    },
    async listExpiredHolds(now: Date, courseId?: number) {
      return [...rows.values()].filter(
        (row) =>
          row.status === 'pending_payment' &&
          row.holdExpiresAt !== null &&
          row.holdExpiresAt <= now &&
          (courseId === undefined || row.courseId === courseId),
      )
    },
    async nextWaitlistNumber(courseId: number) {
      const next = (waitlistSeq.get(courseId) ?? 0) + 1
      waitlistSeq.set(courseId, next)
      return next
    },
    async countSeatsTaken(courseId: number) {
      return inCourse(courseId, SEAT_HOLDING_STATUSES).length
    },
    async countWaitlisted(courseId: number) {
      return inCourse(courseId, ['waitlisted']).length
    },
    async listWaitlistHeadForUpdate(courseId: number, limit?: number) {
      return waitlistOf(courseId).slice(0, limit)
    },
    async waitlistPositions(list: Pick<EnrollmentRow, 'id' | 'courseId' | 'status'>[]) {
      const positions = new Map<number, number>()
      for (const row of list.filter((r) => r.status === 'waitlisted'))
        positions.set(row.id, waitlistOf(row.courseId).findIndex((w) => w.id === row.id) + 1)
      return positions
    },
    async completedCourseIds(studentId: number, courseIds: number[]) {
      const done = [...rows.values()].filter(
        (row) =>
          row.studentId === studentId && row.status === 'completed' && courseIds.includes(row.courseId),
      )
      return new Set(done.map((row) => row.courseId))
    },
    async insert(values: NewEnrollment) {
      if (await repository.findByStudentAndCourse(values.studentId, values.courseId)) return undefined
      lastId += 1
      const row = { ...defaults(), ...values, id: lastId } as EnrollmentRow
      rows.set(row.id, row)
      return row
    },
    async update(id: number, changes: EnrollmentChanges, expectedStatus?: EnrollmentStatus) {
      const row = rows.get(id)
      if (!row || (expectedStatus && row.status !== expectedStatus)) return undefined
      const updated = { ...row, ...changes } as EnrollmentRow
      rows.set(id, updated)
      return updated
    },
    async addHistory(entry: HistoryEntry) {
      history.push(entry)
    },
  }

  const storage: EnrollmentStorage = {
    // Only the methods above exist; a use case reaching for another fails loudly.
    repository: repository as unknown as EnrollmentRepository,
    async transaction(work) {
      const saved = { rows: new Map(rows), history: [...history], waitlistSeq: new Map(waitlistSeq), lastId }
      try {
        return await work(storage.repository)
      } catch (error) {
        ;({ rows, history, waitlistSeq, lastId } = saved)
        throw error
      }
    },
  }

  return {
    storage,
    /** A row as another use case left it (a dropped enrollment, a full course's seats). */
    seed: (values: NewEnrollment) => repository.insert(values) as Promise<EnrollmentRow>,
    row: (id: number) => rows.get(id),
    historyOf: (enrollmentId: number) => history.filter((entry) => entry.enrollmentId === enrollmentId),
  }
}

function defaults(): Partial<EnrollmentRow> {
  return {
    status: 'active',
    startedAt: null,
    completedAt: null,
    droppedAt: null,
    completionPercentage: '0',
    lastAccessedAt: null,
    progressVersion: 0,
    paymentStatus: null,
    paymentAmount: null,
    paymentId: null,
    paymentProvider: null,
    checkoutSessionId: null,
    checkoutUrl: null,
    holdExpiresAt: null,
    paidAt: null,
    paymentIssue: null,
    waitlistNumber: null,
    enrollmentSource: 'web',
    updatedAt: null,
  }
}

import { randomUUID } from 'node:crypto'
import type {
  CourseOutline,
  InternalEnrollment,
  InternalProgress,
  InternalUser,
} from '@smartcourse/contracts'
import type { Actor, Executor } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { EnrollmentNotCompletedError } from './certificate.errors.js'
import type { CertificateRepository, CertificateRow } from './certificate.repository.js'
import { type CertificateServiceDeps, createCertificateService } from './certificate.service.js'
import type { CertificateTransactions } from './certificate-transactions.js'

// The issuing rules against in-memory fakes of the repository, the transactions and the peers:
// no HTTP, no database.

function createFakeRepository() {
  const rows: CertificateRow[] = []
  let sequence = 0
  const repository: CertificateRepository = {
    findById: async (_executor, id) => rows.find((row) => row.id === id),
    findByEnrollment: async (_executor, enrollmentId) =>
      rows.find((row) => row.enrollmentId === enrollmentId),
    findByCodeOrNumber: async (_executor, keys) =>
      rows.find(
        (row) =>
          keys.codes.includes(row.verificationCode) || row.certificateNumber === keys.certificateNumber,
      ),
    revokedIdsBetween: async (_executor, from, to) =>
      rows.filter((row) => row.isRevoked && row.id >= from && row.id < to).map((row) => row.id),
    listByStudent: async (_executor, studentId) =>
      rows.filter((row) => row.studentId === studentId).reverse(),
    nextCertificateSequence: async () => ++sequence,
    async insertUnlessIssued(_executor, certificate) {
      if (rows.some((row) => row.enrollmentId === certificate.enrollmentId)) return undefined
      const row: CertificateRow = {
        id: rows.length + 1,
        scorePercentage: null,
        assessment: 'none',
        issuedById: null,
        notes: null,
        isRevoked: false,
        revokedAt: null,
        revokedReason: null,
        createdAt: new Date(),
        ...certificate,
      }
      rows.push(row)
      return row
    },
    async revoke(_executor, id, revocation) {
      const row = rows.find((candidate) => candidate.id === id && !candidate.isRevoked)
      if (!row) return undefined
      Object.assign(row, { isRevoked: true, ...revocation })
      return row
    },
  }
  return { repository, rows }
}

/** Transactions that run the work at once and remember processed event ids. */
function createFakeTransactions(): CertificateTransactions {
  const tx = {} as Executor
  const processed = new Set<string>()
  return {
    reads: tx,
    run: (work) => work(tx),
    async runOnce(event, work) {
      if (processed.has(event.id)) return false
      processed.add(event.id)
      await work(tx)
      return true
    },
  }
}

function user(id: number, fullName: string): InternalUser {
  const [first, last] = fullName.split(' ')
  return {
    id,
    email: `u${id}@example.test`,
    username: `u${id}`,
    first_name: first ?? null,
    last_name: last ?? null,
    full_name: fullName,
    role: 'student',
    is_active: true,
    is_verified: true,
  }
}

const COURSE_ID = 30
const STUDENT_ID = 10
const INSTRUCTOR_ID = 20
const ENROLLMENT_ID = 40

const outline: CourseOutline = {
  course_id: COURSE_ID,
  status: 'published',
  instructor_id: INSTRUCTOR_ID,
  title: 'Distributed Systems',
  price: '0.00',
  max_students: null,
  modules: [{ module_id: 1, title: 'One' }],
  lessons: [
    { lesson_id: 101, module_id: 1, type: 'video', is_mandatory: true },
    { lesson_id: 102, module_id: 1, type: 'quiz', is_mandatory: true, question_count: 3 },
    { lesson_id: 103, module_id: 1, type: 'quiz', is_mandatory: true, question_count: 3 },
  ],
}

function createFixture(
  options: { enrollment?: Partial<InternalEnrollment>; scores?: Record<string, number> } = {},
) {
  const { repository, rows } = createFakeRepository()
  const published: Array<{ type: string; payload: unknown }> = []
  const calls: string[] = []
  const users = new Map([
    [STUDENT_ID, user(STUDENT_ID, 'Ada Lovelace')],
    [INSTRUCTOR_ID, user(INSTRUCTOR_ID, 'Grace Hopper')],
  ])
  const enrollment: InternalEnrollment = {
    id: ENROLLMENT_ID,
    student_id: STUDENT_ID,
    course_id: COURSE_ID,
    status: 'completed',
    completed_at: '2026-12-01T10:00:00.000Z',
    ...options.enrollment,
  }
  const progress: InternalProgress = {
    enrollment_id: ENROLLMENT_ID,
    completed_lessons: [101, 102, 103],
    quiz_scores: options.scores ?? { '102': 90, '103': 70 },
    self_reported_quizzes: [],
  }
  const deps: CertificateServiceDeps = {
    repository,
    transactions: createFakeTransactions(),
    clock: { now: () => new Date('2026-12-01T12:00:00.000Z') },
    users: {
      findUser: async (id) => {
        calls.push(`user ${id}`)
        return users.get(id)
      },
    },
    courses: {
      findOutline: async (id) => {
        calls.push(`outline ${id}`)
        return id === COURSE_ID ? outline : undefined
      },
    },
    enrollments: { findEnrollment: async (id) => (id === enrollment.id ? enrollment : undefined) },
    progress: {
      getProgress: async (id) => {
        calls.push(`progress ${id}`)
        return progress
      },
    },
    publicBaseUrl: 'http://localhost:8088',
    branding: { platformName: 'SmartCourse' },
    logger: { warn() {} },
    outbox: {
      async publish(_executor, type, payload) {
        published.push({ type, payload })
        return randomUUID()
      },
      nudge: async () => {},
    },
  }
  return { service: createCertificateService(deps), rows, published, calls }
}

const admin: Actor = { id: 1, role: 'admin', email: 'admin@example.test', jti: 'jti', expiresAt: 0 }
const completed = { enrollment_id: ENROLLMENT_ID, student_id: STUDENT_ID, course_id: COURSE_ID }
const event = (id: string) => ({ id, type: 'enrollment.completed' })

describe('certificate issuance', () => {
  it('issues one certificate per enrollment however often the completion arrives', async () => {
    const { service, rows, published } = createFixture()
    expect(await service.issueOnCompletion(event('e1'), completed)).toBe(true)
    expect(await service.issueOnCompletion(event('e1'), completed)).toBe(false)
    expect(await service.issueOnCompletion(event('e2'), completed)).toBe(false)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      enrollmentId: ENROLLMENT_ID,
      certificateNumber: 'SC-2026-000001',
      issueDate: '2026-12-01',
      issuedById: null,
    })
    expect(published.map((entry) => entry.type)).toEqual(['certificate.issued'])
    expect(published[0]!.payload).toMatchObject({
      certificate_id: rows[0]!.id,
      course_title: 'Distributed Systems',
    })
  })

  it('grades from the scores progress-service keeps, with names and title read from the peers', async () => {
    const { service, rows, calls } = createFixture({ scores: { '102': 90, '103': 70 } })
    await service.issueOnCompletion(event('e1'), completed)
    expect(rows[0]).toMatchObject({
      grade: 'B',
      scorePercentage: '80.00',
      assessment: 'graded',
      studentName: 'Ada Lovelace',
      instructorId: INSTRUCTOR_ID,
      instructorName: 'Grace Hopper',
      courseTitle: 'Distributed Systems',
    })
    expect(calls.sort()).toEqual([
      `outline ${COURSE_ID}`,
      `progress ${ENROLLMENT_ID}`,
      `user ${STUDENT_ID}`,
      `user ${INSTRUCTOR_ID}`,
    ])
  })

  it('counts a mandatory quiz never submitted as 0', async () => {
    const { service, rows } = createFixture({ scores: { '102': 100 } })
    await service.issueOnCompletion(event('e1'), completed)
    expect(rows[0]).toMatchObject({ grade: 'F', scorePercentage: '50.00' })
  })

  it('refuses a manual issue while the enrollment is not completed, and writes nothing', async () => {
    const { service, rows, published } = createFixture({
      enrollment: { status: 'active', completed_at: null },
    })
    await expect(service.issueManually(admin, ENROLLMENT_ID)).rejects.toBeInstanceOf(
      EnrollmentNotCompletedError,
    )
    expect(rows).toEqual([])
    expect(published).toEqual([])
  })

  it('issues by hand once the enrollment is completed, naming the admin who did', async () => {
    const { service, rows } = createFixture()
    const row = await service.issueManually(admin, ENROLLMENT_ID)
    expect(row).toMatchObject({ issuedById: 1, grade: 'B' })
    expect(rows).toHaveLength(1)
  })

  it('issues nothing for a course that no longer exists, and does not ask again', async () => {
    const { service, rows } = createFixture()
    expect(await service.issueOnCompletion(event('e1'), { ...completed, course_id: 999 })).toBe(true)
    expect(rows).toEqual([])
  })
})

import type {
  CourseOutline,
  CoursesClient,
  EnrollmentsClient,
  InternalEnrollment,
} from '@smartcourse/contracts'
import {
  type Database,
  NotFoundError,
  type Role,
  type ServiceClient,
  type ServiceRequest,
  ServiceUnavailableError,
} from '@smartcourse/service-kit'
import { createTestDeps } from '@smartcourse/service-kit/testing'
import { sql } from 'drizzle-orm'
import type { ProgressConfig } from '../src/config.js'
import { buildApp, type ProgressDeps } from '../src/index.js'

/** Ids no other test file or earlier run against the same database has used. */
export function createIdSource(db: Database) {
  // Parallel test files may race on IF NOT EXISTS; the loser simply tries again.
  const ready = db
    .execute(sql`create sequence if not exists public.sc_test_ids`)
    .catch(() => db.execute(sql`create sequence if not exists public.sc_test_ids`))
  return async () => {
    await ready
    const result = await db.execute(sql`select nextval('public.sc_test_ids')::int as id`)
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number }[]
    return Number(rows[0]!.id)
  }
}

/** A CoursesClient backed by a map; `down` makes every call fail like an unreachable peer. */
export function createFakeCourses() {
  const outlines = new Map<number, CourseOutline>()
  const state = { down: false }
  const client: CoursesClient = {
    async findOutline(courseId) {
      if (state.down) throw new ServiceUnavailableError('course-service is unavailable')
      const outline = outlines.get(courseId)
      return outline && structuredClone(outline)
    },
    async getOutline(courseId) {
      const outline = await client.findOutline(courseId)
      if (!outline) throw new NotFoundError(`Course ${courseId} not found`)
      return outline
    },
  }
  return { client, outlines, state }
}

/** An EnrollmentsClient backed by a map; `down` makes every call fail like an unreachable peer. */
export function createFakeEnrollments() {
  const enrollments = new Map<number, InternalEnrollment>()
  const state = { down: false }
  const find = async (id: number) => {
    if (state.down) throw new ServiceUnavailableError('enrollment-service is unavailable')
    const enrollment = enrollments.get(id)
    return enrollment && { ...enrollment }
  }
  const client: EnrollmentsClient = {
    findEnrollment: find,
    async getEnrollment(id) {
      const enrollment = await find(id)
      if (!enrollment) throw new NotFoundError(`Enrollment ${id} not found`)
      return enrollment
    },
    async findByStudentAndCourse(studentId, courseId) {
      if (state.down) throw new ServiceUnavailableError('enrollment-service is unavailable')
      return [...enrollments.values()].find((e) => e.student_id === studentId && e.course_id === courseId)
    },
  }
  return { client, enrollments, state }
}

/** A subscriber's POST /internal/events: records envelopes, or fails like a stopped service. */
export function createFakeSubscriber() {
  const received: ServiceRequest[] = []
  const state = { down: false, attempts: 0 }
  const client: ServiceClient = {
    async request<T>(request: ServiceRequest) {
      state.attempts += 1
      if (state.down) throw new ServiceUnavailableError('enrollment-service is unavailable')
      received.push(request)
      return { status: 200, body: { status: 'processed' } as T }
    },
  }
  return { client, received, state }
}

/**
 * A course of three modules: m1 = l1, l2 (mandatory) + l3 (optional); m2 = l4 (mandatory quiz) +
 * l5 (mandatory); m3 = l6 (optional). Module and lesson ids are unique within the course only.
 */
export function standardLessons(): Pick<CourseOutline, 'modules' | 'lessons'> {
  return {
    modules: [
      { module_id: 1, title: 'One' },
      { module_id: 2, title: 'Two' },
      { module_id: 3, title: 'Three' },
    ],
    lessons: [
      { lesson_id: 1, module_id: 1, type: 'video', is_mandatory: true },
      { lesson_id: 2, module_id: 1, type: 'text', is_mandatory: true },
      { lesson_id: 3, module_id: 1, type: 'text', is_mandatory: false },
      { lesson_id: 4, module_id: 2, type: 'quiz', is_mandatory: true },
      { lesson_id: 5, module_id: 2, type: 'assignment', is_mandatory: true },
      { lesson_id: 6, module_id: 3, type: 'text', is_mandatory: false },
    ],
  }
}

/** One app per test file with fake peers, against PGlite or DATABASE_URL/REDIS_URL. */
export async function createProgressTestApp(overrides: Partial<ProgressDeps> = {}) {
  const deps = await createTestDeps()
  const courses = createFakeCourses()
  const enrollments = createFakeEnrollments()
  const subscriber = createFakeSubscriber()
  const config: ProgressConfig = {
    ...deps.config,
    LOG_LEVEL: deps.config.LOG_LEVEL as ProgressConfig['LOG_LEVEL'],
    PORT: 0,
    COURSE_SERVICE_URL: 'http://127.0.0.1:9',
    ENROLLMENT_SERVICE_URL: 'http://127.0.0.1:9',
    OUTBOX_POLL_INTERVAL_MS: 50,
  }
  const app = await buildApp(config, {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    requestLogging: false,
    courses: courses.client,
    enrollments: enrollments.client,
    enrollmentEvents: subscriber.client,
    ...overrides,
  })
  await app.ready()
  const nextId = createIdSource(deps.database.db)

  async function user(role: Role = 'student') {
    const id = await nextId()
    const { token } = deps.tokens.issueAccessToken({ id, email: `user${id}@example.com`, role })
    return { id, role, headers: { authorization: `Bearer ${token}` } }
  }

  async function course(overrides: Partial<CourseOutline> = {}) {
    const courseId = await nextId()
    const outline: CourseOutline = {
      course_id: courseId,
      status: 'published',
      instructor_id: await nextId(),
      title: `Course ${courseId}`,
      price: '0.00',
      max_students: null,
      ...standardLessons(),
      ...overrides,
    }
    courses.outlines.set(courseId, outline)
    return outline
  }

  /** A student enrolled in a (fresh, standard) course, with its instructor. */
  async function enrollment(
    options: { outline?: Partial<CourseOutline>; status?: InternalEnrollment['status'] } = {},
  ) {
    const instructor = await user('instructor')
    const student = await user()
    const outline = await course({ instructor_id: instructor.id, ...options.outline })
    const id = await nextId()
    const record: InternalEnrollment = {
      id,
      student_id: student.id,
      course_id: outline.course_id,
      status: options.status ?? 'active',
      completed_at: null,
    }
    enrollments.enrollments.set(id, record)
    return { id, instructor, student, outline, record }
  }

  return {
    app,
    deps,
    courses,
    enrollments,
    subscriber,
    user,
    course,
    enrollment,
    serviceHeaders: () => ({ authorization: `Bearer ${deps.tokens.issueServiceToken('test-service')}` }),
    /** progress.updated payloads delivered for one enrollment, in delivery order. */
    deliveredFor(enrollmentId: number) {
      return subscriber.received
        .map(
          (request) =>
            request.body as {
              type: string
              payload: { enrollment_id: number; version: number; completion_percentage: number }
            },
        )
        .filter((event) => event.payload.enrollment_id === enrollmentId)
    },
    async close() {
      await app.close()
      await deps.close()
    },
  }
}

export type ProgressTestApp = Awaited<ReturnType<typeof createProgressTestApp>>

import type { Eligibility, EnrollmentsClient, InternalEnrollment } from '@smartcourse/contracts'
import { NotFoundError, type Role, ServiceUnavailableError } from '@smartcourse/service-kit'
import { createFakeSubscriber, createTestDeps } from '@smartcourse/service-kit/testing'
import { buildApp, type CoursesDeps } from '../src/app.js'
import type { CoursesConfig } from '../src/config.js'

type EnrollmentStatus = InternalEnrollment['status']

/** A stand-in for enrollment-service: tests say who is enrolled in what. */
export function createFakeEnrollments() {
  const enrollments = new Map<string, InternalEnrollment>()
  const unreachableFor = new Set<number>()
  let lookups = 0
  const eligibilityCalls: { studentId: number; courseId: number }[] = []
  let eligibility: Eligibility = {
    can_enroll: true,
    reasons: [],
    waitlist_position: null,
    enrolls_as: 'active',
  }
  const client: EnrollmentsClient = {
    async findEnrollment(id) {
      return [...enrollments.values()].find((e) => e.id === id)
    },
    async getEnrollment(id) {
      const enrollment = [...enrollments.values()].find((e) => e.id === id)
      if (!enrollment) throw new NotFoundError()
      return enrollment
    },
    async findByStudentAndCourse(studentId, courseId) {
      lookups += 1
      if (unreachableFor.has(studentId))
        throw new ServiceUnavailableError('enrollment-service is unavailable')
      return enrollments.get(`${studentId}:${courseId}`)
    },
    async eligibility(studentId, courseId) {
      eligibilityCalls.push({ studentId, courseId })
      return eligibility
    },
  }
  return {
    client,
    set(studentId: number, courseId: number, status: EnrollmentStatus) {
      enrollments.set(`${studentId}:${courseId}`, {
        id: enrollments.size + 1,
        student_id: studentId,
        course_id: courseId,
        status,
        completed_at: status === 'completed' ? new Date().toISOString() : null,
      })
    },
    /** Lookups for this student fail as if enrollment-service were down. */
    failFor(studentId: number) {
      unreachableFor.add(studentId)
    },
    get lookups() {
      return lookups
    },
    /** What enrollment-service's eligibility answers from now on, and who asked. */
    answerEligibility(answer: Eligibility) {
      eligibility = answer
    },
    eligibilityCalls,
  }
}

let userCounter = 0
/** User ids no earlier run against the same database has used (tokens are minted, not registered). */
function newUserId(): number {
  userCounter += 1
  return 1_000_000 + Math.floor(Math.random() * 1_000_000_000) + userCounter
}

export interface TestUser {
  id: number
  role: Role
  token: string
}

/** One app per test file (PGlite by default; Postgres/Redis when DATABASE_URL/REDIS_URL are set). */
export async function createTestApp(overrides: Partial<CoursesDeps> = {}) {
  const deps = await createTestDeps()
  const enrollments = createFakeEnrollments()
  const config: CoursesConfig = {
    ...deps.config,
    PORT: 0,
    MONGODB_DATABASE: 'smartcourse',
    ENROLLMENT_SERVICE_URL: 'http://127.0.0.1:9',
    PROGRESS_SERVICE_URL: 'http://127.0.0.1:9',
    OUTBOX_POLL_INTERVAL_MS: 50,
  }
  const enrollmentEvents = createFakeSubscriber()
  const progressEvents = createFakeSubscriber()
  const app = await buildApp(config, {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    requestLogging: false,
    enrollments: enrollments.client,
    enrollmentEvents: enrollmentEvents.client,
    progressEvents: progressEvents.client,
    ...overrides,
  })
  await app.ready()

  function user(role: Role): TestUser {
    const id = newUserId()
    return { id, role, token: deps.tokens.issueAccessToken({ id, email: `u${id}@example.test`, role }).token }
  }

  async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, as?: TestUser, body?: unknown) {
    const response = await app.inject({
      method,
      url,
      headers: as ? { authorization: `Bearer ${as.token}` } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    })
    return {
      status: response.statusCode,
      body: response.body ? response.json() : undefined,
      headers: response.headers,
    }
  }

  const api = {
    get: (url: string, as?: TestUser) => call('GET', url, as),
    post: (url: string, body: unknown, as?: TestUser) => call('POST', url, as, body),
    put: (url: string, body: unknown, as?: TestUser) => call('PUT', url, as, body),
    delete: (url: string, as?: TestUser) => call('DELETE', url, as),
  }

  /** A draft course of `owner`, returning its CourseResponse. */
  async function createCourse(owner: TestUser, fields: Record<string, unknown> = {}) {
    const response = await api.post('/courses', { title: 'A course about testing', ...fields }, owner)
    if (response.status !== 201)
      throw new Error(`create course: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body
  }

  async function addModule(owner: TestUser, courseId: number, fields: Record<string, unknown> = {}) {
    const response = await api.post(`/courses/${courseId}/modules`, { title: 'Module', ...fields }, owner)
    if (response.status !== 201)
      throw new Error(`add module: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body
  }

  async function addLesson(
    owner: TestUser,
    courseId: number,
    moduleId: number,
    fields: Record<string, unknown> = {},
  ) {
    const response = await api.post(
      `/courses/${courseId}/modules/${moduleId}/lessons`,
      { title: 'Lesson', type: 'text', content: 'secret body', duration_minutes: 10, ...fields },
      owner,
    )
    if (response.status !== 201)
      throw new Error(`add lesson: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body
  }

  /** A published course with one module and one lesson. */
  async function createPublishedCourse(owner: TestUser, fields: Record<string, unknown> = {}) {
    const course = await createCourse(owner, fields)
    const module = await addModule(owner, course.id)
    await addLesson(owner, course.id, module.module_id)
    const response = await api.post(`/courses/${course.id}/publish`, undefined, owner)
    if (response.status !== 200)
      throw new Error(`publish: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body
  }

  return {
    app,
    api,
    tokens: deps.tokens,
    enrollments,
    enrollmentEvents,
    progressEvents,
    user,
    createCourse,
    addModule,
    addLesson,
    createPublishedCourse,
    async close() {
      await app.close()
      await deps.close()
    },
  }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

import { createFakeEnrollments } from '@smartcourse/contracts/testing'
import type { Role } from '@smartcourse/service-kit'
import {
  createFakeSubscriber,
  createServiceTestApp,
  nextId,
  usePerFile,
} from '@smartcourse/service-kit/testing'
import { expect } from 'vitest'
import { buildApp, type CoursesDeps } from '../src/app.js'
import type { CoursesConfig } from '../src/config.js'

export interface TestUser {
  id: number
  role: Role
  token: string
}

/** One app per test file (PGlite by default; Postgres/Redis when DATABASE_URL/REDIS_URL are set). */
export async function createTestApp(
  overrides: Partial<CoursesDeps> = {},
  settings: Partial<Pick<CoursesConfig, 'CATALOG_PAGE_CACHE'>> = {},
) {
  const enrollments = createFakeEnrollments()
  const enrollmentEvents = createFakeSubscriber()
  const progressEvents = createFakeSubscriber()
  const { app, deps, close } = await createServiceTestApp({
    peers: ['ENROLLMENT_SERVICE_URL', 'PROGRESS_SERVICE_URL'],
    config: { MONGODB_DATABASE: 'smartcourse', ...settings },
    build: (config: CoursesConfig, wiring) =>
      buildApp(config, {
        ...wiring,
        enrollments: enrollments.client,
        enrollmentEvents: enrollmentEvents.client,
        progressEvents: progressEvents.client,
        ...overrides,
      }),
  })

  function user(role: Role): TestUser {
    const id = nextId()
    return { id, role, token: deps.tokens.issueAccessToken({ id, email: `u${id}@example.test`, role }).token }
  }

  /** A new student whose enrollment in `courseId` (in the fake enrollment-service) has `status`. */
  function enrolledStudent(courseId: number, status: Parameters<typeof enrollments.set>[2]): TestUser {
    const student = user('student')
    enrollments.set(student.id, courseId, status)
    return student
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
    enrolledStudent,
    createCourse,
    addModule,
    addLesson,
    createPublishedCourse,
    close,
  }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

/** The people most course tests act as: two instructors, a student and an admin. */
export interface Cast {
  t: TestApp
  owner: TestUser
  otherInstructor: TestUser
  student: TestUser
  admin: TestUser
}

/** The file's app, started before its tests and closed after them, and its cast for `onStart`. */
export function useTestAppWithCast(onStart: (cast: Cast) => void) {
  usePerFile(createTestApp, (t) => {
    const [owner, otherInstructor, student, admin] = [
      t.user('instructor'),
      t.user('instructor'),
      t.user('student'),
      t.user('admin'),
    ]
    onStart({ t, owner, otherInstructor, student, admin })
  })
}

/** The error answer of the API: `status` with that `error_code`. */
export function expectError(
  response: { status: number; body: { error_code?: unknown } },
  status: number,
  code: string,
) {
  expect(response.status).toBe(status)
  expect(response.body.error_code).toBe(code)
}

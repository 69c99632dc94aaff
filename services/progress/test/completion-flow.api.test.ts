// Wires the real enrollment-service to progress-service in one process (as all-in-one does) to
// prove the event chain: lesson completions → progress.updated → enrollment completed →
// enrollment.completed for certificate-service.
import { createEnrollmentsClient } from '@smartcourse/contracts'
import {
  buildApp as buildEnrollmentsApp,
  type EnrollmentsConfig,
  PAYMENT_CONFIG_DEFAULTS,
} from '@smartcourse/enrollments'
import {
  createInProcessServiceClient,
  type HttpServer,
  type ServiceClient,
  ServiceUnavailableError,
} from '@smartcourse/service-kit'
import { createTestConfig, createTestDeps } from '@smartcourse/service-kit/testing'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildApp as buildProgressApp } from '../src/index.js'
import { createFakeCourses, createFakeSubscriber, nextId, standardLessons } from './helpers.js'

let deps: Awaited<ReturnType<typeof createTestDeps>>
let enrollmentsApp: HttpServer
let progressApp: HttpServer
const courses = createFakeCourses()
const certificates = createFakeSubscriber()
/** Switches enrollment-service's event endpoint off, as if it were stopped. */
const consumer = { down: false, attempts: 0 }

beforeAll(async () => {
  deps = await createTestDeps()
  const shared = {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    requestLogging: false,
    courses: courses.client,
  }
  const enrollmentConfig: EnrollmentsConfig = createTestConfig(
    deps.config,
    ['COURSE_SERVICE_URL', 'CERTIFICATE_SERVICE_URL', 'USER_SERVICE_URL', 'PROGRESS_SERVICE_URL'],
    PAYMENT_CONFIG_DEFAULTS,
  )
  enrollmentsApp = await buildEnrollmentsApp(enrollmentConfig, {
    ...shared,
    certificates: certificates.client,
    userEvents: createFakeSubscriber().client,
    progressEvents: createFakeSubscriber().client,
  })
  const toEnrollments = createInProcessServiceClient({
    caller: 'progress-service',
    target: 'enrollment-service',
    tokens: deps.tokens,
    app: () => enrollmentsApp,
  })
  const enrollmentEvents: ServiceClient = {
    request(request) {
      consumer.attempts += 1
      if (consumer.down)
        return Promise.reject(new ServiceUnavailableError('enrollment-service is unavailable'))
      return toEnrollments.request(request)
    },
  }
  progressApp = await buildProgressApp(
    createTestConfig(deps.config, ['COURSE_SERVICE_URL', 'ENROLLMENT_SERVICE_URL']),
    { ...shared, enrollments: createEnrollmentsClient(toEnrollments), enrollmentEvents },
  )
  await enrollmentsApp.ready()
  await progressApp.ready()
})

afterAll(async () => {
  await progressApp?.close()
  await enrollmentsApp?.close()
  await deps?.close()
})

async function studentInNewCourse() {
  const courseId = nextId()
  courses.outlines.set(courseId, {
    course_id: courseId,
    status: 'published',
    instructor_id: nextId(),
    title: 'Flow',
    price: '0.00',
    max_students: null,
    ...standardLessons(),
  })
  const studentId = nextId()
  const { token } = deps.tokens.issueAccessToken({
    id: studentId,
    email: `s${studentId}@example.com`,
    role: 'student',
  })
  const headers = { authorization: `Bearer ${token}` }
  const response = await enrollmentsApp.inject({
    method: 'POST',
    url: '/enrollments',
    headers,
    payload: { course_id: courseId },
  })
  expect(response.statusCode).toBe(201)
  return { headers, enrollmentId: response.json().id as number }
}

/** POST /progress/lessons/{lessonId}/complete on progress-service. */
function completeLesson(headers: Record<string, string>, lessonId: number, payload: object) {
  return progressApp.inject({
    method: 'POST',
    url: `/progress/lessons/${lessonId}/complete`,
    headers,
    payload,
  })
}

async function finishCourse(headers: Record<string, string>, enrollmentId: number) {
  for (const lessonId of [1, 2, 5]) {
    const response = await completeLesson(headers, lessonId, {
      enrollment_id: enrollmentId,
      time_spent_minutes: 3,
    })
    expect(response.statusCode).toBe(200)
  }
  const quiz = await progressApp.inject({
    method: 'POST',
    url: '/progress/quizzes/4/submit',
    headers,
    payload: { enrollment_id: enrollmentId, score: 88 },
  })
  expect(quiz.json().completion_percentage).toBe(100)
}

async function enrollment(headers: Record<string, string>, enrollmentId: number) {
  return (await enrollmentsApp.inject({ url: `/enrollments/${enrollmentId}`, headers })).json()
}

const completionsFor = (enrollmentId: number) =>
  certificates.received.filter(
    (request) =>
      (request.body as { payload: { enrollment_id: number } }).payload.enrollment_id === enrollmentId,
  )

describe('completing a course', () => {
  it('completes the enrollment and tells certificate-service exactly once', async () => {
    const { headers, enrollmentId } = await studentInNewCourse()
    await finishCourse(headers, enrollmentId)
    await vi.waitFor(async () => expect((await enrollment(headers, enrollmentId)).status).toBe('completed'))
    const done = await enrollment(headers, enrollmentId)
    expect(done).toMatchObject({ completion_percentage: 100, completed_at: expect.stringMatching(/Z$/) })
    expect(done.started_at).not.toBeNull()
    await vi.waitFor(() => expect(completionsFor(enrollmentId)).toHaveLength(1))
    expect((completionsFor(enrollmentId)[0]!.body as { type: string }).type).toBe('enrollment.completed')
    // Repeating a completion after the enrollment completed stays idempotent and completes nothing twice.
    const again = await completeLesson(headers, 3, { enrollment_id: enrollmentId })
    expect(again.statusCode).toBe(200)
    expect(again.json().completion_percentage).toBe(100)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(completionsFor(enrollmentId)).toHaveLength(1)
    expect(await enrollment(headers, enrollmentId)).toMatchObject({
      status: 'completed',
      completed_at: done.completed_at,
    })
  })

  it('loses nothing while enrollment-service is down: it completes once the consumer is back', async () => {
    const { headers, enrollmentId } = await studentInNewCourse()
    consumer.down = true
    try {
      const attempts = consumer.attempts
      await finishCourse(headers, enrollmentId)
      await vi.waitFor(() => expect(consumer.attempts).toBeGreaterThanOrEqual(attempts + 4))
      expect(await enrollment(headers, enrollmentId)).toMatchObject({
        status: 'active',
        completion_percentage: 0,
      })
    } finally {
      consumer.down = false
    }
    await vi.waitFor(async () => expect((await enrollment(headers, enrollmentId)).status).toBe('completed'), {
      timeout: 10_000,
      interval: 100,
    })
    await vi.waitFor(() => expect(completionsFor(enrollmentId)).toHaveLength(1))
  })

  it('refuses progress on a dropped enrollment', async () => {
    const { headers, enrollmentId } = await studentInNewCourse()
    await enrollmentsApp.inject({ method: 'DELETE', url: `/enrollments/${enrollmentId}`, headers })
    const response = await completeLesson(headers, 1, { enrollment_id: enrollmentId })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('ENROLLMENT_NOT_ACTIVE')
  })
})

import { randomUUID } from 'node:crypto'
import type { CourseOutline } from '@smartcourse/contracts'
import { createFakeCourses } from '@smartcourse/contracts/testing'
import type { TokenService } from '@smartcourse/service-kit'
import {
  createFakeSubscriber,
  createServiceTestApp,
  nextId,
  usePerFile,
} from '@smartcourse/service-kit/testing'

export { createFakeCourses } from '@smartcourse/contracts/testing'
export { createFakeSubscriber, nextId } from '@smartcourse/service-kit/testing'

import type { Clock } from '@smartcourse/service-kit'
import { type EnrollmentsConfig, PAYMENT_CONFIG_DEFAULTS } from '../src/config.js'
import { buildApp, type EnrollmentsDeps } from '../src/index.js'

/** A clock tests move forward by hand (seat holds expiring, refund windows closing). */
export function createManualClock(start = new Date()) {
  let offsetMs = 0
  const clock: Clock & { advance(ms: number): void } = {
    now: () => new Date(start.getTime() + offsetMs + (Date.now() - startedAt)),
    advance(ms: number) {
      offsetMs += ms
    },
  }
  const startedAt = Date.now()
  return clock
}

/** One app per test file with fake peers, against PGlite or DATABASE_URL/REDIS_URL. */
export async function createEnrollmentsTestApp(
  options: { config?: Partial<EnrollmentsConfig>; overrides?: Partial<EnrollmentsDeps> } = {},
) {
  const clock = createManualClock()
  const courses = createFakeCourses()
  const certificates = createFakeSubscriber()
  const userEvents = createFakeSubscriber()
  const progressEvents = createFakeSubscriber()
  const { app, deps, config, user, close } = await createServiceTestApp({
    peers: ['COURSE_SERVICE_URL', 'CERTIFICATE_SERVICE_URL', 'USER_SERVICE_URL', 'PROGRESS_SERVICE_URL'],
    config: { ...PAYMENT_CONFIG_DEFAULTS, PUBLIC_BASE_URL: 'http://smartcourse.test', ...options.config },
    build: (config, wiring) =>
      buildApp(config, {
        ...wiring,
        clock,
        courses: courses.client,
        certificates: certificates.client,
        userEvents: userEvents.client,
        progressEvents: progressEvents.client,
        ...options.overrides,
      }),
  })

  async function course(overrides: Partial<CourseOutline> = {}) {
    return courses.add({
      course_id: nextId(),
      instructor_id: nextId(),
      modules: [{ module_id: 1, title: 'Basics' }],
      lessons: [{ lesson_id: 1, module_id: 1, type: 'text', is_mandatory: true }],
      ...overrides,
    })
  }

  const serviceHeaders = (caller = 'progress-service', tokens: TokenService = deps.tokens) => ({
    authorization: `Bearer ${tokens.issueServiceToken(caller, 'enrollment-service')}`,
  })

  return {
    app,
    deps,
    clock,
    config,
    courses,
    certificates,
    /** What the outbox delivered to user-service (enrollment.activated). */
    userEvents,
    /** What the outbox delivered to progress-service (enrollment.status_changed). */
    progressEvents,
    user,
    course,
    /** A service token for enrollment-service, from a caller its internal routes allow. */
    serviceHeaders,
    /** POST /enrollments by `student` for one course; `headers` (Idempotency-Key…) go on top of the student's. */
    enroll: (
      student: { headers: Record<string, string> },
      courseId: number,
      headers: Record<string, string> = {},
    ) =>
      app.inject({
        method: 'POST',
        url: '/enrollments',
        headers: { ...student.headers, ...headers },
        payload: { course_id: courseId },
      }),
    /** POST /internal/events: an event envelope as `caller`'s outbox delivers it. */
    deliver: (event: object, caller = 'progress-service') =>
      app.inject({
        method: 'POST',
        url: '/internal/events',
        headers: serviceHeaders(caller),
        payload: event,
      }),
    /** POST /internal/events/batch: several envelopes as `caller`'s outbox relay sends a batch. */
    deliverBatch: (events: object[], caller = 'progress-service') =>
      app.inject({
        method: 'POST',
        url: '/internal/events/batch',
        headers: serviceHeaders(caller),
        payload: { events },
      }),
    /** Presses Pay on the test payment provider's checkout page at `path` (a form post, as a browser sends it). */
    payTestCheckout: (path: string) =>
      app.inject({
        method: 'POST',
        url: `${path}/pay`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        payload: '',
      }),
    close,
  }
}

export type EnrollmentsTestApp = Awaited<ReturnType<typeof createEnrollmentsTestApp>>

/** The file's app (createEnrollmentsTestApp with `options`), started before its tests and closed after them. */
export function useEnrollmentsTestApp(
  onStart: (t: EnrollmentsTestApp) => void,
  options?: Parameters<typeof createEnrollmentsTestApp>[0],
) {
  usePerFile(() => createEnrollmentsTestApp(options), onStart)
}

/** A progress.updated envelope as progress-service's outbox sends it. */
export function progressEvent(
  enrollment: { id: number; student_id: number; course_id: number },
  completionPercentage: number,
  version: number,
  lastAccessedAt = new Date(),
) {
  return {
    id: randomUUID(),
    type: 'progress.updated',
    occurred_at: new Date().toISOString(),
    payload: {
      enrollment_id: enrollment.id,
      student_id: enrollment.student_id,
      course_id: enrollment.course_id,
      completion_percentage: completionPercentage,
      last_accessed_at: lastAccessedAt.toISOString(),
      version,
    },
  }
}

/** A user.deleted envelope as user-service's outbox sends it. */
export function userDeletedEvent(userId: number) {
  return {
    id: randomUUID(),
    type: 'user.deleted',
    occurred_at: new Date().toISOString(),
    payload: { user_id: userId },
  }
}

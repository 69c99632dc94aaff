import type { CourseOutline, InternalEnrollment } from '@smartcourse/contracts'
import { createFakeCourses, createFakeEnrollments } from '@smartcourse/contracts/testing'
import { createFakeSubscriber, createServiceTestApp, nextId } from '@smartcourse/service-kit/testing'

export { createFakeCourses, createFakeEnrollments } from '@smartcourse/contracts/testing'
export { createFakeSubscriber, nextId } from '@smartcourse/service-kit/testing'

import { buildApp, type ProgressDeps } from '../src/index.js'

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
  const courses = createFakeCourses()
  const enrollments = createFakeEnrollments()
  const subscriber = createFakeSubscriber()
  const { app, deps, user, close } = await createServiceTestApp({
    peers: ['COURSE_SERVICE_URL', 'ENROLLMENT_SERVICE_URL'],
    build: (config, wiring) =>
      buildApp(config, {
        ...wiring,
        courses: courses.client,
        enrollments: enrollments.client,
        enrollmentEvents: subscriber.client,
        ...overrides,
      }),
  })

  async function course(overrides: Partial<CourseOutline> = {}) {
    return courses.add({ course_id: nextId(), instructor_id: nextId(), ...standardLessons(), ...overrides })
  }

  /** A student enrolled in a (fresh, standard) course, with its instructor. */
  async function enrollment(
    options: { outline?: Partial<CourseOutline>; status?: InternalEnrollment['status'] } = {},
  ) {
    const instructor = await user('instructor')
    const student = await user()
    const outline = await course({ instructor_id: instructor.id, ...options.outline })
    const id = nextId()
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
    /** A service token for progress-service, from a caller its internal routes allow. */
    serviceHeaders: (caller = 'certificate-service') => ({
      authorization: `Bearer ${deps.tokens.issueServiceToken(caller, 'progress-service')}`,
    }),
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
    close,
  }
}

export type ProgressTestApp = Awaited<ReturnType<typeof createProgressTestApp>>

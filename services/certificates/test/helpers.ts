import { randomUUID } from 'node:crypto'
import type { InternalEnrollment, InternalUser } from '@smartcourse/contracts'
import {
  createFakeCourses,
  createFakeEnrollments,
  createFakeProgress,
  createFakeUsers,
} from '@smartcourse/contracts/testing'
import type { Role } from '@smartcourse/service-kit'
import {
  createFakeSubscriber,
  createTestConfig,
  createTestDeps,
  nextId,
  unique,
} from '@smartcourse/service-kit/testing'
import { buildApp } from '../src/app.js'
import type { CertificatesConfig } from '../src/config.js'
import { generateSigningKeyJwk } from '../src/credentials/signing-key.js'

type Peer = 'users' | 'courses' | 'enrollments' | 'progress'
type LessonSpec = {
  type: 'video' | 'text' | 'quiz' | 'assignment'
  is_mandatory?: boolean
  score?: number
  /** The score was reported by the learner (default: graded by the platform). */
  self_reported?: boolean
}

/**
 * The contracts' fake peers (the real typed clients, only the transport is fake), so the
 * contracts' parsing is exercised too. A peer in `down` answers like an unreachable service.
 */
export function createFakePeers() {
  const down = new Set<Peer>()
  const latency = { ms: 0 }
  const stateOf = (peer: Peer) => ({
    get down() {
      return down.has(peer)
    },
    get latencyMs() {
      return latency.ms
    },
    calls: 0,
  })
  const users = createFakeUsers(stateOf('users'))
  const courses = createFakeCourses(stateOf('courses'))
  const enrollments = createFakeEnrollments(stateOf('enrollments'))
  const progress = createFakeProgress(stateOf('progress'))
  return {
    state: {
      users: users.users,
      outlines: courses.outlines,
      enrollments: enrollments.enrollments,
      progress: progress.progress,
      down,
      latency,
    },
    users: users.client,
    courses: courses.client,
    enrollments: enrollments.client,
    progress: progress.client,
  }
}
export type FakePeers = ReturnType<typeof createFakePeers>

/** A clock tests can stop at a moment; it follows real time otherwise. */
export function createTestClock() {
  let fixed: Date | undefined
  return {
    now: () => fixed ?? new Date(),
    set(date: Date | undefined) {
      fixed = date
    },
  }
}

export const PUBLIC_BASE_URL = 'http://localhost:8088'

/** One certificate-service over PGlite (or DATABASE_URL/REDIS_URL) with fake peers. */
export async function createTestContext(overrides: Partial<CertificatesConfig> = {}) {
  const deps = await createTestDeps()
  const peers = createFakePeers()
  const clock = createTestClock()
  const config: CertificatesConfig = {
    ...createTestConfig(deps.config, [
      'USER_SERVICE_URL',
      'COURSE_SERVICE_URL',
      'ENROLLMENT_SERVICE_URL',
      'PROGRESS_SERVICE_URL',
    ]),
    PUBLIC_BASE_URL,
    PLATFORM_NAME: 'SmartCourse',
    CREDENTIAL_SIGNING_KEY: generateSigningKeyJwk(),
    REQUIRE_VERIFIED_FOR_CERTIFICATES: false,
    ...overrides,
  }
  const userEvents = createFakeSubscriber()
  const app = await buildApp(config, {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    clock,
    requestLogging: false,
    users: peers.users,
    courses: peers.courses,
    enrollments: peers.enrollments,
    progress: peers.progress,
    userEvents: userEvents.client,
  })
  await app.ready()

  function addUser(role: Role, name = `${role} ${unique('n')}`) {
    const id = nextId()
    const [first, ...rest] = name.split(' ')
    const user: InternalUser = {
      id,
      email: `${unique(role)}@example.test`,
      username: unique(role),
      first_name: first ?? null,
      last_name: rest.join(' ') || null,
      full_name: name,
      role,
      is_active: true,
    }
    peers.state.users.set(id, user)
    const token = deps.tokens.issueAccessToken({ id, email: user.email, role }).token
    return { id, name, token, auth: { authorization: `Bearer ${token}` } }
  }

  /** A course with these lessons, a student enrolled in it, and their best quiz scores. */
  function addEnrollment(
    options: {
      lessons?: LessonSpec[]
      status?: InternalEnrollment['status']
      title?: string
      student?: ReturnType<typeof addUser>
      instructor?: ReturnType<typeof addUser>
    } = {},
  ) {
    const student = options.student ?? addUser('student')
    const instructor = options.instructor ?? addUser('instructor')
    const courseId = nextId()
    const enrollmentId = nextId()
    const title = options.title ?? `Course ${unique('c')}`
    const specs = options.lessons ?? [{ type: 'video' }]
    const lessons = specs.map((spec, index) => ({
      lesson_id: index + 1,
      module_id: 1,
      type: spec.type,
      is_mandatory: spec.is_mandatory ?? true,
    }))
    peers.state.outlines.set(courseId, {
      course_id: courseId,
      status: 'published',
      instructor_id: instructor.id,
      title,
      price: '0.00',
      max_students: null,
      modules: [{ module_id: 1, title: 'Module 1' }],
      lessons,
    })
    const quizScores: Record<string, number> = {}
    specs.forEach((spec, index) => {
      if (spec.score !== undefined) quizScores[String(index + 1)] = spec.score
    })
    peers.state.progress.set(enrollmentId, {
      enrollment_id: enrollmentId,
      completed_lessons: lessons.map((lesson) => lesson.lesson_id),
      quiz_scores: quizScores,
      self_reported_quizzes: specs.flatMap((spec, index) => (spec.self_reported ? [index + 1] : [])),
    })
    const status = options.status ?? 'completed'
    const completedAt = status === 'completed' ? new Date().toISOString() : null
    peers.state.enrollments.set(enrollmentId, {
      id: enrollmentId,
      student_id: student.id,
      course_id: courseId,
      status,
      completed_at: completedAt,
    })
    const payload = {
      enrollment_id: enrollmentId,
      student_id: student.id,
      course_id: courseId,
      completed_at: completedAt ?? new Date().toISOString(),
    }
    return { student, instructor, courseId, enrollmentId, title, payload }
  }

  const serviceAuth = {
    authorization: `Bearer ${deps.tokens.issueServiceToken('enrollment-service', 'certificate-service')}`,
  }

  /** Delivers an event as enrollment-service's outbox would. */
  function deliver(type: string, payload: unknown, id: string = randomUUID()) {
    return app.inject({
      method: 'POST',
      url: '/internal/events',
      headers: serviceAuth,
      payload: { id, type, occurred_at: new Date().toISOString(), payload },
    })
  }

  /** A completed enrollment whose certificate was issued through the event, as in production. */
  async function issueCertificate(options: Parameters<typeof addEnrollment>[0] = {}) {
    const enrollment = addEnrollment(options)
    const response = await deliver('enrollment.completed', enrollment.payload)
    if (response.statusCode !== 200)
      throw new Error(`event answered ${response.statusCode}: ${response.body}`)
    const list = await app.inject({
      method: 'GET',
      url: '/certificates/my-certificates',
      headers: enrollment.student.auth,
    })
    const certificate = list
      .json()
      .find((c: { enrollment_id: number }) => c.enrollment_id === enrollment.enrollmentId)
    if (!certificate) throw new Error('no certificate was issued')
    return { ...enrollment, certificate }
  }

  return {
    app,
    peers,
    /** What the outbox delivered to user-service (certificate.issued / certificate.revoked). */
    userEvents,
    clock,
    tokens: deps.tokens,
    database: deps.database,
    serviceAuth,
    addUser,
    addEnrollment,
    deliver,
    issueCertificate,
    async close() {
      await app.close()
      await deps.close()
    },
  }
}
export type TestContext = Awaited<ReturnType<typeof createTestContext>>

import { randomUUID } from 'node:crypto'
import type { CourseOutline, CoursesClient } from '@smartcourse/contracts'
import {
  type Database,
  NotFoundError,
  type Role,
  type ServiceClient,
  type ServiceRequest,
  ServiceUnavailableError,
  type TokenService,
} from '@smartcourse/service-kit'
import { createTestDeps } from '@smartcourse/service-kit/testing'
import { sql } from 'drizzle-orm'
import type { EnrollmentsConfig } from '../src/config.js'
import { buildApp } from '../src/index.js'

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
  const state = { down: false, calls: 0 }
  const client: CoursesClient = {
    async findOutline(courseId) {
      state.calls += 1
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

/** A subscriber's POST /internal/events: records envelopes, or fails like a stopped service. */
export function createFakeSubscriber() {
  const received: ServiceRequest[] = []
  const state = { down: false, attempts: 0 }
  const client: ServiceClient = {
    async request<T>(request: ServiceRequest) {
      state.attempts += 1
      if (state.down) throw new ServiceUnavailableError('certificate-service is unavailable')
      received.push(request)
      return { status: 200, body: { status: 'processed' } as T }
    },
  }
  return { client, received, state }
}

/** One app per test file with fake peers, against PGlite or DATABASE_URL/REDIS_URL. */
export async function createEnrollmentsTestApp() {
  const deps = await createTestDeps()
  const courses = createFakeCourses()
  const certificates = createFakeSubscriber()
  const config: EnrollmentsConfig = {
    ...deps.config,
    LOG_LEVEL: deps.config.LOG_LEVEL as EnrollmentsConfig['LOG_LEVEL'],
    PORT: 0,
    COURSE_SERVICE_URL: 'http://127.0.0.1:9',
    CERTIFICATE_SERVICE_URL: 'http://127.0.0.1:9',
    OUTBOX_POLL_INTERVAL_MS: 50,
  }
  const app = await buildApp(config, {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    requestLogging: false,
    courses: courses.client,
    certificates: certificates.client,
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
      instructor_id: overrides.instructor_id ?? (await nextId()),
      title: `Course ${courseId}`,
      price: '0.00',
      max_students: null,
      modules: [{ module_id: 1, title: 'Basics' }],
      lessons: [{ lesson_id: 1, module_id: 1, type: 'text', is_mandatory: true }],
      ...overrides,
    }
    courses.outlines.set(courseId, outline)
    return outline
  }

  return {
    app,
    deps,
    courses,
    certificates,
    user,
    course,
    serviceHeaders: (tokens: TokenService = deps.tokens) => ({
      authorization: `Bearer ${tokens.issueServiceToken('test-service')}`,
    }),
    async close() {
      await app.close()
      await deps.close()
    },
  }
}

export type EnrollmentsTestApp = Awaited<ReturnType<typeof createEnrollmentsTestApp>>

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

import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AllInOneConfigSchema, type System, startSystem } from '@smartcourse/all-in-one'
import { loadConfig } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually, uniqueName } from './http.js'

// Issue 15 through the embedded gateway of all-in-one (every service real, in one process):
// Idempotency-Key on the five creating routes, eligibility, waitlist promotion (including a
// max_students raise that travels course-service → enrollment-service as an event), windows,
// prerequisites and the open=true catalog filter.
const ADMIN = { email: 'rules-admin@example.test', password: 'rules-admin-password-1' }

let system: System
let dataDir: string
let admin: string

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await system.gateway.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  })
  return {
    status: response.statusCode,
    headers: response.headers,
    body: response.body ? response.json() : undefined,
    raw: response.body,
  }
}

async function signUp(role: 'student' | 'instructor') {
  const name = uniqueName('rules')
  const account = { email: `${name}@example.test`, username: name, password: 'correct-horse-1', role }
  const registered = await call('POST', '/api/v1/auth/register', undefined, account)
  expect(registered.status).toBe(201)
  const login = await call('POST', '/api/v1/auth/login', undefined, {
    email: account.email,
    password: account.password,
  })
  return { id: registered.body.id as number, token: login.body.access_token as string }
}

/** A published course of one module with a text lesson and a (self-graded) quiz. */
async function publishedCourse(token: string, fields: Record<string, unknown> = {}, key?: string) {
  const course = await call(
    'POST',
    '/api/v1/courses',
    token,
    { title: uniqueName('Rules '), ...fields },
    key ? { 'idempotency-key': key } : {},
  )
  expect(course.status).toBe(201)
  const base = `/api/v1/courses/${course.body.id}`
  const module = await call('POST', `${base}/modules`, token, { title: 'Basics' })
  const lessons = `${base}/modules/${module.body.module_id}/lessons`
  const lesson = await call('POST', lessons, token, { title: 'Read', type: 'text', content: 'the body' })
  const quiz = await call('POST', lessons, token, { title: 'Check', type: 'quiz' })
  expect((await call('POST', `${base}/publish`, token)).status).toBe(200)
  return {
    id: course.body.id as number,
    title: course.body.title as string,
    lessonId: lesson.body.lesson_id,
    quizId: quiz.body.lesson_id,
  }
}

const enroll = (token: string, courseId: number, headers: Record<string, string> = {}) =>
  call('POST', '/api/v1/enrollments', token, { course_id: courseId }, headers)

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-rules-'))
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'development',
    OUTBOX_POLL_INTERVAL_MS: '50',
    RATE_LIMIT_AUTH_PER_SECOND: '1000',
    RATE_LIMIT_AUTH_BURST: '1000',
    RATE_LIMIT_API_PER_SECOND: '10000',
    RATE_LIMIT_API_BURST: '10000',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  }
  system = await startSystem(loadConfig(AllInOneConfigSchema, env), { ...process.env, ...env })
  admin = (await call('POST', '/api/v1/auth/login', undefined, ADMIN)).body.access_token
})
afterAll(async () => {
  await system?.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('prerequisites, eligibility and Idempotency-Key through the gateway', () => {
  it('refuses a course until its prerequisite is completed; eligibility tells why first', async () => {
    const instructor = await signUp('instructor')
    const student = await signUp('student')
    const key = randomUUID()
    const basics = await publishedCourse(instructor.token, {}, key)
    // POST /courses again with the same key and body: the same course, nothing new.
    const replay = await call(
      'POST',
      '/api/v1/courses',
      instructor.token,
      { title: basics.title },
      { 'idempotency-key': key },
    )
    expect(replay.status).toBe(201)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.body.id).toBe(basics.id)

    const advanced = await publishedCourse(instructor.token, { prerequisite_course_ids: [basics.id] })
    const shown = await call('GET', `/api/v1/courses/${advanced.id}`, student.token)
    expect(shown.body.prerequisite_courses).toEqual([
      { id: basics.id, title: basics.title, slug: expect.any(String), status: 'published' },
    ])
    const eligibility = await call('GET', `/api/v1/courses/${advanced.id}/eligibility`, student.token)
    expect(eligibility.status).toBe(200)
    expect(eligibility.body).toEqual({
      can_enroll: false,
      reasons: [
        { code: 'PREREQUISITES_NOT_MET', message: expect.any(String), missing_course_ids: [basics.id] },
      ],
      waitlist_position: null,
      enrolls_as: null,
    })
    const refused = await enroll(student.token, advanced.id)
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({
      error_code: 'PREREQUISITES_NOT_MET',
      details: { missing_course_ids: [basics.id] },
    })

    // Finish the prerequisite, each write with an Idempotency-Key and replayed once.
    const enrollKey = { 'idempotency-key': randomUUID() }
    const enrollment = await enroll(student.token, basics.id, enrollKey)
    const enrollAgain = await enroll(student.token, basics.id, enrollKey)
    expect(enrollAgain.headers['idempotent-replayed']).toBe('true')
    expect(enrollAgain.raw).toBe(enrollment.raw)
    const progress = { enrollment_id: enrollment.body.id }
    for (const [path, body] of [
      [`/api/v1/progress/lessons/${basics.lessonId}/complete`, progress],
      [`/api/v1/progress/quizzes/${basics.quizId}/submit`, { ...progress, score: 90 }],
    ] as const) {
      const headers = { 'idempotency-key': randomUUID() }
      const first = await call('POST', path, student.token, body, headers)
      expect(first.status).toBe(200)
      const again = await call('POST', path, student.token, body, headers)
      expect(again.headers['idempotent-replayed']).toBe('true')
      expect(again.raw).toBe(first.raw)
      const reused = await call('POST', path, student.token, { ...body, time_spent_minutes: 5 }, headers)
      expect(reused.status).toBe(422)
    }
    await eventually(
      () => call('GET', `/api/v1/enrollments/${enrollment.body.id}`, student.token),
      (r) => r.body.status === 'completed',
    )
    const open = await eventually(
      () => call('GET', `/api/v1/courses/${advanced.id}/eligibility`, student.token),
      (r) => r.body.can_enroll === true,
    )
    expect(open.body).toEqual({
      can_enroll: true,
      reasons: [],
      waitlist_position: null,
      enrolls_as: 'active',
    })
    expect((await enroll(student.token, advanced.id)).status).toBe(201)

    // POST /certificates (admin) replays its answer too: here the 409 of an already issued one.
    const certificateKey = { 'idempotency-key': randomUUID() }
    const issued = await eventually(
      () => call('POST', '/api/v1/certificates', admin, progress, { 'idempotency-key': randomUUID() }),
      (r) => r.status === 409,
    )
    expect(issued.body.error_code).toBe('CONFLICT')
    const first = await call('POST', '/api/v1/certificates', admin, progress, certificateKey)
    const again = await call('POST', '/api/v1/certificates', admin, progress, certificateKey)
    expect(again.status).toBe(first.status)
    expect(again.headers['idempotent-replayed']).toBe('true')
    const long = await call('POST', '/api/v1/certificates', admin, progress, {
      'idempotency-key': 'x'.repeat(256),
    })
    expect(long.status).toBe(422)
  })
})

describe('waitlist and windows through the gateway', () => {
  it('waitlists beyond max_students and promotes when the cap is raised and when a student drops', async () => {
    const instructor = await signUp('instructor')
    const [a, b, c] = [await signUp('student'), await signUp('student'), await signUp('student')]
    const course = await publishedCourse(instructor.token, { max_students: 1, waitlist_enabled: true })
    expect((await enroll(a.token, course.id)).body.status).toBe('active')
    const second = await enroll(b.token, course.id)
    expect(second.status).toBe(201)
    expect(second.body).toMatchObject({ status: 'waitlisted', waitlist_position: 1 })
    const third = await enroll(c.token, course.id)
    expect(third.body).toMatchObject({ status: 'waitlisted', waitlist_position: 2 })
    const eligibility = await call('GET', `/api/v1/courses/${course.id}/eligibility`, c.token)
    expect(eligibility.body).toMatchObject({
      can_enroll: false,
      waitlist_position: 2,
      reasons: [{ code: 'ALREADY_ENROLLED' }],
    })
    const roster = await call(
      'GET',
      `/api/v1/enrollments?course_id=${course.id}&status=waitlisted`,
      instructor.token,
    )
    expect(
      roster.body.items.map((e: { student_id: number; waitlist_position: number }) => [
        e.student_id,
        e.waitlist_position,
      ]),
    ).toEqual([
      [b.id, 1],
      [c.id, 2],
    ])

    // Raising the cap: course-service's outbox tells enrollment-service, which promotes b.
    expect(
      (await call('PUT', `/api/v1/courses/${course.id}`, instructor.token, { max_students: 2 })).status,
    ).toBe(200)
    const promoted = await eventually(
      () => call('GET', `/api/v1/enrollments/${second.body.id}`, b.token),
      (r) => r.body.status === 'active',
    )
    expect(promoted.body).toMatchObject({ status: 'active', waitlist_position: null })
    const history = await call('GET', `/api/v1/enrollments/${second.body.id}/history`, b.token)
    expect(history.body.at(-1)).toMatchObject({
      from_status: 'waitlisted',
      to_status: 'active',
      reason: 'Seat available',
    })
    expect((await call('GET', `/api/v1/enrollments/${third.body.id}`, c.token)).body.waitlist_position).toBe(
      1,
    )

    // A drop frees a seat in the same transaction that promotes c.
    const seat = (await call('GET', '/api/v1/enrollments/my-courses', a.token)).body.items[0]
    expect((await call('DELETE', `/api/v1/enrollments/${seat.id}`, a.token)).status).toBe(200)
    expect((await call('GET', `/api/v1/enrollments/${third.body.id}`, c.token)).body.status).toBe('active')
  })

  it('answers ENROLLMENT_NOT_OPEN / ENROLLMENT_CLOSED outside the window; open=true lists only open courses', async () => {
    const instructor = await signUp('instructor')
    const student = await signUp('student')
    const hour = 3_600_000
    const soon = await publishedCourse(instructor.token, {
      enrollment_start: new Date(Date.now() + hour).toISOString(),
    })
    const over = await publishedCourse(instructor.token, {
      enrollment_end: new Date(Date.now() + 2000).toISOString(),
    })
    const always = await publishedCourse(instructor.token)
    await new Promise((resolve) => setTimeout(resolve, 2100))
    expect((await enroll(student.token, soon.id)).body.error_code).toBe('ENROLLMENT_NOT_OPEN')
    expect((await enroll(student.token, over.id)).body.error_code).toBe('ENROLLMENT_CLOSED')
    const catalog = await call('GET', `/api/v1/courses?instructor_id=${instructor.id}&open=true`)
    expect(catalog.body.items.map((c: { id: number }) => c.id)).toEqual([always.id])
    expect((await call('GET', `/api/v1/courses?instructor_id=${instructor.id}`)).body.total).toBe(3)
  })
})

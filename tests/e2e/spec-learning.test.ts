import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, uniqueName } from './http.js'

// docs/API.md#endpoints (courses, enrollments, progress, certificates) against `npm start` over real HTTP: the
// rules that need the real services together, which the service tests (fake peers) cannot show.
const ADMIN = { email: 'learning-admin@example.test', password: 'learning-admin-password-1' }

let system: RunningSystem
let api: Api
let admin: string
let instructor: { id: number; token: string }
let student: { id: number; token: string }

async function signUp(role: 'student' | 'instructor') {
  const name = uniqueName('learn')
  const account = { email: `${name}@example.test`, username: name, password: 'correct-horse-1', role }
  const registered = await api.post('/api/v1/auth/register', { ...account, first_name: 'Lea' })
  expect(registered.status).toBe(201)
  const login = await api.post('/api/v1/auth/login', { email: account.email, password: account.password })
  expect(login.status).toBe(200)
  return { id: registered.body.id as number, token: login.body.access_token as string }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/** A published course of one module: a text lesson (hidden body) and a quiz. */
async function publishedCourse() {
  const course = await api.post('/api/v1/courses', { title: uniqueName('Learning ') }, instructor.token)
  expect(course.status).toBe(201)
  const base = `/api/v1/courses/${course.body.id}`
  const module = await api.post(`${base}/modules`, { title: 'Basics' }, instructor.token)
  const lessons = `${base}/modules/${module.body.module_id}/lessons`
  const text = await api.post(lessons, { title: 'Read', type: 'text', content: 'the body' }, instructor.token)
  const quiz = await api.post(lessons, { title: 'Check', type: 'quiz' }, instructor.token)
  expect((await api.post(`${base}/publish`, undefined, instructor.token)).status).toBe(200)
  return {
    id: course.body.id as number,
    lessonId: text.body.lesson_id as number,
    quizId: quiz.body.lesson_id as number,
  }
}

async function enroll(courseId: number) {
  const response = await api.post('/api/v1/enrollments', { course_id: courseId }, student.token)
  expect(response.status).toBe(201)
  return response.body.id as number
}

beforeAll(async () => {
  system = await startAllInOne({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } })
  api = createApi(system.baseUrl)
  admin = (await api.post('/api/v1/auth/login', ADMIN)).body.access_token
  instructor = await signUp('instructor')
  student = await signUp('student')
})
afterAll(() => system?.stop())

describe('a student who completed a course (docs/API.md#endpoints courses, DELETE /courses/{id})', () => {
  it('keeps the archived course, its content with lesson bodies and sees its current title', async () => {
    const course = await publishedCourse()
    const enrollmentId = await enroll(course.id)
    const progress = { enrollment_id: enrollmentId }
    const lessonPath = `/api/v1/progress/lessons/${course.lessonId}/complete`
    expect((await api.post(lessonPath, progress, student.token)).status).toBe(200)
    const quizPath = `/api/v1/progress/quizzes/${course.quizId}/submit`
    expect((await api.post(quizPath, { ...progress, score: 90 }, student.token)).status).toBe(200)
    const done = await eventually(
      () => api.get(`/api/v1/enrollments/${enrollmentId}`, student.token),
      (response) => response.body.status === 'completed',
    )
    expect(done.body.status).toBe('completed')

    const renamed = await api.put(
      `/api/v1/courses/${course.id}`,
      { title: 'Renamed later' },
      instructor.token,
    )
    expect(renamed.status).toBe(200)
    const mine = await api.get('/api/v1/enrollments/my-courses', student.token)
    expect(mine.body.items[0]).toMatchObject({ course_id: course.id, course_title: 'Renamed later' })

    expect((await api.delete(`/api/v1/courses/${course.id}`, instructor.token)).status).toBe(200)
    const seen = await api.get(`/api/v1/courses/${course.id}`, student.token)
    expect(seen.status).toBe(200)
    expect(seen.body.status).toBe('archived')
    const content = await api.get(`/api/v1/courses/${course.id}/content`, student.token)
    expect(content.status).toBe(200)
    expect(content.body.modules[0].lessons[0].content).toBe('the body')
    expect((await api.get(`/api/v1/courses/${course.id}`)).status).toBe(404)
    expect((await api.get(`/api/v1/progress/${enrollmentId}`, student.token)).status).toBe(200)
  })
})

describe('progress on a completed enrollment (docs/API.md#endpoints progress: idempotent, best score)', () => {
  it('answers 200 to a repeated completion and a quiz retake once the enrollment has completed', async () => {
    const course = await publishedCourse()
    const enrollmentId = await enroll(course.id)
    const lesson = { enrollment_id: enrollmentId, time_spent_minutes: 5 }
    const lessonPath = `/api/v1/progress/lessons/${course.lessonId}/complete`
    const quizPath = `/api/v1/progress/quizzes/${course.quizId}/submit`
    expect((await api.post(lessonPath, lesson, student.token)).status).toBe(200)
    expect((await api.post(quizPath, { enrollment_id: enrollmentId, score: 85 }, student.token)).status).toBe(
      200,
    )
    await eventually(
      () => api.get(`/api/v1/enrollments/${enrollmentId}`, student.token),
      (response) => response.body.status === 'completed',
    )
    const again = await api.post(lessonPath, lesson, student.token)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({
      completed_lessons: [course.lessonId, course.quizId],
      time_spent_minutes: 10,
    })
    const retake = await api.post(quizPath, { enrollment_id: enrollmentId, score: 70 }, student.token)
    expect(retake.status).toBe(200)
    expect(retake.body.quiz_scores).toEqual({ [String(course.quizId)]: 85 })
  })
})

describe('quiz scores (docs/API.md#endpoints progress)', () => {
  it('accepts any score from 0 to 100 and keeps it to two decimals', async () => {
    const course = await publishedCourse()
    const enrollmentId = await enroll(course.id)
    const response = await api.post(
      `/api/v1/progress/quizzes/${course.quizId}/submit`,
      { enrollment_id: enrollmentId, score: 66.666 },
      student.token,
    )
    expect(response.status).toBe(200)
    expect(response.body.quiz_scores).toEqual({ [String(course.quizId)]: 66.67 })
  })
})

describe('text the database cannot store (docs/API.md#errors: never a 5xx)', () => {
  it('answers 422 VALIDATION_ERROR for a NUL character in enrollment, status and revocation text', async () => {
    const course = await publishedCourse()
    const nul = await api.post(
      '/api/v1/enrollments',
      { course_id: course.id, payment_id: 'pay\u0000', enrollment_source: 'web\u0000' },
      student.token,
    )
    expect(nul.status).toBe(422)
    expect(nul.body.error_code).toBe('VALIDATION_ERROR')

    const enrollmentId = await enroll(course.id)
    const status = await api.patch(
      `/api/v1/enrollments/${enrollmentId}/status`,
      { status: 'suspended', reason: 'misconduct\u0000' },
      instructor.token,
    )
    expect(status.status).toBe(422)

    const progress = { enrollment_id: enrollmentId }
    await api.post(`/api/v1/progress/lessons/${course.lessonId}/complete`, progress, student.token)
    await api.post(
      `/api/v1/progress/quizzes/${course.quizId}/submit`,
      { ...progress, score: 80 },
      student.token,
    )
    const certificate = await eventually(
      () => api.get('/api/v1/certificates/my-certificates', student.token),
      (response) => response.body.some((c: { enrollment_id: number }) => c.enrollment_id === enrollmentId),
    )
    const { id } = certificate.body.find((c: { enrollment_id: number }) => c.enrollment_id === enrollmentId)
    const revoke = await api.post(
      `/api/v1/certificates/${id}/revoke`,
      { reason: 'Issued by mistake\u0000' },
      admin,
    )
    expect(revoke.status).toBe(422)
    expect(revoke.body.error_code).toBe('VALIDATION_ERROR')
    expect((await api.get(`/api/v1/certificates/${id}`, admin)).body.is_revoked).toBe(false)
  })
})

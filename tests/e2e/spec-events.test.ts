import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, eventually, signUp as signUpWith, uniqueName } from './http.js'

// docs/API.md#events events against `npm start` over real HTTP: an event leaves one service's outbox and
// changes another service's data, which the service tests (fake peers) cannot show.
const ADMIN = { email: 'events-admin@example.test', password: 'events-admin-password-1' }

let system: RunningSystem
let api: Api
let admin: string
const signUp = (role: 'student' | 'instructor') => signUpWith(api, role, { prefix: 'event' })

/** A published one-lesson course of this instructor. */
async function publishedCourse(token: string) {
  const course = await api.post('/api/v1/courses', { title: uniqueName('Events ') }, token)
  expect(course.status).toBe(201)
  const base = `/api/v1/courses/${course.body.id}`
  const module = await api.post(`${base}/modules`, { title: 'Basics' }, token)
  const lesson = { title: 'Read', type: 'text', content: 'the body' }
  expect((await api.post(`${base}/modules/${module.body.module_id}/lessons`, lesson, token)).status).toBe(201)
  expect((await api.post(`${base}/publish`, undefined, token)).status).toBe(200)
  return course.body.id as number
}

beforeAll(async () => {
  system = await startAllInOne({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } })
  api = createApi(system.baseUrl)
  admin = (await api.post('/api/v1/auth/login', ADMIN)).body.access_token
})
afterAll(() => system?.stop())

describe('user.deleted (docs/API.md#events, DELETE /users/{id})', () => {
  it('drops the deleted student’s enrollment: the instructor sees it dropped in the roster', async () => {
    const instructor = await signUp('instructor')
    const student = await signUp('student')
    const courseId = await publishedCourse(instructor.token)
    const enrolled = await api.post('/api/v1/enrollments', { course_id: courseId }, student.token)
    expect(enrolled.status).toBe(201)

    expect((await api.delete(`/api/v1/users/${student.id}`, admin)).status).toBe(200)

    const roster = await eventually(
      () => api.get(`/api/v1/enrollments?course_id=${courseId}`, instructor.token),
      (response) => response.body.items?.[0]?.status === 'dropped',
    )
    expect(roster.status).toBe(200)
    expect(roster.body.items).toHaveLength(1)
    expect(roster.body.items[0]).toMatchObject({
      id: enrolled.body.id,
      student_id: student.id,
      status: 'dropped',
      dropped_at: expect.stringMatching(/Z$/),
    })
    const history = await api.get(`/api/v1/enrollments/${enrolled.body.id}/history`, instructor.token)
    expect(history.body.at(-1)).toMatchObject({
      from_status: 'active',
      to_status: 'dropped',
      reason: 'Account deleted',
      changed_by: null,
    })
  })
})

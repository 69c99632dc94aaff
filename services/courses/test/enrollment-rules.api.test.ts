import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestUser } from './helpers.js'

let t: Awaited<ReturnType<typeof createTestApp>>
let owner: TestUser

beforeAll(async () => {
  t = await createTestApp()
  owner = t.user('instructor')
})
afterAll(() => t.close())

const eventually = async <T>(read: () => T, done: (value: T) => boolean) => {
  const deadline = Date.now() + 5000
  while (!done(read()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  return read()
}

describe('enrollment rules on courses (issue 15)', () => {
  it('defaults to no waitlist, no window and no prerequisites', async () => {
    const course = await t.createCourse(owner)
    expect(course).toMatchObject({
      waitlist_enabled: false,
      enrollment_start: null,
      enrollment_end: null,
      prerequisite_course_ids: [],
      prerequisite_courses: [],
    })
  })

  it('stores waitlist, window and prerequisites, and lists the prerequisites with titles', async () => {
    const basics = await t.createPublishedCourse(owner, { title: 'Basics of testing' })
    const course = await t.createCourse(owner, {
      waitlist_enabled: true,
      max_students: 2,
      enrollment_start: '2026-01-01T00:00:00Z',
      enrollment_end: '2026-02-01T00:00:00.000+01:00',
      prerequisite_course_ids: [basics.id],
    })
    expect(course).toMatchObject({
      waitlist_enabled: true,
      enrollment_start: '2026-01-01T00:00:00.000Z',
      enrollment_end: '2026-01-31T23:00:00.000Z',
      prerequisite_course_ids: [basics.id],
      prerequisite_courses: [
        { id: basics.id, title: 'Basics of testing', slug: basics.slug, status: 'published' },
      ],
    })
    const read = await t.api.get(`/courses/${course.id}`, owner)
    expect(read.body.prerequisite_courses).toEqual(course.prerequisite_courses)
    const cleared = await t.api.put(
      `/courses/${course.id}`,
      { prerequisite_course_ids: [], enrollment_start: null, waitlist_enabled: false },
      owner,
    )
    expect(cleared.body).toMatchObject({
      prerequisite_course_ids: [],
      enrollment_start: null,
      waitlist_enabled: false,
    })
  })

  it.each([
    [
      'a window that ends before it starts',
      { enrollment_start: '2026-02-01T00:00:00Z', enrollment_end: '2026-01-01T00:00:00Z' },
    ],
    ['a timestamp that is not one', { enrollment_start: 'next monday' }],
    ['more than 10 prerequisites', { prerequisite_course_ids: Array.from({ length: 11 }, (_, i) => i + 1) }],
    ['a repeated prerequisite', { prerequisite_course_ids: [1, 1] }],
    ['an unknown prerequisite', { prerequisite_course_ids: [2_000_000_000] }],
    ['a waitlist on a paid course', { waitlist_enabled: true, price: '10' }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_, fields) => {
    const response = await t.api.post('/courses', { title: 'Rules course', ...fields }, owner)
    expect(response.status).toBe(422)
    expect(response.body.error_code).toBe('VALIDATION_ERROR')
  })

  it('refuses draft prerequisites, the course itself and cycles (422), accepts archived ones', async () => {
    const draft = await t.createCourse(owner)
    expect(
      (await t.api.post('/courses', { title: 'Needs draft', prerequisite_course_ids: [draft.id] }, owner))
        .status,
    ).toBe(422)
    const a = await t.createPublishedCourse(owner)
    const b = await t.createPublishedCourse(owner, { prerequisite_course_ids: [a.id] })
    const c = await t.createPublishedCourse(owner, { prerequisite_course_ids: [b.id] })
    const self = await t.api.put(`/courses/${a.id}`, { prerequisite_course_ids: [a.id] }, owner)
    expect(self.status).toBe(422)
    const cycle = await t.api.put(`/courses/${a.id}`, { prerequisite_course_ids: [c.id] }, owner)
    expect(cycle.status).toBe(422)
    expect(cycle.body.message).toContain('cycle')
    await t.api.delete(`/courses/${c.id}`, owner)
    const archived = await t.createCourse(owner, { prerequisite_course_ids: [c.id] })
    expect(archived.prerequisite_courses).toMatchObject([{ id: c.id, status: 'archived' }])
  })

  it('publishes course.capacity_changed when max_students changes, and only then', async () => {
    const course = await t.createCourse(owner, { max_students: 2 })
    const before = t.enrollmentEvents.received.length
    await t.api.put(`/courses/${course.id}`, { max_students: 2, title: 'Same cap' }, owner)
    await t.api.put(`/courses/${course.id}`, { max_students: 5 }, owner)
    const received = await eventually(
      () => t.enrollmentEvents.received.slice(before),
      (events) => events.length >= 1,
    )
    expect(
      received.map((r) => r.body as { type: string; payload: unknown }).map((e) => [e.type, e.payload]),
    ).toEqual([['course.capacity_changed', { course_id: course.id, max_students: 5 }]])
  })

  it('filters the catalog with open=true to courses whose window is open now', async () => {
    const category = `open-${randomUUID()}`
    const hour = 3_600_000
    const now = Date.now()
    const always = await t.createPublishedCourse(owner, { category })
    const current = await t.createPublishedCourse(owner, {
      category,
      enrollment_start: new Date(now - hour).toISOString(),
      enrollment_end: new Date(now + hour).toISOString(),
    })
    await t.createPublishedCourse(owner, { category, enrollment_start: new Date(now + hour).toISOString() })
    await t.createPublishedCourse(owner, { category, enrollment_end: new Date(now - hour).toISOString() })
    const open = await t.api.get(`/courses?category=${category}&open=true&sort=title`)
    expect(open.body.total).toBe(2)
    expect(open.body.items.map((c: { id: number }) => c.id).sort()).toEqual([always.id, current.id].sort())
    expect((await t.api.get(`/courses?category=${category}`)).body.total).toBe(4)
  })
})

describe('GET /courses/{id}/eligibility', () => {
  it('answers what enrollment-service decides for the caller', async () => {
    const course = await t.createPublishedCourse(owner)
    const student = t.user('student')
    const answer = {
      can_enroll: false,
      reasons: [{ code: 'COURSE_FULL' as const, message: 'full' }],
      waitlist_position: null,
      enrolls_as: null,
    }
    t.enrollments.answerEligibility(answer)
    const response = await t.api.get(`/courses/${course.id}/eligibility`, student)
    expect(response.status).toBe(200)
    expect(response.body).toEqual(answer)
    expect(t.enrollments.eligibilityCalls.at(-1)).toEqual({ studentId: student.id, courseId: course.id })
  })

  it('answers 401 without a token and 404 for an unknown course', async () => {
    expect((await t.api.get('/courses/1/eligibility')).status).toBe(401)
    expect((await t.api.get('/courses/2000000000/eligibility', t.user('student'))).status).toBe(404)
  })
})

describe('Idempotency-Key on POST /courses', () => {
  it('creates one course for one key, replays it, and refuses the key with another body', async () => {
    const key = randomUUID()
    const post = (title: string) =>
      t.app.inject({
        method: 'POST',
        url: '/courses',
        headers: { authorization: `Bearer ${owner.token}`, 'idempotency-key': key },
        payload: { title },
      })
    const first = await post('Idempotent course')
    const again = await post('Idempotent course')
    expect(first.statusCode).toBe(201)
    expect(again.statusCode).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.json().id).toBe(first.json().id)
    const other = await post('Another course')
    expect(other.statusCode).toBe(422)
    expect(other.json().error_code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})

import { describe, expect, it } from 'vitest'
import { expectExactResponse, expectResponse, signServiceTokenClaims } from '@smartcourse/service-kit/testing'
import { type EnrollmentsTestApp, progressEvent, useEnrollmentsTestApp } from './helpers.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))
type User = Awaited<ReturnType<EnrollmentsTestApp['user']>>

async function enroll(student: User, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/enrollments', headers: student.headers, payload })
}

/** A student enrolled in a fresh course, with the course's instructor. */
async function enrolled(overrides: Parameters<EnrollmentsTestApp['course']>[0] = {}) {
  const instructor = await t.user('instructor')
  const student = await t.user()
  const course = await t.course({ instructor_id: instructor.id, ...overrides })
  const response = await enroll(student, { course_id: course.course_id })
  expect(response.statusCode).toBe(201)
  return { instructor, student, course, enrollment: response.json() }
}

async function complete(enrollment: { id: number; student_id: number; course_id: number }) {
  const response = await t.deliver(progressEvent(enrollment, 100, 1))
  expect(response.json()).toEqual({ status: 'processed' })
}

describe('POST /enrollments', () => {
  it.each([
    ['payment_id', { payment_id: 'pay\u0000' }],
    ['enrollment_source', { enrollment_source: 'web\u0000' }],
  ])('answers 422 VALIDATION_ERROR for a NUL character in %s', async (_field, extra) => {
    const response = await enroll(await t.user(), { course_id: (await t.course()).course_id, ...extra })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 201 with the enrollment of a free course', async () => {
    const student = await t.user()
    const course = await t.course()
    const response = await enroll(student, { course_id: course.course_id })
    const body = expectResponse(response, 201, {
      student_id: student.id,
      course_id: course.course_id,
      status: 'active',
      completion_percentage: 0,
      payment_status: null,
      payment_amount: null,
      payment_id: null,
      enrollment_source: 'web',
      started_at: null,
      completed_at: null,
      dropped_at: null,
      last_accessed_at: null,
    })
    expect(body.enrolled_at).toMatch(/Z$/)
    expect(body.created_at).toMatch(/Z$/)
    expect(Object.keys(body).sort()).toEqual(
      [
        'id',
        'student_id',
        'course_id',
        'status',
        'enrolled_at',
        'started_at',
        'completed_at',
        'dropped_at',
        'completion_percentage',
        'last_accessed_at',
        'payment_status',
        'payment_amount',
        'payment_id',
        'enrollment_source',
        'checkout_url',
        'payment_hold_expires_at',
        'payment_issue',
        'waitlist_position',
        'created_at',
        'updated_at',
      ].sort(),
    )
  })

  it('keeps the given enrollment_source', async () => {
    const response = await enroll(await t.user(), {
      course_id: (await t.course()).course_id,
      enrollment_source: 'mobile',
    })
    expect(response.json().enrollment_source).toBe('mobile')
  })

  it('marks a paid course pending without payment_id, charging the course price', async () => {
    const course = await t.course({ price: '49.99' })
    const response = await enroll(await t.user(), { course_id: course.course_id })
    expectResponse(response, 201, {
      payment_status: 'pending',
      payment_amount: '49.99',
      payment_id: null,
    })
  })

  it('answers 422 when a student sends payment_id: the caller does not say what was paid', async () => {
    const course = await t.course({ price: '49.99' })
    const response = await enroll(await t.user(), {
      course_id: course.course_id,
      payment_id: 'pay_123',
      payment_amount: 49.99,
    })
    expectResponse(response, 422, {
      error_code: 'VALIDATION_ERROR',
      details: { fields: ['payment_id', 'payment_amount'] },
    })
  })

  it('lets an admin grant a paid course by hand, recording payment_id, amount and who did it', async () => {
    const course = await t.course({ price: '49.99' })
    const admin = await t.user('admin')
    const student = await t.user()
    const response = await enroll(admin, {
      course_id: course.course_id,
      student_id: student.id,
      payment_id: 'invoice-2026-17',
      payment_amount: 45,
    })
    expectResponse(response, 201, {
      student_id: student.id,
      status: 'active',
      payment_status: 'completed',
      payment_amount: '45.00',
      payment_id: 'invoice-2026-17',
      checkout_url: null,
    })
    const history = await t.app.inject({
      url: `/enrollments/${response.json().id}/history`,
      headers: student.headers,
    })
    expect(history.json()).toMatchObject([
      { to_status: 'active', reason: 'Granted by admin', changed_by: admin.id },
    ])
  })

  it('answers 404 for an unknown course', async () => {
    const response = await enroll(await t.user(), { course_id: 2_000_000_000 })
    expect(response.statusCode).toBe(404)
    expect(response.json().error_code).toBe('NOT_FOUND')
  })

  it('answers 409 COURSE_NOT_PUBLISHED for draft and archived courses', async () => {
    for (const status of ['draft', 'archived'] as const) {
      const course = await t.course({ status })
      const response = await enroll(await t.user(), { course_id: course.course_id })
      expect(response.statusCode).toBe(409)
      expect(response.json().error_code).toBe('COURSE_NOT_PUBLISHED')
    }
  })

  it("answers 409 OWN_COURSE for the course's instructor", async () => {
    const instructor = await t.user('instructor')
    const course = await t.course({ instructor_id: instructor.id })
    const response = await enroll(instructor, { course_id: course.course_id })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('OWN_COURSE')
  })

  it('lets an instructor enroll in another instructor’s course', async () => {
    const response = await enroll(await t.user('instructor'), { course_id: (await t.course()).course_id })
    expect(response.statusCode).toBe(201)
  })

  it('answers 409 ALREADY_ENROLLED the second time', async () => {
    const { student, course } = await enrolled()
    const response = await enroll(student, { course_id: course.course_id })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('ALREADY_ENROLLED')
  })

  it('answers 409 ALREADY_ENROLLED for a completed or suspended enrollment', async () => {
    const done = await enrolled()
    await complete(done.enrollment)
    expect((await enroll(done.student, { course_id: done.course.course_id })).json().error_code).toBe(
      'ALREADY_ENROLLED',
    )
    const paused = await enrolled()
    await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${paused.enrollment.id}/status`,
      headers: paused.instructor.headers,
      payload: { status: 'suspended' },
    })
    expect((await enroll(paused.student, { course_id: paused.course.course_id })).json().error_code).toBe(
      'ALREADY_ENROLLED',
    )
  })

  it('re-activates a dropped enrollment with 200 and a history entry', async () => {
    const { student, course, enrollment } = await enrolled()
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${enrollment.id}`, headers: student.headers })
    const response = await enroll(student, { course_id: course.course_id })
    expectResponse(response, 200, { id: enrollment.id, status: 'active', dropped_at: null })
    const history = await t.app.inject({
      url: `/enrollments/${enrollment.id}/history`,
      headers: student.headers,
    })
    expect(history.json().map((entry: { to_status: string }) => entry.to_status)).toEqual([
      'active',
      'dropped',
      'active',
    ])
    expect(history.json()[2]).toMatchObject({ from_status: 'dropped', changed_by: student.id })
  })

  it('answers 409 COURSE_FULL when the last seat is taken', async () => {
    const course = await t.course({ max_students: 1 })
    expect((await enroll(await t.user(), { course_id: course.course_id })).statusCode).toBe(201)
    const response = await enroll(await t.user(), { course_id: course.course_id })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('COURSE_FULL')
  })

  it('frees the seat of a suspended student, who comes back only into a free seat (issue 15)', async () => {
    const instructor = await t.user('instructor')
    const course = await t.course({ instructor_id: instructor.id, max_students: 1 })
    const first = await t.user()
    const firstEnrollment = (await enroll(first, { course_id: course.course_id })).json()
    await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${firstEnrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended' },
    })
    const second = await t.user()
    expect((await enroll(second, { course_id: course.course_id })).statusCode).toBe(201)
    const back = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${firstEnrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'active' },
    })
    expect(back.statusCode).toBe(409)
    expect(back.json().error_code).toBe('COURSE_FULL')
    await t.app.inject({
      method: 'DELETE',
      url: `/enrollments/${firstEnrollment.id}`,
      headers: first.headers,
    })
    // The dropped student may not come back into the full course.
    expect((await enroll(first, { course_id: course.course_id })).json().error_code).toBe('COURSE_FULL')
  })

  it('answers 401 without a token, before looking at the body', async () => {
    for (const payload of [{ course_id: 1 }, { bogus: true }]) {
      const response = await t.app.inject({ method: 'POST', url: '/enrollments', payload })
      expect(response.statusCode).toBe(401)
      expect(response.headers['www-authenticate']).toBe('Bearer')
    }
  })

  it.each([
    ['a missing course_id', {}],
    ['a string course_id', { course_id: '5' }],
    ['course_id 0', { course_id: 0 }],
    ['a huge course_id', { course_id: 99_999_999_999 }],
    ['an unknown field', { course_id: 1, student_id: 2 }],
    ['a negative payment_amount', { course_id: 1, payment_amount: -1 }],
    ['a payment_amount with three decimals', { course_id: 1, payment_amount: '1.999' }],
    ['an over-long enrollment_source', { course_id: 1, enrollment_source: 'x'.repeat(101) }],
    ['a status field', { course_id: 1, status: 'completed' }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, payload) => {
    const response = await enroll(await t.user(), payload)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 503 SERVICE_UNAVAILABLE and writes nothing when course-service is down', async () => {
    const student = await t.user()
    const course = await t.course()
    t.courses.state.down = true
    try {
      const response = await enroll(student, { course_id: course.course_id })
      expect(response.statusCode).toBe(503)
      expect(response.json().error_code).toBe('SERVICE_UNAVAILABLE')
    } finally {
      t.courses.state.down = false
    }
    const mine = await t.app.inject({ url: '/enrollments/my-courses', headers: student.headers })
    expect(mine.json().total).toBe(0)
  })
})

describe('GET /enrollments/my-courses', () => {
  it('pages my own enrollments, newest first, with the course title', async () => {
    const student = await t.user()
    const courses = [await t.course(), await t.course(), await t.course()]
    for (const course of courses) await enroll(student, { course_id: course.course_id })
    await enroll(await t.user(), { course_id: courses[0]!.course_id })
    const response = await t.app.inject({
      url: '/enrollments/my-courses?page=1&page_size=2',
      headers: student.headers,
    })
    const body = expectResponse(response, 200, { total: 3, page: 1, page_size: 2, total_pages: 2 })
    expect(body.items).toHaveLength(2)
    expect(body.items[0]).toEqual({
      id: expect.any(Number),
      course_id: courses[2]!.course_id,
      course_title: courses[2]!.title,
      status: 'active',
      enrolled_at: expect.stringMatching(/Z$/),
      completion_percentage: 0,
      payment_status: null,
      checkout_url: null,
      payment_hold_expires_at: null,
      waitlist_position: null,
    })
    const second = await t.app.inject({
      url: '/enrollments/my-courses?page=2&page_size=2',
      headers: student.headers,
    })
    expect(second.json().items.map((item: { course_id: number }) => item.course_id)).toEqual([
      courses[0]!.course_id,
    ])
  })

  it("shows the course's current title, and the one stored at enroll time while course-service is down", async () => {
    const { student, course } = await enrolled()
    t.courses.outlines.set(course.course_id, { ...course, title: 'Renamed by its instructor' })
    const titleNow = async () =>
      (await t.app.inject({ url: '/enrollments/my-courses', headers: student.headers })).json().items[0]
        .course_title
    expect(await titleNow()).toBe('Renamed by its instructor')
    t.courses.state.down = true
    try {
      expect(await titleNow()).toBe(course.title)
    } finally {
      t.courses.state.down = false
    }
  })

  it('filters by status', async () => {
    const { student, enrollment } = await enrolled()
    await enroll(student, { course_id: (await t.course()).course_id })
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${enrollment.id}`, headers: student.headers })
    const response = await t.app.inject({
      url: '/enrollments/my-courses?status=dropped',
      headers: student.headers,
    })
    expect(response.json().items.map((item: { id: number }) => item.id)).toEqual([enrollment.id])
  })

  it.each(['status=bogus', 'page=0', 'page_size=101', 'page=abc'])('answers 422 for %s', async (query) => {
    const response = await t.app.inject({
      url: `/enrollments/my-courses?${query}`,
      headers: (await t.user()).headers,
    })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })
})

describe('GET /enrollments?course_id=', () => {
  it("lets the course's instructor read its roster", async () => {
    const { instructor, course, enrollment } = await enrolled()
    await enroll(await t.user(), { course_id: course.course_id })
    const response = await t.app.inject({
      url: `/enrollments?course_id=${course.course_id}&page_size=1`,
      headers: instructor.headers,
    })
    expectResponse(response, 200, { total: 2, page_size: 1, total_pages: 2 })
    const all = await t.app.inject({
      url: `/enrollments?course_id=${course.course_id}`,
      headers: instructor.headers,
    })
    expect(all.json().items.map((item: { id: number }) => item.id)).toContain(enrollment.id)
    expect(all.json().items[0].student_id).toEqual(expect.any(Number))
  })

  it('lets an admin read any roster', async () => {
    const { course } = await enrolled()
    const response = await t.app.inject({
      url: `/enrollments?course_id=${course.course_id}`,
      headers: (await t.user('admin')).headers,
    })
    expect(response.json().total).toBe(1)
  })

  it('answers 403 to another instructor and to students', async () => {
    const { course, student } = await enrolled()
    for (const caller of [await t.user('instructor'), student]) {
      const response = await t.app.inject({
        url: `/enrollments?course_id=${course.course_id}`,
        headers: caller.headers,
      })
      expect(response.statusCode).toBe(403)
    }
  })

  it('answers 404 to an instructor for an unknown course', async () => {
    const response = await t.app.inject({
      url: '/enrollments?course_id=2000000000',
      headers: (await t.user('instructor')).headers,
    })
    expect(response.statusCode).toBe(404)
  })

  it('answers 422 without course_id or with a malformed one', async () => {
    const headers = (await t.user('admin')).headers
    for (const url of [
      '/enrollments',
      '/enrollments?course_id=abc',
      '/enrollments?course_id=1&status=bogus',
    ]) {
      const response = await t.app.inject({ url, headers })
      expect(response.statusCode).toBe(422)
      expect(response.json().error_code).toBe('VALIDATION_ERROR')
    }
  })

  it('answers 403 to a student before validating the query', async () => {
    const response = await t.app.inject({ url: '/enrollments', headers: (await t.user()).headers })
    expect(response.statusCode).toBe(403)
  })
})

describe('GET /enrollments/{id}', () => {
  it('answers the student, the course instructor and an admin', async () => {
    const { instructor, student, enrollment } = await enrolled()
    for (const caller of [student, instructor, await t.user('admin')]) {
      const response = await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: caller.headers })
      expectExactResponse(response, 200, enrollment)
    }
  })

  it('answers 403 to another student and another instructor', async () => {
    const { enrollment } = await enrolled()
    for (const caller of [await t.user(), await t.user('instructor')]) {
      const response = await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: caller.headers })
      expect(response.statusCode).toBe(403)
      expect(response.json().error_code).toBe('FORBIDDEN')
    }
  })

  it('answers 404 for an unknown id and 422 for a malformed one', async () => {
    const headers = (await t.user('admin')).headers
    expect((await t.app.inject({ url: '/enrollments/2000000000', headers })).statusCode).toBe(404)
    for (const id of ['abc', '0', '-1', '1.5', '99999999999']) {
      expect((await t.app.inject({ url: `/enrollments/${id}`, headers })).statusCode).toBe(422)
    }
  })
})

describe('DELETE /enrollments/{id}', () => {
  it('drops the enrollment and answers with a message', async () => {
    const { student, enrollment } = await enrolled()
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/enrollments/${enrollment.id}`,
      headers: student.headers,
    })
    expectExactResponse(response, 200, { message: expect.any(String) })
    const after = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(after.status).toBe('dropped')
    expect(after.dropped_at).toMatch(/Z$/)
  })

  it('is idempotent for an already dropped enrollment', async () => {
    const { student, enrollment } = await enrolled()
    const drop = () =>
      t.app.inject({ method: 'DELETE', url: `/enrollments/${enrollment.id}`, headers: student.headers })
    await drop()
    expect((await drop()).statusCode).toBe(200)
    const history = await t.app.inject({
      url: `/enrollments/${enrollment.id}/history`,
      headers: student.headers,
    })
    expect(history.json()).toHaveLength(2)
  })

  it('lets an admin drop it but not the instructor or another student', async () => {
    const { instructor, enrollment } = await enrolled()
    for (const caller of [instructor, await t.user()]) {
      const response = await t.app.inject({
        method: 'DELETE',
        url: `/enrollments/${enrollment.id}`,
        headers: caller.headers,
      })
      expect(response.statusCode).toBe(403)
    }
    const admin = await t.user('admin')
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/enrollments/${enrollment.id}`,
      headers: admin.headers,
    })
    expect(response.statusCode).toBe(200)
  })

  it('answers 409 CONFLICT for a completed enrollment', async () => {
    const { student, enrollment } = await enrolled()
    await complete(enrollment)
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/enrollments/${enrollment.id}`,
      headers: student.headers,
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('CONFLICT')
  })
})

describe('PATCH /enrollments/{id}/status', () => {
  it("lets the course's instructor suspend with a reason, recorded in the history", async () => {
    const { instructor, student, enrollment } = await enrolled()
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended', reason: 'Code of conduct' },
    })
    expectResponse(response, 200, { id: enrollment.id, status: 'suspended' })
    const history = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}/history`, headers: student.headers })
    ).json()
    expect(history.at(-1)).toMatchObject({
      from_status: 'active',
      to_status: 'suspended',
      reason: 'Code of conduct',
      changed_by: instructor.id,
    })
  })

  it('answers 422 VALIDATION_ERROR for a NUL character in the reason and changes nothing', async () => {
    const { instructor, enrollment } = await enrolled()
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended', reason: 'bad\u0000reason' },
    })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
    const after = await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: instructor.headers })
    expect(after.json().status).toBe('active')
  })

  it('sets dropped_at when dropping and clears it when re-activating', async () => {
    const { enrollment } = await enrolled()
    const admin = await t.user('admin')
    const patch = (status: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/enrollments/${enrollment.id}/status`,
        headers: admin.headers,
        payload: { status },
      })
    expect((await patch('dropped')).json().dropped_at).toMatch(/Z$/)
    expect((await patch('active')).json()).toMatchObject({ status: 'active', dropped_at: null })
  })

  it('answers 409 COURSE_FULL when re-activating into a full course', async () => {
    const { instructor, student, course, enrollment } = await enrolled({ max_students: 1 })
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${enrollment.id}`, headers: student.headers })
    expect((await enroll(await t.user(), { course_id: course.course_id })).statusCode).toBe(201)
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'active' },
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('COURSE_FULL')
  })

  it('answers 409 for a completed enrollment', async () => {
    const { instructor, enrollment } = await enrolled()
    await complete(enrollment)
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended' },
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('CONFLICT')
  })

  it('answers 403 to the student and to another instructor', async () => {
    const { student, enrollment } = await enrolled()
    for (const caller of [student, await t.user('instructor')]) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/enrollments/${enrollment.id}/status`,
        headers: caller.headers,
        payload: { status: 'suspended' },
      })
      expect(response.statusCode).toBe(403)
    }
  })

  it.each([
    ['a bogus status', { status: 'bogus' }],
    ['status completed', { status: 'completed' }],
    ['a missing status', {}],
    ['an unknown field', { status: 'active', completed_at: '2020-01-01T00:00:00Z' }],
    ['an over-long reason', { status: 'suspended', reason: 'x'.repeat(501) }],
  ])('answers 422 for %s', async (_name, payload) => {
    const { instructor, enrollment } = await enrolled()
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload,
    })
    expect(response.statusCode).toBe(422)
  })
})

describe('GET /enrollments/{id}/history', () => {
  it('lists the status changes oldest first, the first from null', async () => {
    const { instructor, student, enrollment } = await enrolled()
    await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended' },
    })
    await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'active', reason: 'Reinstated' },
    })
    await complete(enrollment)
    const response = await t.app.inject({
      url: `/enrollments/${enrollment.id}/history`,
      headers: instructor.headers,
    })
    expect(response.statusCode).toBe(200)
    const history = response.json()
    expect(
      history.map((entry: { from_status: string | null; to_status: string }) => [
        entry.from_status,
        entry.to_status,
      ]),
    ).toEqual([
      [null, 'active'],
      ['active', 'suspended'],
      ['suspended', 'active'],
      ['active', 'completed'],
    ])
    expect(history[0]).toEqual({
      from_status: null,
      to_status: 'active',
      reason: 'Enrolled',
      changed_by: student.id,
      changed_at: expect.stringMatching(/Z$/),
    })
    expect(history[3].changed_by).toBeNull()
  })

  it('answers 403 to another student', async () => {
    const { enrollment } = await enrolled()
    const response = await t.app.inject({
      url: `/enrollments/${enrollment.id}/history`,
      headers: (await t.user()).headers,
    })
    expect(response.statusCode).toBe(403)
  })
})

describe('GET /internal/enrollments', () => {
  it('answers a service with the contract fields, by id and by student and course', async () => {
    const { student, course, enrollment } = await enrolled()
    const expected = {
      id: enrollment.id,
      student_id: student.id,
      course_id: course.course_id,
      status: 'active',
      completed_at: null,
    }
    const byId = await t.app.inject({
      url: `/internal/enrollments/${enrollment.id}`,
      headers: t.serviceHeaders(),
    })
    expect(byId.json()).toEqual(expected)
    const lookup = await t.app.inject({
      url: `/internal/enrollments/lookup?student_id=${student.id}&course_id=${course.course_id}`,
      headers: t.serviceHeaders('course-service'),
    })
    expect(lookup.json()).toEqual(expected)
  })

  it('answers 404 when there is no such enrollment and 422 without both lookup keys', async () => {
    expect(
      (
        await t.app.inject({
          url: '/internal/enrollments/2000000000',
          headers: t.serviceHeaders('certificate-service'),
        })
      ).statusCode,
    ).toBe(404)
    const headers = t.serviceHeaders('course-service')
    expect(
      (await t.app.inject({ url: '/internal/enrollments/lookup?student_id=1&course_id=2000000000', headers }))
        .statusCode,
    ).toBe(404)
    expect(
      (await t.app.inject({ url: '/internal/enrollments/lookup?student_id=1', headers })).statusCode,
    ).toBe(422)
  })

  it('refuses user tokens, an admin’s too, and anonymous callers (401)', async () => {
    const { student, enrollment } = await enrolled()
    const admin = await t.user('admin')
    for (const headers of [student.headers, admin.headers, {}]) {
      const response = await t.app.inject({ url: `/internal/enrollments/${enrollment.id}`, headers })
      expect(response.statusCode).toBe(401)
      expect(response.json().error_code).toBe('UNAUTHORIZED')
    }
  })

  // Issue 9.11: service tokens name their callee (aud), live at most five minutes, and each
  // internal route lists its callers (ARCHITECTURE.md, who calls whom).
  it('refuses a service token issued for another service (401)', async () => {
    const { enrollment } = await enrolled()
    const forCourses = t.deps.tokens.issueServiceToken('progress-service', 'course-service')
    const response = await t.app.inject({
      url: `/internal/enrollments/${enrollment.id}`,
      headers: { authorization: `Bearer ${forCourses}` },
    })
    expect(response.statusCode).toBe(401)
    expect(response.json().message).toMatch(/not for enrollment-service/)
  })

  it('refuses a service token that claims more than five minutes of life, or has no exp (401)', async () => {
    const { enrollment } = await enrolled()
    const iat = Math.floor(Date.now() / 1000)
    const claims = { sub: 'progress-service', aud: 'enrollment-service', type: 'service', iat }
    for (const token of [
      signServiceTokenClaims(t.config.JWT_SECRET_KEY, { ...claims, exp: iat + 3600 }),
      signServiceTokenClaims(t.config.JWT_SECRET_KEY, claims),
    ]) {
      const response = await t.app.inject({
        url: `/internal/enrollments/${enrollment.id}`,
        headers: { authorization: `Bearer ${token}` },
      })
      expect(response.statusCode).toBe(401)
    }
    // The same claims with a five-minute life pass: only the lifetime was wrong.
    const fine = signServiceTokenClaims(t.config.JWT_SECRET_KEY, { ...claims, exp: iat + 300 })
    expect(
      (
        await t.app.inject({
          url: `/internal/enrollments/${enrollment.id}`,
          headers: { authorization: `Bearer ${fine}` },
        })
      ).statusCode,
    ).toBe(200)
  })

  it('answers 403 to a valid service token from a caller the route does not list', async () => {
    const { student, course, enrollment } = await enrolled()
    const lookup = `/internal/enrollments/lookup?student_id=${student.id}&course_id=${course.course_id}`
    const cases: Array<[string, string, number]> = [
      // The lookup is course-service's (content access); by id is progress's and certificates'.
      [lookup, 'course-service', 200],
      [lookup, 'progress-service', 403],
      [lookup, 'user-service', 403],
      [`/internal/enrollments/${enrollment.id}`, 'progress-service', 200],
      [`/internal/enrollments/${enrollment.id}`, 'certificate-service', 200],
      [`/internal/enrollments/${enrollment.id}`, 'course-service', 403],
      [`/internal/enrollments/${enrollment.id}`, 'user-service', 403],
    ]
    for (const [url, caller, status] of cases) {
      const response = await t.app.inject({ url, headers: t.serviceHeaders(caller) })
      expect([url, caller, response.statusCode]).toEqual([url, caller, status])
      if (status === 403) expect(response.json().error_code).toBe('FORBIDDEN')
    }
    // Events come from their producers only: progress-service and user-service.
    const event = progressEvent(enrollment, 10, 1)
    const asCertificates = await t.deliver(event, 'certificate-service')
    expect(asCertificates.statusCode).toBe(403)
  })
})

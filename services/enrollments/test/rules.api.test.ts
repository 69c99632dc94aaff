import { randomUUID } from 'node:crypto'
import type { CourseOutline } from '@smartcourse/contracts'
import { describe, expect, it } from 'vitest'
import { type EnrollmentsTestApp, progressEvent, useEnrollmentsTestApp, userDeletedEvent } from './helpers.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

type User = Awaited<ReturnType<EnrollmentsTestApp['user']>>

const eligibility = async (user: User, courseId: number) => {
  const response = await t.app.inject({
    url: `/internal/enrollments/eligibility?student_id=${user.id}&course_id=${courseId}`,
    headers: t.serviceHeaders('course-service'),
  })
  expect(response.statusCode).toBe(200)
  return response.json()
}

const get = async (id: number) =>
  (await t.app.inject({ url: `/enrollments/${id}`, headers: (await t.user('admin')).headers })).json()

const history = async (id: number) =>
  (await t.app.inject({ url: `/enrollments/${id}/history`, headers: (await t.user('admin')).headers })).json()

const sendEvent = (event: object) => t.deliver(event, 'course-service')

async function completeCourse(student: User, courseId: number) {
  const enrollment = (await t.enroll(student, courseId)).json()
  const response = await sendEvent(progressEvent(enrollment, 100, 1))
  expect(response.statusCode).toBe(200)
  expect((await get(enrollment.id)).status).toBe('completed')
}

describe('waitlist (issue 15)', () => {
  it('answers 201 waitlisted with a position once the seats are taken, COURSE_FULL without a waitlist', async () => {
    const withList = await t.course({ max_students: 1, waitlist_enabled: true })
    const without = await t.course({ max_students: 1 })
    for (const course of [withList, without])
      expect((await t.enroll(await t.user(), course.course_id)).statusCode).toBe(201)
    const first = await t.enroll(await t.user(), withList.course_id)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ status: 'waitlisted', waitlist_position: 1 })
    expect((await t.enroll(await t.user(), withList.course_id)).json()).toMatchObject({
      waitlist_position: 2,
    })
    const refused = await t.enroll(await t.user(), without.course_id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error_code).toBe('COURSE_FULL')
    expect((await history(first.json().id)).at(-1)).toMatchObject({ to_status: 'waitlisted' })
  })

  it('promotes the first waitlisted student when a seat is dropped, with history "Seat available"', async () => {
    const course = await t.course({ max_students: 1, waitlist_enabled: true })
    const seated = await t.user()
    const seat = (await t.enroll(seated, course.course_id)).json()
    const [a, b] = [await t.user(), await t.user()]
    const first = (await t.enroll(a, course.course_id)).json()
    const second = (await t.enroll(b, course.course_id)).json()
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${seat.id}`, headers: seated.headers })
    expect(await get(first.id)).toMatchObject({ status: 'active', waitlist_position: null })
    expect((await history(first.id)).at(-1)).toMatchObject({
      from_status: 'waitlisted',
      to_status: 'active',
      reason: 'Seat available',
    })
    expect(await get(second.id)).toMatchObject({ status: 'waitlisted', waitlist_position: 1 })
    // The dropped student queues again, behind everyone.
    expect((await t.enroll(seated, course.course_id)).json()).toMatchObject({
      status: 'waitlisted',
      waitlist_position: 2,
    })
  })

  it('lets a waitlisted student leave the list (DELETE → dropped) without promoting anyone', async () => {
    const course = await t.course({ max_students: 1, waitlist_enabled: true })
    await t.enroll(await t.user(), course.course_id)
    const leaver = await t.user()
    const left = (await t.enroll(leaver, course.course_id)).json()
    const stays = (await t.enroll(await t.user(), course.course_id)).json()
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/enrollments/${left.id}`,
      headers: leaver.headers,
    })
    expect(response.statusCode).toBe(200)
    expect(await get(left.id)).toMatchObject({ status: 'dropped', waitlist_position: null })
    expect((await history(left.id)).at(-1)).toMatchObject({ from_status: 'waitlisted', to_status: 'dropped' })
    expect(await get(stays.id)).toMatchObject({ status: 'waitlisted', waitlist_position: 1 })
  })

  it('promotes when the instructor suspends a student, and when a student’s account is deleted', async () => {
    const instructor = await t.user('instructor')
    const course = await t.course({ instructor_id: instructor.id, max_students: 1, waitlist_enabled: true })
    const seated = (await t.enroll(await t.user(), course.course_id)).json()
    const nextStudent = await t.user()
    const next = (await t.enroll(nextStudent, course.course_id)).json()
    const last = (await t.enroll(await t.user(), course.course_id)).json()
    const suspended = await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${seated.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended' },
    })
    expect(suspended.statusCode).toBe(200)
    expect(await get(next.id)).toMatchObject({ status: 'active' })
    expect((await sendEvent(userDeletedEvent(nextStudent.id))).statusCode).toBe(200)
    expect(await get(next.id)).toMatchObject({ status: 'dropped' })
    expect(await get(last.id)).toMatchObject({ status: 'active' })
    expect((await history(last.id)).at(-1)).toMatchObject({ reason: 'Seat available', changed_by: null })
  })

  it('promotes into the seats a raised max_students opens (course.capacity_changed), never above it', async () => {
    const course = await t.course({ max_students: 1, waitlist_enabled: true })
    await t.enroll(await t.user(), course.course_id)
    const queued = []
    for (let i = 0; i < 4; i += 1) queued.push((await t.enroll(await t.user(), course.course_id)).json())
    t.courses.outlines.set(course.course_id, { ...course, max_students: 3 })
    const event = {
      id: randomUUID(),
      type: 'course.capacity_changed',
      occurred_at: new Date().toISOString(),
      payload: { course_id: course.course_id, max_students: 3 },
    }
    expect((await sendEvent(event)).json()).toEqual({ status: 'processed' })
    expect((await sendEvent(event)).json()).toEqual({ status: 'duplicate' })
    const statuses = await Promise.all(queued.map(async (e) => (await get(e.id)).status))
    expect(statuses).toEqual(['active', 'active', 'waitlisted', 'waitlisted'])
    expect(await get(queued[2].id)).toMatchObject({ waitlist_position: 1 })
  })

  it('never demotes anyone when max_students is lowered, and promotes only below the new cap', async () => {
    const course = await t.course({ max_students: 2, waitlist_enabled: true })
    const seats = []
    for (let i = 0; i < 2; i += 1) {
      const student = await t.user()
      seats.push({ student, id: (await t.enroll(student, course.course_id)).json().id })
    }
    const queued = (await t.enroll(await t.user(), course.course_id)).json()
    t.courses.outlines.set(course.course_id, { ...course, max_students: 1 })
    const lowered = {
      id: randomUUID(),
      type: 'course.capacity_changed',
      occurred_at: new Date().toISOString(),
      payload: { course_id: course.course_id, max_students: 1 },
    }
    expect((await sendEvent(lowered)).statusCode).toBe(200)
    expect((await get(seats[1]!.id)).status).toBe('active')
    // One seat freed, but 1 is still taken of the new cap of 1: nobody moves up.
    const [first] = seats
    await t.app.inject({
      method: 'DELETE',
      url: `/enrollments/${first!.id}`,
      headers: first!.student.headers,
    })
    expect(await get(queued.id)).toMatchObject({ status: 'waitlisted', waitlist_position: 1 })
  })

  it('shows waitlisted students with positions in the roster and in my-courses', async () => {
    const instructor = await t.user('instructor')
    const course = await t.course({ instructor_id: instructor.id, max_students: 1, waitlist_enabled: true })
    await t.enroll(await t.user(), course.course_id)
    const student = await t.user()
    await t.enroll(await t.user(), course.course_id)
    await t.enroll(student, course.course_id)
    const roster = await t.app.inject({
      url: `/enrollments?course_id=${course.course_id}&status=waitlisted`,
      headers: instructor.headers,
    })
    expect(roster.json().items.map((e: { waitlist_position: number }) => e.waitlist_position)).toEqual([1, 2])
    const mine = await t.app.inject({ url: '/enrollments/my-courses', headers: student.headers })
    expect(mine.json().items[0]).toMatchObject({ status: 'waitlisted', waitlist_position: 2 })
  })

  it('counts a seat held for payment as taken; a paid course never waitlists', async () => {
    const course = await t.course({ max_students: 1, waitlist_enabled: true, price: '20.00' })
    expect((await t.enroll(await t.user(), course.course_id)).json().status).toBe('pending_payment')
    const refused = await t.enroll(await t.user(), course.course_id)
    expect(refused.json().error_code).toBe('COURSE_FULL')
  })
})

describe('enrollment windows and prerequisites (issue 15)', () => {
  it('answers 409 ENROLLMENT_NOT_OPEN before the window and ENROLLMENT_CLOSED from its end', async () => {
    const now = t.clock.now().getTime()
    const later = await t.course({ enrollment_start: new Date(now + 3_600_000).toISOString() })
    const over = await t.course({ enrollment_end: new Date(now - 1000).toISOString() })
    const open = await t.course({
      enrollment_start: new Date(now - 1000).toISOString(),
      enrollment_end: new Date(now + 3_600_000).toISOString(),
    })
    expect((await t.enroll(await t.user(), later.course_id)).json().error_code).toBe('ENROLLMENT_NOT_OPEN')
    expect((await t.enroll(await t.user(), over.course_id)).json().error_code).toBe('ENROLLMENT_CLOSED')
    expect((await t.enroll(await t.user(), open.course_id)).statusCode).toBe(201)
    t.clock.advance(2 * 3_600_000)
    expect((await t.enroll(await t.user(), later.course_id)).statusCode).toBe(201)
    expect((await t.enroll(await t.user(), open.course_id)).json().error_code).toBe('ENROLLMENT_CLOSED')
  })

  it('needs a completed enrollment in each prerequisite (409 PREREQUISITES_NOT_MET, missing ids)', async () => {
    const [first, second] = [await t.course(), await t.course()]
    const course = await t.course({ prerequisite_course_ids: [first.course_id, second.course_id] })
    const student = await t.user()
    const refused = await t.enroll(student, course.course_id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({
      error_code: 'PREREQUISITES_NOT_MET',
      details: { missing_course_ids: [first.course_id, second.course_id] },
    })
    await completeCourse(student, first.course_id)
    await t.enroll(student, second.course_id) // enrolled, not completed: still missing
    expect((await t.enroll(student, course.course_id)).json().details.missing_course_ids).toEqual([
      second.course_id,
    ])
    const enrollment = (await t.app.inject({ url: `/enrollments/my-courses`, headers: student.headers }))
      .json()
      .items.find((e: { course_id: number }) => e.course_id === second.course_id)
    await sendEvent(progressEvent({ ...enrollment, student_id: student.id }, 100, 1))
    expect((await t.enroll(student, course.course_id)).statusCode).toBe(201)
  })
})

describe('eligibility agrees with POST /enrollments (one rule set)', () => {
  const codeOf: Record<string, string> = { NOT_PUBLISHED: 'COURSE_NOT_PUBLISHED' }

  async function agrees(student: User, course: CourseOutline) {
    const before = await eligibility(student, course.course_id)
    const response = await t.enroll(student, course.course_id)
    if (before.can_enroll) {
      expect(response.statusCode, JSON.stringify(before)).toBe(201)
      expect(response.json().status).toBe(before.enrolls_as)
    } else {
      expect(response.statusCode).toBe(409)
      const first = before.reasons[0].code
      expect(response.json().error_code).toBe(codeOf[first] ?? first)
      expect(response.json().details.reasons).toEqual(before.reasons)
    }
    return before
  }

  it('gives every reason at once, and POST answers the first of them', async () => {
    const instructor = await t.user('instructor')
    const prerequisite = await t.course()
    const course = await t.course({
      status: 'draft',
      instructor_id: instructor.id,
      enrollment_end: new Date(t.clock.now().getTime() - 1000).toISOString(),
      prerequisite_course_ids: [prerequisite.course_id],
    })
    const answer = await agrees(instructor, course)
    expect(answer).toEqual({
      can_enroll: false,
      reasons: [
        { code: 'NOT_PUBLISHED', message: expect.any(String) },
        { code: 'OWN_COURSE', message: expect.any(String) },
        { code: 'ENROLLMENT_CLOSED', message: expect.any(String) },
        {
          code: 'PREREQUISITES_NOT_MET',
          message: expect.any(String),
          missing_course_ids: [prerequisite.course_id],
        },
      ],
      waitlist_position: null,
      enrolls_as: null,
    })
  })

  it('agrees on open, full, waitlisted, already enrolled and paid courses', async () => {
    const student = await t.user()
    const open = await t.course()
    expect(await agrees(student, open)).toMatchObject({ can_enroll: true, enrolls_as: 'active' })
    expect(await agrees(student, open)).toMatchObject({ reasons: [{ code: 'ALREADY_ENROLLED' }] })
    const full = await t.course({ max_students: 1 })
    await t.enroll(await t.user(), full.course_id)
    expect(await agrees(student, full)).toMatchObject({ reasons: [{ code: 'COURSE_FULL' }] })
    const listed = await t.course({ max_students: 1, waitlist_enabled: true })
    await t.enroll(await t.user(), listed.course_id)
    expect(await agrees(student, listed)).toMatchObject({ can_enroll: true, enrolls_as: 'waitlisted' })
    expect(await eligibility(student, listed.course_id)).toMatchObject({
      can_enroll: false,
      waitlist_position: 1,
      reasons: [{ code: 'ALREADY_ENROLLED' }],
    })
    const paid = await t.course({ price: '15.00' })
    expect(await agrees(student, paid)).toMatchObject({ can_enroll: true, enrolls_as: 'pending_payment' })
  })

  it('answers 404 for an unknown course', async () => {
    const response = await t.app.inject({
      url: `/internal/enrollments/eligibility?student_id=1&course_id=2000000000`,
      headers: t.serviceHeaders('course-service'),
    })
    expect(response.statusCode).toBe(404)
  })
})

describe('Idempotency-Key on POST /enrollments', () => {
  it('replays the first answer with Idempotent-Replayed: true, without enrolling again', async () => {
    const course = await t.course()
    const student = await t.user()
    const key = { 'idempotency-key': randomUUID() }
    const first = await t.enroll(student, course.course_id, key)
    expect(first.statusCode).toBe(201)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    const again = await t.enroll(student, course.course_id, key)
    expect(again.statusCode).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.json()).toEqual(first.json())
    // Without the key the second request does the work and is refused.
    expect((await t.enroll(student, course.course_id)).json().error_code).toBe('ALREADY_ENROLLED')
  })

  it('replays refusals too, and refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED)', async () => {
    const student = await t.user()
    const closed = await t.course({ status: 'draft' })
    const key = { 'idempotency-key': randomUUID() }
    const refused = await t.enroll(student, closed.course_id, key)
    expect(refused.statusCode).toBe(409)
    const replay = await t.enroll(student, closed.course_id, key)
    expect(replay.statusCode).toBe(409)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    const other = await t.enroll(student, (await t.course()).course_id, key)
    expect(other.statusCode).toBe(422)
    expect(other.json().error_code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('keeps keys per user, refuses keys over 255 characters, and forgets them after 24 h', async () => {
    const course = await t.course()
    const key = { 'idempotency-key': randomUUID() }
    const [a, b] = [await t.user(), await t.user()]
    const first = await t.enroll(a, course.course_id, key)
    const other = await t.enroll(b, course.course_id, key)
    expect(other.statusCode).toBe(201)
    expect(other.headers['idempotent-replayed']).toBeUndefined()
    expect(other.json().id).not.toBe(first.json().id)
    const long = await t.enroll(a, course.course_id, { 'idempotency-key': 'k'.repeat(256) })
    expect(long.statusCode).toBe(422)
    expect(long.json().error_code).toBe('VALIDATION_ERROR')
    expect(
      (await t.enroll(a, (await t.course()).course_id, { 'idempotency-key': 'k'.repeat(255) })).statusCode,
    ).toBe(201)
    t.clock.advance(24 * 60 * 60 * 1000 + 1000)
    const expired = await t.enroll(a, course.course_id, key)
    expect(expired.headers['idempotent-replayed']).toBeUndefined()
    expect(expired.json().error_code).toBe('ALREADY_ENROLLED')
  })

  it('keeps no answer of a 5xx: the retry with the same key does the work', async () => {
    const course = await t.course()
    const student = await t.user()
    const key = { 'idempotency-key': randomUUID() }
    t.courses.state.down = true
    try {
      expect((await t.enroll(student, course.course_id, key)).statusCode).toBe(503)
    } finally {
      t.courses.state.down = false
    }
    const retry = await t.enroll(student, course.course_id, key)
    expect(retry.statusCode).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBeUndefined()
  })
})

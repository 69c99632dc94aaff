import { randomUUID } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { type EnrollmentsTestApp, progressEvent, useEnrollmentsTestApp, userDeletedEvent } from './helpers.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

async function newEnrollment() {
  const instructor = await t.user('instructor')
  const student = await t.user()
  const course = await t.course({ instructor_id: instructor.id })
  const response = await t.enroll(student, course.course_id)
  return { instructor, student, course, enrollment: response.json() }
}

function completionsDeliveredFor(enrollmentId: number) {
  return t.certificates.received.filter(
    (request) =>
      (request.body as { payload: { enrollment_id: number } }).payload.enrollment_id === enrollmentId,
  )
}

describe('POST /internal/events (progress.updated)', () => {
  it('keeps completion_percentage, last_accessed_at and started_at current', async () => {
    const { student, enrollment } = await newEnrollment()
    const accessed = new Date('2026-03-01T10:00:00.000Z')
    expect((await t.deliver(progressEvent(enrollment, 33.33, 1, accessed))).json()).toEqual({
      status: 'processed',
    })
    const body = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(body).toMatchObject({
      status: 'active',
      completion_percentage: 33.33,
      last_accessed_at: accessed.toISOString(),
      started_at: accessed.toISOString(),
    })
    const mine = await t.app.inject({ url: '/enrollments/my-courses', headers: student.headers })
    expect(mine.json().items[0].completion_percentage).toBe(33.33)
  })

  it('ignores a version older than the one applied', async () => {
    const { student, enrollment } = await newEnrollment()
    await t.deliver(progressEvent(enrollment, 66.67, 2))
    await t.deliver(progressEvent(enrollment, 33.33, 1))
    const body = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(body.completion_percentage).toBe(66.67)
  })

  it('completes the enrollment at 100 % and delivers enrollment.completed to certificates', async () => {
    const { student, course, enrollment } = await newEnrollment()
    await t.deliver(progressEvent(enrollment, 100, 1))
    const body = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(body).toMatchObject({ status: 'completed', completion_percentage: 100 })
    expect(body.completed_at).toMatch(/Z$/)
    await vi.waitFor(() => expect(completionsDeliveredFor(enrollment.id)).toHaveLength(1))
    const [request] = completionsDeliveredFor(enrollment.id)
    expect(request).toMatchObject({ method: 'POST', path: '/internal/events' })
    expect(request!.body).toEqual({
      id: expect.any(String),
      type: 'enrollment.completed',
      occurred_at: expect.any(String),
      payload: {
        enrollment_id: enrollment.id,
        student_id: student.id,
        course_id: course.course_id,
        completed_at: body.completed_at,
      },
    })
  })

  it('changes nothing when the same event is delivered again', async () => {
    const { student, enrollment } = await newEnrollment()
    const event = progressEvent(enrollment, 100, 1)
    expect((await t.deliver(event)).json()).toEqual({ status: 'processed' })
    const first = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect((await t.deliver(event)).json()).toEqual({ status: 'duplicate' })
    const second = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(second).toEqual(first)
    const history = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}/history`, headers: student.headers })
    ).json()
    expect(history.filter((entry: { to_status: string }) => entry.to_status === 'completed')).toHaveLength(1)
    await vi.waitFor(() => expect(completionsDeliveredFor(enrollment.id)).toHaveLength(1))
  })

  it('completes exactly once when several 100 % events arrive at once', async () => {
    const { student, enrollment } = await newEnrollment()
    await Promise.all([1, 2, 3, 4].map((version) => t.deliver(progressEvent(enrollment, 100, version))))
    const history = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}/history`, headers: student.headers })
    ).json()
    expect(history.filter((entry: { to_status: string }) => entry.to_status === 'completed')).toHaveLength(1)
    await vi.waitFor(() => expect(completionsDeliveredFor(enrollment.id)).toHaveLength(1))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(completionsDeliveredFor(enrollment.id)).toHaveLength(1)
  })

  it('does not complete a suspended enrollment', async () => {
    const { instructor, enrollment } = await newEnrollment()
    await t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollment.id}/status`,
      headers: instructor.headers,
      payload: { status: 'suspended' },
    })
    await t.deliver(progressEvent(enrollment, 100, 1))
    const body = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: instructor.headers })
    ).json()
    expect(body).toMatchObject({ status: 'suspended', completion_percentage: 100, completed_at: null })
  })

  it('delivers enrollment.completed once certificate-service is back: nothing is lost', async () => {
    const { enrollment } = await newEnrollment()
    t.certificates.state.down = true
    try {
      const attemptsBefore = t.certificates.state.attempts
      await t.deliver(progressEvent(enrollment, 100, 1))
      await vi.waitFor(() => expect(t.certificates.state.attempts).toBeGreaterThan(attemptsBefore))
      expect(completionsDeliveredFor(enrollment.id)).toHaveLength(0)
    } finally {
      t.certificates.state.down = false
    }
    await vi.waitFor(() => expect(completionsDeliveredFor(enrollment.id)).toHaveLength(1), {
      timeout: 10_000,
    })
  })

  it.each(['course.archived', 'constructor'])(
    'answers 200 and ignores event types it does not consume (%s)',
    async (type) => {
      const response = await t.deliver({
        id: randomUUID(),
        type,
        occurred_at: new Date().toISOString(),
        payload: { course_id: 1 },
      })
      expect(response.statusCode).toBe(200)
      expect(response.json()).toEqual({ status: 'ignored' })
    },
  )

  it('answers 422 for a malformed envelope or payload and changes nothing', async () => {
    const { student, enrollment } = await newEnrollment()
    const good = progressEvent(enrollment, 100, 1)
    expect((await t.deliver({ ...good, id: 'not-a-uuid' })).statusCode).toBe(422)
    expect((await t.deliver({ ...good, payload: { ...good.payload, version: 'x' } })).statusCode).toBe(422)
    expect((await t.deliver({ ...good, payload: { enrollment_id: enrollment.id } })).statusCode).toBe(422)
    const body = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(body).toMatchObject({ status: 'active', completion_percentage: 0 })
  })

  it('refuses user tokens', async () => {
    const { student, enrollment } = await newEnrollment()
    const response = await t.app.inject({
      method: 'POST',
      url: '/internal/events',
      headers: student.headers,
      payload: progressEvent(enrollment, 100, 1),
    })
    expect(response.statusCode).toBe(401)
  })
})

describe("POST /internal/events/batch (a relay's batch)", () => {
  async function read(session: { headers: Record<string, string> }, enrollmentId: number) {
    return (await t.app.inject({ url: `/enrollments/${enrollmentId}`, headers: session.headers })).json()
  }

  it("applies each enrollment's newest version, answers per event in order, and ignores older ones", async () => {
    const first = await newEnrollment()
    const second = await newEnrollment()
    const accessed = new Date('2026-03-02T09:00:00.000Z')
    const events = [
      progressEvent(first.enrollment, 50, 2, accessed),
      progressEvent(first.enrollment, 25, 1),
      progressEvent(second.enrollment, 10, 1, accessed),
      { id: randomUUID(), type: 'course.archived', occurred_at: new Date().toISOString(), payload: {} },
    ]
    const response = await t.deliverBatch(events)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      results: [
        { id: events[0]!.id, status: 'processed' },
        { id: events[1]!.id, status: 'processed' },
        { id: events[2]!.id, status: 'processed' },
        { id: events[3]!.id, status: 'ignored' },
      ],
    })
    expect(await read(first.student, first.enrollment.id)).toMatchObject({
      status: 'active',
      completion_percentage: 50,
      last_accessed_at: accessed.toISOString(),
      started_at: accessed.toISOString(),
    })
    expect(await read(second.student, second.enrollment.id)).toMatchObject({ completion_percentage: 10 })
    // A later batch with an older version changes nothing; the same events again are duplicates.
    await t.deliverBatch([progressEvent(first.enrollment, 5, 1), progressEvent(second.enrollment, 5, 1)])
    expect((await read(first.student, first.enrollment.id)).completion_percentage).toBe(50)
    expect((await read(second.student, second.enrollment.id)).completion_percentage).toBe(10)
    const again = await t.deliverBatch(events.slice(0, 3))
    expect(again.json().results.map((result: { status: string }) => result.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ])
  })

  it('completes an enrollment reaching 100 % exactly once and delivers enrollment.completed', async () => {
    const { student, enrollment } = await newEnrollment()
    const other = await newEnrollment()
    await t.deliverBatch([
      progressEvent(enrollment, 100, 1),
      progressEvent(enrollment, 100, 2),
      progressEvent(other.enrollment, 40, 1),
    ])
    expect(await read(student, enrollment.id)).toMatchObject({
      status: 'completed',
      completion_percentage: 100,
    })
    expect((await read(other.student, other.enrollment.id)).status).toBe('active')
    const history = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}/history`, headers: student.headers })
    ).json()
    expect(history.filter((entry: { to_status: string }) => entry.to_status === 'completed')).toHaveLength(1)
    await vi.waitFor(() => expect(completionsDeliveredFor(enrollment.id)).toHaveLength(1))
  })

  it('fails an event with an invalid payload alone; the others are applied', async () => {
    const { student, enrollment } = await newEnrollment()
    const bad = progressEvent(enrollment, 100, 9)
    const badEvent = { ...bad, payload: { ...bad.payload, version: 'x' } }
    const good = progressEvent(enrollment, 30, 1)
    const response = await t.deliverBatch([badEvent, good])
    expect(response.statusCode).toBe(200)
    const [failed, applied] = response.json().results
    expect(failed).toMatchObject({
      id: badEvent.id,
      status: 'failed',
      error: expect.stringContaining('version'),
    })
    expect(applied).toEqual({ id: good.id, status: 'processed' })
    expect(await read(student, enrollment.id)).toMatchObject({ status: 'active', completion_percentage: 30 })
  })

  it('answers 422 for a malformed batch and 401 for a user token', async () => {
    const { student, enrollment } = await newEnrollment()
    expect((await t.deliverBatch([])).statusCode).toBe(422)
    const tooMany = Array.from({ length: 501 }, (_, version) => progressEvent(enrollment, 1, version + 1))
    expect((await t.deliverBatch(tooMany)).statusCode).toBe(422)
    expect((await t.deliverBatch([{ ...progressEvent(enrollment, 1, 1), id: 'nope' }])).statusCode).toBe(422)
    const response = await t.app.inject({
      method: 'POST',
      url: '/internal/events/batch',
      headers: student.headers,
      payload: { events: [progressEvent(enrollment, 100, 1)] },
    })
    expect(response.statusCode).toBe(401)
    expect((await read(student, enrollment.id)).completion_percentage).toBe(0)
  })
})

describe('POST /internal/events (user.deleted)', () => {
  type Session = Awaited<ReturnType<EnrollmentsTestApp['user']>>

  async function read(admin: Session, enrollmentId: number) {
    const response = await t.app.inject({ url: `/enrollments/${enrollmentId}`, headers: admin.headers })
    return response.json()
  }

  async function history(admin: Session, enrollmentId: number) {
    const response = await t.app.inject({
      url: `/enrollments/${enrollmentId}/history`,
      headers: admin.headers,
    })
    return response.json() as { from_status: string | null; to_status: string; reason: string | null }[]
  }

  function setStatus(admin: Session, enrollmentId: number, status: string) {
    return t.app.inject({
      method: 'PATCH',
      url: `/enrollments/${enrollmentId}/status`,
      headers: admin.headers,
      payload: { status },
    })
  }

  it('drops the student’s active and suspended enrollments with a history entry by the system', async () => {
    const admin = await t.user('admin')
    const student = await t.user()
    const classmate = await t.user()
    const [active, suspended, completed] = await Promise.all([t.course(), t.course(), t.course()])
    const ids = {
      active: (await t.enroll(student, active!.course_id)).json().id as number,
      suspended: (await t.enroll(student, suspended!.course_id)).json().id as number,
      completed: (await t.enroll(student, completed!.course_id)).json() as { id: number },
      classmate: (await t.enroll(classmate, active!.course_id)).json().id as number,
    }
    expect((await setStatus(admin, ids.suspended, 'suspended')).statusCode).toBe(200)
    await t.deliver(
      progressEvent({ ...ids.completed, student_id: student.id, course_id: completed!.course_id }, 100, 1),
    )
    const completedBefore = await read(admin, ids.completed.id)
    expect(completedBefore.status).toBe('completed')

    const response = await t.deliver(userDeletedEvent(student.id))
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'processed' })

    for (const [id, from] of [
      [ids.active, 'active'],
      [ids.suspended, 'suspended'],
    ] as const) {
      const body = await read(admin, id)
      expect(body.status).toBe('dropped')
      expect(body.dropped_at).toMatch(/Z$/)
      expect((await history(admin, id)).at(-1)).toMatchObject({
        from_status: from,
        to_status: 'dropped',
        reason: 'Account deleted',
        changed_by: null,
      })
    }
    expect(await read(admin, ids.completed.id)).toEqual(completedBefore)
    expect((await history(admin, ids.completed.id)).map((entry) => entry.to_status)).toEqual([
      'active',
      'completed',
    ])
    expect((await read(admin, ids.classmate)).status).toBe('active')
  })

  it('frees the student’s seat: a full course takes another student afterwards', async () => {
    const leaving = await t.user()
    const waiting = await t.user()
    const course = await t.course({ max_students: 1 })
    expect((await t.enroll(leaving, course.course_id)).statusCode).toBe(201)
    const refused = await t.enroll(waiting, course.course_id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error_code).toBe('COURSE_FULL')
    await t.deliver(userDeletedEvent(leaving.id))
    expect((await t.enroll(waiting, course.course_id)).statusCode).toBe(201)
  })

  it('changes nothing when the same user.deleted is delivered again', async () => {
    const admin = await t.user('admin')
    const student = await t.user()
    const course = await t.course()
    const enrollmentId = (await t.enroll(student, course.course_id)).json().id as number
    const event = userDeletedEvent(student.id)
    expect((await t.deliver(event)).json()).toEqual({ status: 'processed' })
    // An admin reinstates the enrollment; a redelivery of the old event must not drop it again.
    expect((await setStatus(admin, enrollmentId, 'active')).statusCode).toBe(200)
    expect((await t.deliver(event)).json()).toEqual({ status: 'duplicate' })
    expect((await read(admin, enrollmentId)).status).toBe('active')
    const drops = (await history(admin, enrollmentId)).filter((entry) => entry.reason === 'Account deleted')
    expect(drops).toHaveLength(1)
  })

  it('answers 422 for a malformed payload and drops nothing', async () => {
    const admin = await t.user('admin')
    const student = await t.user()
    const enrollmentId = (await t.enroll(student, (await t.course()).course_id)).json().id as number
    const event = userDeletedEvent(student.id)
    for (const payload of [{ user_id: String(student.id) }, {}]) {
      const response = await t.deliver({ ...event, payload })
      expect(response.statusCode).toBe(422)
      expect(response.json().error_code).toBe('VALIDATION_ERROR')
    }
    expect((await read(admin, enrollmentId)).status).toBe('active')
    // The rejected deliveries did not consume the event id: the valid one still applies.
    expect((await t.deliver(event)).json()).toEqual({ status: 'processed' })
    expect((await read(admin, enrollmentId)).status).toBe('dropped')
  })
})

import { expect, it } from 'vitest'
import type { EnrollmentsTestApp } from './helpers.js'

type Inject = Awaited<ReturnType<EnrollmentsTestApp['app']['inject']>>

/**
 * Waitlist and Idempotency-Key under concurrency (issue 15). Run on PGlite by `npm test` and on
 * real PostgreSQL by `npm run test:faults` (waitlist.faults.test.ts), where the requests really
 * race on separate connections.
 */
export function waitlistConcurrencySuite(app: () => EnrollmentsTestApp) {
  const enroll = (t: EnrollmentsTestApp, headers: Record<string, string>, courseId: number) =>
    t.app.inject({ method: 'POST', url: '/enrollments', headers, payload: { course_id: courseId } })

  async function waitlist(t: EnrollmentsTestApp, courseId: number) {
    const admin = await t.user('admin')
    const response = await t.app.inject({
      url: `/enrollments?course_id=${courseId}&status=waitlisted&page_size=100`,
      headers: admin.headers,
    })
    expect(response.statusCode).toBe(200)
    return response.json().items as { id: number; student_id: number; waitlist_position: number }[]
  }

  async function countBy(t: EnrollmentsTestApp, courseId: number) {
    const admin = await t.user('admin')
    const response = await t.app.inject({
      url: `/enrollments?course_id=${courseId}&page_size=100`,
      headers: admin.headers,
    })
    const counts: Record<string, number> = {}
    for (const item of response.json().items as { status: string }[]) {
      counts[item.status] = (counts[item.status] ?? 0) + 1
    }
    return counts
  }

  it('50 simultaneous enrollments into 5 seats: exactly 5 active, 45 waitlisted at positions 1..45', async () => {
    const t = app()
    const course = await t.course({ max_students: 5, waitlist_enabled: true })
    const students = await Promise.all(Array.from({ length: 50 }, () => t.user()))
    const responses: Inject[] = await Promise.all(
      students.map((student) => enroll(t, student.headers, course.course_id)),
    )
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201))
    const bodies = responses.map((r) => r.json())
    expect(bodies.filter((b) => b.status === 'active')).toHaveLength(5)
    const waiting = bodies.filter((b) => b.status === 'waitlisted')
    expect(waiting).toHaveLength(45)
    // Each was told the place it got; together they are 1..45 without gaps or repeats.
    expect(waiting.map((b) => b.waitlist_position).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    )
    const queue = await waitlist(t, course.course_id)
    expect(queue.map((e) => e.waitlist_position)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1))
    // The roster agrees with what each student was answered.
    const told = new Map(waiting.map((b) => [b.id, b.waitlist_position]))
    for (const entry of queue) expect(told.get(entry.id)).toBe(entry.waitlist_position)
    expect(await countBy(t, course.course_id)).toEqual({ active: 5, waitlisted: 45 })
  })

  it('10 simultaneous drops: exactly 10 promotions, the first 10 of the queue in order', async () => {
    const t = app()
    const course = await t.course({ max_students: 10, waitlist_enabled: true })
    const seated = []
    for (let i = 0; i < 10; i += 1) {
      const student = await t.user()
      seated.push({ student, enrollment: (await enroll(t, student.headers, course.course_id)).json() })
    }
    const queued = []
    for (let i = 0; i < 15; i += 1) {
      const student = await t.user()
      const body = (await enroll(t, student.headers, course.course_id)).json()
      expect(body).toMatchObject({ status: 'waitlisted', waitlist_position: i + 1 })
      queued.push(body)
    }
    const drops = await Promise.all(
      seated.map(({ student, enrollment }) =>
        t.app.inject({ method: 'DELETE', url: `/enrollments/${enrollment.id}`, headers: student.headers }),
      ),
    )
    expect(drops.map((d) => d.statusCode)).toEqual(Array(10).fill(200))
    expect(await countBy(t, course.course_id)).toEqual({ active: 10, waitlisted: 5, dropped: 10 })
    const admin = await t.user('admin')
    const promotedAt: string[] = []
    for (const [index, body] of queued.entries()) {
      const now = (await t.app.inject({ url: `/enrollments/${body.id}`, headers: admin.headers })).json()
      if (index < 10) {
        expect(now).toMatchObject({ status: 'active', waitlist_position: null })
        const history = (
          await t.app.inject({ url: `/enrollments/${body.id}/history`, headers: admin.headers })
        ).json()
        expect(history.at(-1)).toMatchObject({
          from_status: 'waitlisted',
          to_status: 'active',
          reason: 'Seat available',
          changed_by: null,
        })
        promotedAt.push(history.at(-1).changed_at)
      } else {
        expect(now).toMatchObject({ status: 'waitlisted', waitlist_position: index - 9 })
      }
    }
    // FIFO: whoever joined the queue earlier was promoted no later.
    expect([...promotedAt].sort()).toEqual(promotedAt)
  })

  it('20 concurrent requests with one Idempotency-Key: one enrollment, one answer for all', async () => {
    const t = app()
    const course = await t.course({ max_students: 5, waitlist_enabled: true })
    const student = await t.user()
    const headers = { ...student.headers, 'idempotency-key': `enroll-${course.course_id}` }
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => enroll(t, headers, course.course_id)),
    )
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201))
    expect(new Set(responses.map((r) => r.body)).size).toBe(1)
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19)
    expect(await countBy(t, course.course_id)).toEqual({ active: 1 })
    const admin = await t.user('admin')
    const history = await t.app.inject({
      url: `/enrollments/${responses[0]!.json().id}/history`,
      headers: admin.headers,
    })
    expect(history.json()).toHaveLength(1)
  })
}

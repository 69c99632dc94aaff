import { describe, expect, it, vi } from 'vitest'
import { type EnrollmentsTestApp, progressEvent, useEnrollmentsTestApp } from './helpers.js'

// Issue 9.12 through enrollment-service's API: enrollment.completed to a certificate-service that
// stays down is parked after OUTBOX_DEAD_LETTER_AFTER_MINUTES (the test clock moves), an admin
// sees it and redrives it, and it is delivered once the subscriber is back.
let t: EnrollmentsTestApp
const LIST = '/admin/events/enrollments/dead-letters'
useEnrollmentsTestApp((started) => (t = started), { config: { OUTBOX_DEAD_LETTER_AFTER_MINUTES: 60 } })

async function completedWhileCertificatesDown() {
  const instructor = await t.user('instructor')
  const student = await t.user()
  const course = await t.course({ instructor_id: instructor.id })
  const enrollment = (await t.enroll(student, course.course_id)).json()
  const attempts = t.certificates.state.attempts
  const completed = await t.deliver(progressEvent(enrollment, 100, 1))
  expect(completed.json()).toEqual({ status: 'processed' })
  await vi.waitFor(() => expect(t.certificates.state.attempts).toBeGreaterThan(attempts), { timeout: 10_000 })
  return enrollment
}

const delivered = (enrollmentId: number) =>
  t.certificates.received.filter(
    (request) =>
      (request.body as { payload: { enrollment_id: number } }).payload.enrollment_id === enrollmentId,
  )

describe('dead letters of enrollment-service', () => {
  it('are for admins only: 401 anonymous, 403 for a student', async () => {
    const student = await t.user()
    expect((await t.app.inject({ url: LIST })).statusCode).toBe(401)
    const forbidden = await t.app.inject({ url: LIST, headers: student.headers })
    expect(forbidden.statusCode).toBe(403)
    expect(forbidden.json().error_code).toBe('FORBIDDEN')
    const redrive = await t.app.inject({ method: 'POST', url: `${LIST}/1/redrive`, headers: student.headers })
    expect(redrive.statusCode).toBe(403)
  })

  it('lists an event parked after failing for the dead-letter time, and redrives it to delivery', async () => {
    const admin = await t.user('admin')
    t.certificates.state.down = true
    try {
      const enrollment = await completedWhileCertificatesDown()
      // Failing, but not for an hour yet: still pending, not a dead letter.
      const before = (await t.app.inject({ url: LIST, headers: admin.headers })).json()
      expect(before).toMatchObject({ items: [], total: 0 })

      t.clock.advance(61 * 60_000)
      let parked: { id: number; status: string; type: string; destination: string } | undefined
      await vi.waitFor(
        async () => {
          const page = (await t.app.inject({ url: LIST, headers: admin.headers })).json()
          expect(page.total).toBe(1)
          parked = page.items[0]
        },
        { timeout: 10_000 },
      )
      expect(parked).toMatchObject({
        status: 'parked',
        type: 'enrollment.completed',
        destination: 'certificates',
        last_error: expect.stringContaining('unavailable'),
      })
      expect(delivered(enrollment.id)).toHaveLength(0)

      t.certificates.state.down = false
      const redriven = await t.app.inject({
        method: 'POST',
        url: `${LIST}/${parked!.id}/redrive`,
        headers: admin.headers,
      })
      expect(redriven.statusCode).toBe(200)
      expect(redriven.json()).toMatchObject({
        id: parked!.id,
        status: 'pending',
        attempts: 0,
        parked_at: null,
      })
      await vi.waitFor(() => expect(delivered(enrollment.id)).toHaveLength(1), { timeout: 10_000 })
      expect((await t.app.inject({ url: LIST, headers: admin.headers })).json().total).toBe(0)

      // Not parked any more: nothing to redrive.
      const again = await t.app.inject({
        method: 'POST',
        url: `${LIST}/${parked!.id}/redrive`,
        headers: admin.headers,
      })
      expect(again.statusCode).toBe(404)
      expect(again.json().error_code).toBe('NOT_FOUND')
    } finally {
      t.certificates.state.down = false
    }
  })

  it('answers 422 for an id that is not a positive integer', async () => {
    const admin = await t.user('admin')
    const response = await t.app.inject({
      method: 'POST',
      url: `${LIST}/abc/redrive`,
      headers: admin.headers,
    })
    expect(response.statusCode).toBe(422)
  })
})

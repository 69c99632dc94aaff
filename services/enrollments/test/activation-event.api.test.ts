import type { ServiceRequest } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { type EnrollmentsTestApp, useEnrollmentsTestApp } from './helpers.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

async function activations(enrollmentId: number, wait = true, type = 'enrollment.activated') {
  const deadline = Date.now() + (wait ? 5000 : 300)
  for (;;) {
    const found = t.userEvents.received
      .map((request: ServiceRequest) => request.body as { type: string; payload: { enrollment_id: number } })
      .filter((event) => event.type === type && event.payload.enrollment_id === enrollmentId)
    if ((wait && found.length > 0) || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('enrollment.activated (user-service mails "enrollment confirmed")', () => {
  it('is enrollment.promoted instead when the seat comes from the waitlist', async () => {
    const course = await t.course({ title: 'Queueing Theory', max_students: 1, waitlist_enabled: true })
    const seated = await t.user()
    const seat = (await t.enroll(seated, course.course_id)).json()
    const waiting = await t.user()
    const queued = (await t.enroll(waiting, course.course_id)).json()
    expect(queued.status).toBe('waitlisted')
    expect(await activations(queued.id, false)).toHaveLength(0)
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${seat.id}`, headers: seated.headers })
    const [event, ...more] = await activations(queued.id, true, 'enrollment.promoted')
    expect(more).toHaveLength(0)
    expect(event!.payload).toMatchObject({
      enrollment_id: queued.id,
      student_id: waiting.id,
      course_title: 'Queueing Theory',
    })
    expect(await activations(queued.id, false)).toHaveLength(0)
  })

  it('is published once when a free enrollment is created', async () => {
    const student = await t.user()
    const course = await t.course({ title: 'Signals and Systems' })
    const response = await t.enroll(student, course.course_id)
    expect(response.statusCode).toBe(201)
    const enrollment = response.json()
    const [event, ...more] = await activations(enrollment.id)
    expect(more).toHaveLength(0)
    expect(event!.payload).toMatchObject({
      enrollment_id: enrollment.id,
      student_id: student.id,
      course_id: course.course_id,
      course_title: 'Signals and Systems',
    })
  })

  it('waits for the payment of a paid course, then is published', async () => {
    const student = await t.user()
    const course = await t.course({ price: '49.00' })
    const created = await t.enroll(student, course.course_id)
    const enrollment = created.json()
    expect(enrollment.status).toBe('pending_payment')
    expect(await activations(enrollment.id, false)).toHaveLength(0)
    const path = new URL(enrollment.checkout_url).pathname
    const paid = await t.payTestCheckout(path)
    expect(paid.statusCode).toBe(303)
    expect(await activations(enrollment.id)).toHaveLength(1)
  })
})

import { EventTypes } from '@smartcourse/contracts'
import type { ServiceRequest } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, PUBLIC_BASE_URL, type TestContext } from './helpers.js'

let t: TestContext
let strict: TestContext
beforeAll(async () => {
  t = await createTestContext()
  strict = await createTestContext({ REQUIRE_VERIFIED_FOR_CERTIFICATES: true })
})
afterAll(async () => {
  await t?.close()
  await strict?.close()
})

async function eventsTo(context: TestContext, type: string, certificateId: number) {
  const deadline = Date.now() + 5000
  for (;;) {
    const found = context.userEvents.received
      .map((request: ServiceRequest) => request.body as { type: string; payload: { certificate_id: number } })
      .filter((event) => event.type === type && event.payload.certificate_id === certificateId)
    if (found.length > 0 || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('certificate events for user-service (the notification mails)', () => {
  it('publishes certificate.issued with the verification and PDF links, once', async () => {
    const { certificate, student, title } = await t.issueCertificate({ title: 'Compilers' })
    const [event, ...more] = await eventsTo(t, EventTypes.certificateIssued, certificate.id)
    expect(more).toHaveLength(0)
    expect(event!.payload).toEqual({
      certificate_id: certificate.id,
      student_id: student.id,
      course_id: certificate.course_id,
      course_title: title,
      certificate_number: certificate.certificate_number,
      verification_url: certificate.verification_url,
      pdf_url: `${PUBLIC_BASE_URL}/api/v1/certificates/${certificate.id}/pdf`,
    })
  })

  it('publishes certificate.revoked with the reason when an admin revokes', async () => {
    const { certificate } = await t.issueCertificate()
    const admin = t.addUser('admin')
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/certificates/${certificate.id}/revoke`,
      headers: admin.auth,
      payload: { reason: 'Issued to the wrong person by mistake' },
    })
    expect(revoked.statusCode).toBe(200)
    const [event] = await eventsTo(t, EventTypes.certificateRevoked, certificate.id)
    expect(event!.payload).toMatchObject({
      certificate_id: certificate.id,
      reason: 'Issued to the wrong person by mistake',
      verification_url: certificate.verification_url,
    })
  })
})

describe('REQUIRE_VERIFIED_FOR_CERTIFICATES=true', () => {
  it('issuing waits (the event is refused, so it is retried) until the student is verified', async () => {
    const enrollment = strict.addEnrollment()
    const refused = await strict.deliver('enrollment.completed', enrollment.payload)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error_code).toBe('EMAIL_NOT_VERIFIED')
    const none = await strict.app.inject({
      method: 'GET',
      url: '/certificates/my-certificates',
      headers: enrollment.student.auth,
    })
    expect(none.json()).toEqual([])

    strict.peers.state.users.get(enrollment.student.id)!.is_verified = true
    const accepted = await strict.deliver('enrollment.completed', enrollment.payload)
    expect(accepted.statusCode).toBe(200)
    const list = await strict.app.inject({
      method: 'GET',
      url: '/certificates/my-certificates',
      headers: enrollment.student.auth,
    })
    expect(list.json()).toHaveLength(1)
  })
})

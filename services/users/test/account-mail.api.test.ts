import { randomUUID } from 'node:crypto'
import { EventTypes } from '@smartcourse/contracts'
import { tokenFromMail } from '@smartcourse/service-kit/testing-smtp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, login, signUp } from './helpers.js'
import { createMailTestApp } from './mail-harness.js'

let harness: Awaited<ReturnType<typeof createMailTestApp>>

beforeAll(async () => {
  harness = await createMailTestApp({ mailLimits: { resendPerUser: 2, perEmail: 2, perIp: 1000 } })
})
afterAll(() => harness?.close())

const post = (url: string, payload?: object, headers?: Record<string, string>) =>
  harness.app.inject({ method: 'POST', url, payload, headers })
const me = (headers: Record<string, string>) =>
  harness.app.inject({ method: 'GET', url: '/users/me', headers })
const verificationMail = (email: string) =>
  harness.smtp.waitFor((m) => m.to === email && m.subject.startsWith('Confirm your e-mail address'))

function deliver(type: string, payload: object, id = randomUUID()) {
  return post(
    '/internal/events',
    { id, type, occurred_at: new Date().toISOString(), payload },
    {
      authorization: `Bearer ${harness.deps.tokens.issueServiceToken('certificate-service', 'user-service')}`,
    },
  )
}

const certificateIssued = (studentId: number, number = `SC-2026-${String(studentId).padStart(6, '0')}`) => ({
  certificate_id: studentId,
  student_id: studentId,
  course_id: 7,
  course_title: 'Distributed Systems',
  certificate_number: number,
  verification_url: 'http://localhost:8080/verify/ABCD-EFGH',
  pdf_url: `http://localhost:8080/api/v1/certificates/${studentId}/pdf`,
})

describe('e-mail verification', () => {
  it('registration mails a link; POST /auth/verify-email sets is_verified, once', async () => {
    const user = await signUp(harness.app)
    expect((await me(user.headers)).json().is_verified).toBe(false)
    const mail = await verificationMail(user.email)
    expect(mail.text).toContain('http://localhost:8080/app/verify-email?token=')
    const token = tokenFromMail(mail)

    const verified = await post('/auth/verify-email', { token })
    expect(verified.statusCode).toBe(200)
    expect((await me(user.headers)).json().is_verified).toBe(true)

    const again = await post('/auth/verify-email', { token })
    expect(again.statusCode).toBe(400)
    expect(again.json().error_code).toBe('INVALID_VERIFICATION_TOKEN')
  })

  it('resend needs a session, is throttled per user, and refuses a verified account', async () => {
    expect((await post('/auth/verify-email/resend')).statusCode).toBe(401)
    const user = await signUp(harness.app)
    expect((await post('/auth/verify-email/resend', undefined, user.headers)).statusCode).toBe(202)
    expect((await post('/auth/verify-email/resend', undefined, user.headers)).statusCode).toBe(202)
    const third = await post('/auth/verify-email/resend', undefined, user.headers)
    expect(third.statusCode).toBe(429)
    expect(third.json().error_code).toBe('MAIL_THROTTLED')
    expect(third.headers['retry-after']).toBeDefined()

    await harness.smtp.waitFor(
      () => harness.smtp.to(user.email).filter((m) => m.subject.startsWith('Confirm')).length >= 3,
    )
    // The newest link works (every link does until used or expired).
    const latest = harness.smtp
      .to(user.email)
      .filter((m) => m.subject.startsWith('Confirm'))
      .at(-1)!
    expect((await post('/auth/verify-email', { token: tokenFromMail(latest) })).statusCode).toBe(200)

    const other = await signUp(harness.app)
    await post('/auth/verify-email', { token: tokenFromMail(await verificationMail(other.email)) })
    const done = await post('/auth/verify-email/resend', undefined, other.headers)
    expect(done.statusCode).toBe(409)
    expect(done.json().error_code).toBe('ALREADY_VERIFIED')
  })
})

describe('password reset throttling', () => {
  it('counts requests per e-mail: past the limit 429 MAIL_THROTTLED, for known and unknown alike', async () => {
    for (const email of ['throttle-unknown@example.test', (await signUp(harness.app)).email]) {
      for (let index = 0; index < 2; index += 1) {
        expect((await post('/auth/password/forgot', { email })).statusCode).toBe(202)
      }
      const refused = await post('/auth/password/forgot', { email })
      expect(refused.statusCode).toBe(429)
      expect(refused.json().error_code).toBe('MAIL_THROTTLED')
    }
  })
})

describe('POST /auth/password/change', () => {
  it('checks the current password, ends the other sessions and keeps this one with the new tokens', async () => {
    const user = await signUp(harness.app)
    const other = await login(harness.app, user.email, user.password)
    const wrong = await post(
      '/auth/password/change',
      { current_password: 'not-the-password', new_password: 'changed-password-1' },
      user.headers,
    )
    expect(wrong.statusCode).toBe(403)
    expect(wrong.json().error_code).toBe('INVALID_CURRENT_PASSWORD')

    const changed = await post(
      '/auth/password/change',
      { current_password: user.password, new_password: 'changed-password-1' },
      user.headers,
    )
    expect(changed.statusCode).toBe(200)
    const pair = changed.json()
    expect(pair).toMatchObject({ token_type: 'bearer', access_token: expect.any(String) })

    expect((await me(bearer(pair.access_token))).statusCode).toBe(200)
    const refreshed = await post('/auth/refresh', { refresh_token: pair.refresh_token })
    expect(refreshed.statusCode).toBe(200)
    // The other session (and the old tokens of this one) are over.
    expect((await me(bearer(other.json().access_token))).statusCode).toBe(401)
    expect((await post('/auth/refresh', { refresh_token: other.json().refresh_token })).statusCode).toBe(401)
    expect((await me(user.headers)).statusCode).toBe(401)
    expect((await login(harness.app, user.email, 'changed-password-1')).statusCode).toBe(200)
    await harness.smtp.waitFor(
      (m) => m.to === user.email && m.subject.startsWith('Your password was changed'),
    )
  })
})

describe('notifications and their preferences', () => {
  it('GET/PUT /users/me/notification-preferences: all on by default, each kind can be turned off', async () => {
    const user = await signUp(harness.app)
    const url = '/users/me/notification-preferences'
    const initial = await harness.app.inject({ method: 'GET', url, headers: user.headers })
    expect(initial.json()).toEqual({
      enrollment_confirmed: true,
      certificate_issued: true,
      certificate_revoked: true,
      waitlist_promoted: true,
    })
    const change = (payload: object) =>
      harness.app.inject({ method: 'PUT', url, headers: user.headers, payload })
    const put = await change({ certificate_issued: false })
    expect(put.statusCode).toBe(200)
    expect(put.json()).toMatchObject({ certificate_issued: false, enrollment_confirmed: true })
    const bad = await change({ spam: true })
    expect(bad.statusCode).toBe(422)
    expect((await harness.app.inject({ method: 'GET', url })).statusCode).toBe(401)

    // Turned off: the event is processed, no mail goes out.
    expect((await deliver(EventTypes.certificateIssued, certificateIssued(user.id))).json()).toEqual({
      status: 'processed',
    })
    const enrolled = await deliver(EventTypes.enrollmentActivated, {
      enrollment_id: 1,
      student_id: user.id,
      course_id: 7,
      course_title: 'Distributed Systems',
      activated_at: new Date().toISOString(),
    })
    expect(enrolled.json()).toEqual({ status: 'processed' })
    const mail = await harness.smtp.waitFor(
      (m) => m.to === user.email && m.subject.startsWith('You are enrolled'),
    )
    expect(mail.text).toContain('Distributed Systems')
    expect(harness.smtp.to(user.email).some((m) => m.subject.includes('certificate'))).toBe(false)
  })

  it('certificate issued and revoked mails carry the links; a redelivered event mails once', async () => {
    const user = await signUp(harness.app)
    const id = randomUUID()
    const issued = certificateIssued(user.id)
    expect((await deliver(EventTypes.certificateIssued, issued, id)).statusCode).toBe(200)
    expect((await deliver(EventTypes.certificateIssued, issued, id)).statusCode).toBe(200)
    const mail = await harness.smtp.waitFor(
      (m) => m.to === user.email && m.subject.startsWith('Your certificate'),
    )
    expect(mail.text).toContain(issued.verification_url)
    expect(mail.text).toContain(issued.pdf_url)
    expect(mail.html).toContain(`href="${issued.pdf_url}"`)

    await deliver(EventTypes.certificateRevoked, {
      certificate_id: user.id,
      student_id: user.id,
      course_id: 7,
      course_title: 'Distributed Systems',
      certificate_number: issued.certificate_number,
      reason: 'Plagiarism found in the final project',
      verification_url: issued.verification_url,
    })
    const revoked = await harness.smtp.waitFor(
      (m) => m.to === user.email && m.subject.includes('was revoked'),
    )
    expect(revoked.text).toContain('Plagiarism found in the final project')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(
      harness.smtp.to(user.email).filter((m) => m.subject.startsWith('Your certificate for')),
    ).toHaveLength(2)
  })

  it('a seat from the waitlist mails "a seat opened", unless waitlist_promoted is off', async () => {
    const user = await signUp(harness.app)
    const promoted = (course_title: string) => ({
      enrollment_id: 2,
      student_id: user.id,
      course_id: 8,
      course_title,
      activated_at: new Date().toISOString(),
    })
    const id = randomUUID()
    expect((await deliver(EventTypes.enrollmentPromoted, promoted('Compilers'), id)).json()).toEqual({
      status: 'processed',
    })
    // A redelivery is acknowledged as such and mails nothing.
    expect((await deliver(EventTypes.enrollmentPromoted, promoted('Compilers'), id)).json()).toEqual({
      status: 'duplicate',
    })
    const mail = await harness.smtp.waitFor(
      (m) => m.to === user.email && m.subject.startsWith('A seat opened'),
    )
    expect(mail.text).toContain('Compilers')
    expect(mail.text).toContain('waitlist')
    const off = await harness.app.inject({
      method: 'PUT',
      url: '/users/me/notification-preferences',
      headers: user.headers,
      payload: { waitlist_promoted: false },
    })
    expect(off.statusCode).toBe(200)
    expect((await deliver(EventTypes.enrollmentPromoted, promoted('Type Theory'))).json()).toEqual({
      status: 'processed',
    })
    // A later mail of a kind still on arrives; the one turned off never did.
    await deliver(EventTypes.enrollmentActivated, { ...promoted('Category Theory'), enrollment_id: 3 })
    await harness.smtp.waitFor((m) => m.to === user.email && m.text.includes('Category Theory'))
    expect(harness.smtp.to(user.email).filter((m) => m.text.includes('Compilers'))).toHaveLength(1)
    expect(harness.smtp.to(user.email).some((m) => m.text.includes('Type Theory'))).toBe(false)
  })

  it('rejects a malformed payload with 422 and a user token with 401', async () => {
    expect((await deliver(EventTypes.certificateIssued, { student_id: 'x' })).statusCode).toBe(422)
    const user = await signUp(harness.app)
    const asUser = await post(
      '/internal/events',
      {
        id: randomUUID(),
        type: EventTypes.certificateIssued,
        occurred_at: new Date().toISOString(),
        payload: {},
      },
      user.headers,
    )
    expect(asUser.statusCode).toBe(401)
  })

  it('SMTP down while a certificate is issued: the mail arrives once after the server is back', async () => {
    const user = await signUp(harness.app)
    await verificationMail(user.email)
    await harness.smtp.stop()
    try {
      const issued = certificateIssued(user.id, 'SC-2026-DOWN01')
      expect((await deliver(EventTypes.certificateIssued, issued)).statusCode).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1500))
    } finally {
      await harness.smtp.start()
    }
    const mail = await harness.smtp.waitFor(
      (m) => m.to === user.email && m.text.includes('SC-2026-DOWN01'),
      15_000,
    )
    expect(mail.messageId).toMatch(/@example\.test>$/)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(harness.smtp.to(user.email).filter((m) => m.text.includes('SC-2026-DOWN01'))).toHaveLength(1)
  })
})

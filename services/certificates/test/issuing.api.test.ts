import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, PUBLIC_BASE_URL, type TestContext } from './helpers.js'

let t: TestContext
beforeAll(async () => {
  t = await createTestContext()
})
afterAll(() => t.close())

async function certificatesOf(student: { auth: Record<string, string> }, enrollmentId: number) {
  const response = await t.app.inject({
    method: 'GET',
    url: '/certificates/my-certificates',
    headers: student.auth,
  })
  expect(response.statusCode).toBe(200)
  return response.json().filter((c: { enrollment_id: number }) => c.enrollment_id === enrollmentId)
}

async function countCertificates(enrollmentId: number) {
  const result = (await t.database.db.execute(
    sql`select count(*)::int as n from certificates.certificates where enrollment_id = ${enrollmentId}`,
  )) as unknown as { rows: Array<{ n: number }> }
  return Number(result.rows[0]!.n)
}

describe('POST /internal/events (enrollment.completed)', () => {
  it('issues a certificate with number, code, grade and links', async () => {
    const e = t.addEnrollment({
      title: 'Relational Databases',
      lessons: [{ type: 'video' }, { type: 'quiz', score: 95 }, { type: 'quiz', score: 80 }],
    })
    const response = await t.deliver('enrollment.completed', e.payload)
    expect(response.statusCode).toBe(200)

    const [certificate] = await certificatesOf(e.student, e.enrollmentId)
    expect(certificate).toMatchObject({
      enrollment_id: e.enrollmentId,
      student_id: e.student.id,
      course_id: e.courseId,
      student_name: e.student.name,
      course_title: 'Relational Databases',
      grade: 'B',
      score_percentage: 87.5,
      issued_by_id: null,
      is_revoked: false,
      revoked_at: null,
      revoked_reason: null,
    })
    expect(certificate.certificate_number).toMatch(/^SC-\d{4}-\d{6,}$/)
    expect(certificate.verification_code).toMatch(/^[A-Za-z0-9_-]{16,}$/)
    expect(certificate.certificate_url).toBe(`${PUBLIC_BASE_URL}/api/v1/certificates/${certificate.id}/pdf`)
    expect(certificate.verification_url).toBe(`${PUBLIC_BASE_URL}/verify/${certificate.verification_code}`)
    expect(certificate.issue_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(certificate.created_at).toMatch(/Z$/)
  })

  it('numbers certificates SC-<year of issue>-<sequence> and dates them with the issue day', async () => {
    t.clock.set(new Date('2031-06-15T10:00:00Z'))
    try {
      const { certificate } = await t.issueCertificate()
      expect(certificate.certificate_number).toMatch(/^SC-2031-\d{6,}$/)
      expect(certificate.issue_date).toBe('2031-06-15')
    } finally {
      t.clock.set(undefined)
    }
  })

  it('gives different certificates different numbers and verification codes', async () => {
    const first = await t.issueCertificate()
    const second = await t.issueCertificate()
    expect(first.certificate.certificate_number).not.toBe(second.certificate.certificate_number)
    expect(first.certificate.verification_code).not.toBe(second.certificate.verification_code)
    const sequence = (n: string) => Number(n.split('-')[2])
    expect(sequence(second.certificate.certificate_number)).toBeGreaterThan(
      sequence(first.certificate.certificate_number),
    )
  })

  it('grades Pass with a null score when the course has no quizzes', async () => {
    const { certificate } = await t.issueCertificate({ lessons: [{ type: 'video' }, { type: 'text' }] })
    expect(certificate.grade).toBe('Pass')
    expect(certificate.score_percentage).toBeNull()
  })

  it('says how it was earned: graded, self_reported or none, on the certificate and its verification', async () => {
    const graded = await t.issueCertificate({ lessons: [{ type: 'quiz', score: 90 }, { type: 'text' }] })
    expect(graded.certificate.assessment).toBe('graded')
    const reported = await t.issueCertificate({
      lessons: [
        { type: 'quiz', score: 90 },
        { type: 'quiz', score: 70, self_reported: true },
      ],
    })
    expect(reported.certificate.assessment).toBe('self_reported')
    const none = await t.issueCertificate({ lessons: [{ type: 'video' }] })
    expect(none.certificate.assessment).toBe('none')
    const verified = await t.app.inject({
      method: 'GET',
      url: `/certificates/verify/${graded.certificate.verification_code}`,
    })
    expect(verified.json()).toMatchObject({ valid: true, assessment: 'graded' })
  })

  it('counts a mandatory quiz never submitted as 0 and skips an optional one', async () => {
    const { certificate } = await t.issueCertificate({
      lessons: [
        { type: 'quiz', score: 100 },
        { type: 'quiz', score: 90 },
        { type: 'quiz' },
        { type: 'quiz', is_mandatory: false },
      ],
    })
    expect(certificate.score_percentage).toBe(63.33)
    expect(certificate.grade).toBe('D')
  })

  it('issues one certificate when the same event arrives twice', async () => {
    const e = t.addEnrollment()
    const eventId = randomUUID()
    expect((await t.deliver('enrollment.completed', e.payload, eventId)).statusCode).toBe(200)
    const [before] = await certificatesOf(e.student, e.enrollmentId)
    expect((await t.deliver('enrollment.completed', e.payload, eventId)).statusCode).toBe(200)
    const after = await certificatesOf(e.student, e.enrollmentId)
    expect(after).toEqual([before])
    expect(await countCertificates(e.enrollmentId)).toBe(1)
  })

  it('issues one certificate when two different events announce the same completion', async () => {
    const e = t.addEnrollment()
    expect((await t.deliver('enrollment.completed', e.payload)).statusCode).toBe(200)
    expect((await t.deliver('enrollment.completed', e.payload)).statusCode).toBe(200)
    expect(await countCertificates(e.enrollmentId)).toBe(1)
  })

  it('issues one certificate when events for the same enrollment arrive concurrently', async () => {
    const e = t.addEnrollment({ lessons: [{ type: 'quiz', score: 70 }] })
    // Slow peers make every delivery pass the "already issued?" check before any of them inserts.
    t.peers.state.latency.ms = 30
    try {
      const responses = await Promise.all([
        t.deliver('enrollment.completed', e.payload),
        t.deliver('enrollment.completed', e.payload),
        t.deliver('enrollment.completed', e.payload),
      ])
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200])
    } finally {
      t.peers.state.latency.ms = 0
    }
    expect(await countCertificates(e.enrollmentId)).toBe(1)
    expect(await certificatesOf(e.student, e.enrollmentId)).toHaveLength(1)
  })

  it('answers 503 while a peer is down, so the publisher retries, and issues once it is back', async () => {
    const e = t.addEnrollment()
    const eventId = randomUUID()
    t.peers.state.down.add('progress')
    try {
      const failed = await t.deliver('enrollment.completed', e.payload, eventId)
      expect(failed.statusCode).toBe(503)
      expect(failed.json().error_code).toBe('SERVICE_UNAVAILABLE')
    } finally {
      t.peers.state.down.delete('progress')
    }
    expect(await countCertificates(e.enrollmentId)).toBe(0)
    expect((await t.deliver('enrollment.completed', e.payload, eventId)).statusCode).toBe(200)
    expect(await countCertificates(e.enrollmentId)).toBe(1)
  })

  it('acknowledges without issuing when the course does not exist', async () => {
    const e = t.addEnrollment()
    t.peers.state.outlines.delete(e.courseId)
    expect((await t.deliver('enrollment.completed', e.payload)).statusCode).toBe(200)
    expect(await countCertificates(e.enrollmentId)).toBe(0)
  })

  it('acknowledges and ignores event types it does not handle', async () => {
    const e = t.addEnrollment()
    const response = await t.deliver('progress.updated', { ...e.payload, completion_percentage: 100 })
    expect(response.statusCode).toBe(200)
    expect(await countCertificates(e.enrollmentId)).toBe(0)
  })

  it('answers 422 for an invalid enrollment.completed payload', async () => {
    const response = await t.deliver('enrollment.completed', { enrollment_id: 'x', student_id: 1 })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
    const fields = response.json().details.map((d: { field: string }) => d.field)
    expect(fields).toContain('body.payload.enrollment_id')
  })

  it('answers 422 for an envelope without a uuid id', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/internal/events',
      headers: t.serviceAuth,
      payload: {
        id: 'not-a-uuid',
        type: 'enrollment.completed',
        occurred_at: new Date().toISOString(),
        payload: {},
      },
    })
    expect(response.statusCode).toBe(422)
  })

  it('refuses callers without a service token (401, a user token too) and callers other than enrollment-service (403)', async () => {
    const e = t.addEnrollment()
    const body = {
      id: randomUUID(),
      type: 'enrollment.completed',
      occurred_at: new Date().toISOString(),
      payload: e.payload,
    }
    const anonymous = await t.app.inject({ method: 'POST', url: '/internal/events', payload: body })
    expect(anonymous.statusCode).toBe(401)
    const admin = t.addUser('admin')
    const asUser = await t.app.inject({
      method: 'POST',
      url: '/internal/events',
      headers: admin.auth,
      payload: body,
    })
    expect(asUser.statusCode).toBe(401)
    const asProgress = await t.app.inject({
      method: 'POST',
      url: '/internal/events',
      headers: {
        authorization: `Bearer ${t.tokens.issueServiceToken('progress-service', 'certificate-service')}`,
      },
      payload: body,
    })
    expect(asProgress.statusCode).toBe(403)
    expect(await countCertificates(e.enrollmentId)).toBe(0)
  })
})

describe('POST /certificates (manual issue)', () => {
  const issue = (headers: Record<string, string>, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/certificates', headers, payload: payload as object })

  it('lets an admin issue the certificate of a completed enrollment: 201 with issued_by_id', async () => {
    const admin = t.addUser('admin')
    const e = t.addEnrollment({ lessons: [{ type: 'quiz', score: 91 }] })
    const response = await issue(admin.auth, { enrollment_id: e.enrollmentId })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({
      enrollment_id: e.enrollmentId,
      student_id: e.student.id,
      course_id: e.courseId,
      grade: 'A',
      score_percentage: 91,
      issued_by_id: admin.id,
      student_name: e.student.name,
      course_title: e.title,
    })
  })

  it('answers 409 CONFLICT when the enrollment already has a certificate', async () => {
    const admin = t.addUser('admin')
    const { enrollmentId } = await t.issueCertificate()
    const response = await issue(admin.auth, { enrollment_id: enrollmentId })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('CONFLICT')
    expect(await countCertificates(enrollmentId)).toBe(1)
  })

  it('answers 409 ENROLLMENT_NOT_COMPLETED for an active enrollment', async () => {
    const admin = t.addUser('admin')
    const e = t.addEnrollment({ status: 'active' })
    const response = await issue(admin.auth, { enrollment_id: e.enrollmentId })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('ENROLLMENT_NOT_COMPLETED')
    expect(await countCertificates(e.enrollmentId)).toBe(0)
  })

  it('answers 404 for an unknown enrollment', async () => {
    const admin = t.addUser('admin')
    const response = await issue(admin.auth, { enrollment_id: 2_147_483_000 })
    expect(response.statusCode).toBe(404)
    expect(response.json().error_code).toBe('NOT_FOUND')
  })

  it('answers 503 when enrollment-service is down', async () => {
    const admin = t.addUser('admin')
    const e = t.addEnrollment()
    t.peers.state.down.add('enrollments')
    try {
      expect((await issue(admin.auth, { enrollment_id: e.enrollmentId })).statusCode).toBe(503)
    } finally {
      t.peers.state.down.delete('enrollments')
    }
  })

  it('is for admins only: 401 anonymous, 403 for the student and the instructor', async () => {
    const e = t.addEnrollment()
    expect((await issue({}, { enrollment_id: e.enrollmentId })).statusCode).toBe(401)
    expect((await issue(e.student.auth, { enrollment_id: e.enrollmentId })).statusCode).toBe(403)
    expect((await issue(e.instructor.auth, { enrollment_id: e.enrollmentId })).statusCode).toBe(403)
    expect(await countCertificates(e.enrollmentId)).toBe(0)
  })

  it.each([
    ['a missing enrollment_id', {}],
    ['a string enrollment_id', { enrollment_id: '5' }],
    ['a zero enrollment_id', { enrollment_id: 0 }],
    ['an out-of-range enrollment_id', { enrollment_id: 2 ** 40 }],
    ['an unknown field', { enrollment_id: 5, student_id: 3 }],
    ['a body that is not an object', [1, 2]],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, payload) => {
    const admin = t.addUser('admin')
    const response = await issue(admin.auth, payload)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 422 for malformed JSON', async () => {
    const admin = t.addUser('admin')
    const response = await t.app.inject({
      method: 'POST',
      url: '/certificates',
      headers: { ...admin.auth, 'content-type': 'application/json' },
      payload: '{"enrollment_id":',
    })
    expect(response.statusCode).toBe(422)
  })
})

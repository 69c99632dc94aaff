import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, type TestContext } from './helpers.js'
import { countPdfPages, extractPdfText } from './pdf.js'

let t: TestContext
beforeAll(async () => {
  t = await createTestContext()
})
afterAll(() => t.close())

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers })
const revoke = (id: number, headers: Record<string, string>, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/certificates/${id}/revoke`, headers, payload: payload as object })
const REASON = 'Plagiarised quiz answers'

describe('GET /certificates/my-certificates', () => {
  it('lists only the caller’s certificates, newest first', async () => {
    const student = t.addUser('student')
    const first = await t.issueCertificate({ student })
    const second = await t.issueCertificate({ student })
    await t.issueCertificate()
    const response = await get('/certificates/my-certificates', student.auth)
    expect(response.statusCode).toBe(200)
    expect(response.json().map((c: { id: number }) => c.id)).toEqual([
      second.certificate.id,
      first.certificate.id,
    ])
  })

  it('answers an empty array for a user without certificates', async () => {
    const response = await get('/certificates/my-certificates', t.addUser('student').auth)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual([])
  })

  it('answers 401 without a token and for a malformed one', async () => {
    expect((await get('/certificates/my-certificates')).statusCode).toBe(401)
    const bad = await get('/certificates/my-certificates', { authorization: 'Bearer nonsense' })
    expect(bad.statusCode).toBe(401)
    expect(bad.headers['www-authenticate']).toBe('Bearer')
  })
})

describe('GET /certificates/{id}', () => {
  it('shows the certificate to its student, the course instructor and an admin', async () => {
    const { certificate, student, instructor } = await t.issueCertificate()
    for (const caller of [student, instructor, t.addUser('admin')]) {
      const response = await get(`/certificates/${certificate.id}`, caller.auth)
      expect(response.statusCode).toBe(200)
      expect(response.json()).toEqual(certificate)
    }
  })

  it('answers 403 to another student and to another instructor', async () => {
    const { certificate } = await t.issueCertificate()
    for (const caller of [t.addUser('student'), t.addUser('instructor')]) {
      const response = await get(`/certificates/${certificate.id}`, caller.auth)
      expect(response.statusCode).toBe(403)
      expect(response.json().error_code).toBe('FORBIDDEN')
    }
  })

  it('answers 401 anonymous, 404 for an unknown id and 422 for a non-integer id', async () => {
    const { certificate } = await t.issueCertificate()
    expect((await get(`/certificates/${certificate.id}`)).statusCode).toBe(401)
    const admin = t.addUser('admin')
    const missing = await get('/certificates/2147483000', admin.auth)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error_code).toBe('NOT_FOUND')
    for (const id of ['abc', '0', '-1', '1.5', '99999999999']) {
      expect((await get(`/certificates/${id}`, admin.auth)).statusCode).toBe(422)
    }
  })
})

describe('GET /certificates/verify/{code}', () => {
  it('confirms a valid certificate to anyone, with student name and course title', async () => {
    const { certificate, student, title } = await t.issueCertificate({
      lessons: [{ type: 'quiz', score: 72 }],
    })
    const response = await get(`/certificates/verify/${certificate.verification_code}`)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      valid: true,
      certificate_number: certificate.certificate_number,
      student_name: student.name,
      course_title: title,
      issue_date: certificate.issue_date,
      grade: 'C',
      assessment: 'graded',
      is_revoked: false,
      revoked_at: null,
      message: expect.any(String),
    })
  })

  it('still answers with names while user-service and course-service are down', async () => {
    const { certificate, student, title } = await t.issueCertificate()
    t.peers.state.down.add('users').add('courses')
    try {
      const response = await get(`/certificates/verify/${certificate.verification_code}`)
      expect(response.statusCode).toBe(200)
      expect(response.json()).toMatchObject({ valid: true, student_name: student.name, course_title: title })
    } finally {
      t.peers.state.down.clear()
    }
  })

  it('answers 200 with valid false for an unknown code', async () => {
    const response = await get('/certificates/verify/AAAAAAAAAAAAAAAAAAAAAAAA')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      valid: false,
      certificate_number: null,
      student_name: null,
      course_title: null,
      assessment: null,
      is_revoked: false,
      revoked_at: null,
    })
  })

  it('answers 200 with valid false, is_revoked and revoked_at for a revoked certificate', async () => {
    const { certificate, student } = await t.issueCertificate()
    expect((await revoke(certificate.id, t.addUser('admin').auth, { reason: REASON })).statusCode).toBe(200)
    const response = await get(`/certificates/verify/${certificate.verification_code}`)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      valid: false,
      is_revoked: true,
      certificate_number: certificate.certificate_number,
      student_name: student.name,
      revoked_at: expect.stringMatching(/Z$/),
    })
    expect(JSON.stringify(response.json())).not.toContain(REASON)
  })

  it.each([
    ['too short', 'abc'],
    ['of 100 characters', 'x'.repeat(100)],
    ['with odd characters', encodeURIComponent("' OR 1=1 --<script>")],
    ['with unicode', encodeURIComponent('証明書コード証明書コード証明書コード')],
  ])('answers valid false (never an error) for a code %s', async (_name, code) => {
    const response = await get(`/certificates/verify/${code}`)
    expect(response.statusCode).toBe(200)
    expect(response.json().valid).toBe(false)
  })

  it('answers 200 with valid false for a very long code, like for any unknown one', async () => {
    const response = await get(`/certificates/verify/${'x'.repeat(5000)}`)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ valid: false, certificate_number: null })
  })
})

describe('POST /certificates/{id}/revoke', () => {
  it('lets an admin revoke: is_revoked, revoked_at and the trimmed reason', async () => {
    const { certificate } = await t.issueCertificate()
    const response = await revoke(certificate.id, t.addUser('admin').auth, { reason: `  ${REASON}  ` })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body).toMatchObject({ id: certificate.id, is_revoked: true, revoked_reason: REASON })
    expect(Date.now() - Date.parse(body.revoked_at)).toBeLessThan(60_000)
    const seen = await get(`/certificates/${certificate.id}`, t.addUser('admin').auth)
    expect(seen.json()).toMatchObject({
      is_revoked: true,
      revoked_reason: REASON,
      revoked_at: body.revoked_at,
    })
  })

  it('answers 409 CONFLICT when the certificate is already revoked, keeping the first revocation', async () => {
    const { certificate } = await t.issueCertificate()
    const admin = t.addUser('admin')
    const first = await revoke(certificate.id, admin.auth, { reason: REASON })
    const second = await revoke(certificate.id, admin.auth, { reason: 'Another reason given later' })
    expect(second.statusCode).toBe(409)
    expect(second.json().error_code).toBe('CONFLICT')
    const seen = await get(`/certificates/${certificate.id}`, admin.auth)
    expect(seen.json().revoked_reason).toBe(REASON)
    expect(seen.json().revoked_at).toBe(first.json().revoked_at)
  })

  it.each([
    ['a reason of 9 characters', { reason: '123456789' }],
    ['a reason padded with spaces to 10', { reason: '   short  ' }],
    ['no reason', {}],
    ['a reason that is not a string', { reason: 1234567890123 }],
    ['an unknown field', { reason: REASON, is_revoked: false }],
    ['an over-long reason', { reason: 'x'.repeat(1001) }],
    ['a NUL character in the reason', { reason: 'Issued by mistake\u0000' }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, payload) => {
    const { certificate } = await t.issueCertificate()
    const admin = t.addUser('admin')
    const response = await revoke(certificate.id, admin.auth, payload)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
    expect((await get(`/certificates/${certificate.id}`, admin.auth)).json().is_revoked).toBe(false)
  })

  it('is for admins only: 401 anonymous, 403 for the owner and the instructor', async () => {
    const { certificate, student, instructor } = await t.issueCertificate()
    expect((await revoke(certificate.id, {}, { reason: REASON })).statusCode).toBe(401)
    expect((await revoke(certificate.id, student.auth, { reason: REASON })).statusCode).toBe(403)
    expect((await revoke(certificate.id, instructor.auth, { reason: REASON })).statusCode).toBe(403)
    expect((await get(`/certificates/${certificate.id}`, student.auth)).json().is_revoked).toBe(false)
  })

  it('answers 404 for an unknown certificate', async () => {
    const response = await revoke(2_147_483_000, t.addUser('admin').auth, { reason: REASON })
    expect(response.statusCode).toBe(404)
  })
})

describe('GET /certificates/{id}/pdf', () => {
  it('gives the student a valid one-page PDF with their name, the course and the verification URL', async () => {
    const { certificate, student, instructor, title } = await t.issueCertificate({
      lessons: [{ type: 'quiz', score: 88 }],
    })
    const response = await get(`/certificates/${certificate.id}/pdf`, student.auth)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['content-disposition']).toContain(`${certificate.certificate_number}.pdf`)
    const pdf = response.rawPayload
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF')
    expect(countPdfPages(pdf)).toBe(1)
    const text = extractPdfText(pdf)
    expect(text).toContain(student.name)
    expect(text).toContain(title)
    expect(text).toContain(instructor.name)
    expect(text).toContain(certificate.certificate_number)
    expect(text).toContain(certificate.verification_url)
    expect(text).toContain('Grade: B')
  })

  it('lets an admin download it', async () => {
    const { certificate } = await t.issueCertificate()
    const response = await get(`/certificates/${certificate.id}/pdf`, t.addUser('admin').auth)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
  })

  it('answers 403 to the instructor and another student, 401 anonymous, 404 unknown', async () => {
    const { certificate, instructor } = await t.issueCertificate()
    expect((await get(`/certificates/${certificate.id}/pdf`, instructor.auth)).statusCode).toBe(403)
    expect((await get(`/certificates/${certificate.id}/pdf`, t.addUser('student').auth)).statusCode).toBe(403)
    expect((await get(`/certificates/${certificate.id}/pdf`)).statusCode).toBe(401)
    expect((await get('/certificates/2147483000/pdf', t.addUser('admin').auth)).statusCode).toBe(404)
  })
})

describe('GET /verify/{code} (HTML page)', () => {
  it('shows a valid certificate with its details', async () => {
    const { certificate, student, title } = await t.issueCertificate({
      lessons: [{ type: 'quiz', score: 93 }],
    })
    const response = await get(`/verify/${certificate.verification_code}`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['content-security-policy']).toContain("default-src 'none'")
    const html = response.body
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/)
    expect(html).toContain('<h1>Certificate verification</h1>')
    expect(html).toContain('Valid certificate')
    for (const value of [certificate.certificate_number, student.name, title, '>A<'])
      expect(html).toContain(value)
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i)
  })

  it('shows a revoked certificate with its revocation date but not the reason', async () => {
    const { certificate } = await t.issueCertificate()
    await revoke(certificate.id, t.addUser('admin').auth, { reason: REASON })
    const response = await get(`/verify/${certificate.verification_code}`)
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Revoked certificate')
    expect(response.body).toContain('Revoked on')
    expect(response.body).toContain(certificate.certificate_number)
    expect(response.body).not.toContain('Valid certificate')
    expect(response.body).not.toContain(REASON)
  })

  it('answers 404 with the page for an unknown code', async () => {
    const response = await get('/verify/AAAAAAAAAAAAAAAAAAAAAAAA')
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.body).toContain('Certificate not found')
    expect(response.body).not.toContain('<dl>')
  })

  it('escapes every value it shows', async () => {
    const student = t.addUser('student', `<script>alert("x")</script> & Co`)
    const { certificate } = await t.issueCertificate({
      student,
      title: `<img src=x onerror="alert(1)"> 'SQL'`,
    })
    const html = (await get(`/verify/${certificate.verification_code}`)).body
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &#39;SQL&#39;')
    const unknown = await get(`/verify/${encodeURIComponent('<b>"hi"</b>')}`)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.body).toContain('&lt;b&gt;&quot;hi&quot;&lt;/b&gt;')
    expect(unknown.body).not.toContain('<b>')
  })
})

describe('GET /openapi.json', () => {
  it('documents every certificate route', async () => {
    const paths = Object.keys((await get('/openapi.json')).json().paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/certificates/my-certificates',
        '/certificates/{id}',
        '/certificates/verify/{code}',
        '/certificates/{id}/revoke',
        '/certificates',
        '/certificates/{id}/pdf',
        '/verify/{code}',
      ]),
    )
  })
})

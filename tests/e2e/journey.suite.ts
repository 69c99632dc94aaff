import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Api, createApi, eventually, uniqueName } from './http.js'

export interface SystemUnderTest {
  baseUrl: string
  stop(): Promise<void>
}

export const JOURNEY_ADMIN = { email: 'journey-admin@example.test', password: 'journey-admin-password' }

/**
 * The journey of docs/API.md#the-journey, as the README's curl walk-through tells it: an instructor builds and
 * publishes a course, a student enrolls and completes it, a certificate is issued, verified
 * publicly, and revoked by an admin. The system must have ADMIN_EMAIL/ADMIN_PASSWORD = JOURNEY_ADMIN.
 */
export function defineJourneySuite(name: string, start: () => Promise<SystemUnderTest>) {
  describe(name, () => {
    let system: SystemUnderTest
    let api: Api
    beforeAll(async () => {
      system = await start()
      api = createApi(system.baseUrl)
    })
    afterAll(() => system?.stop())

    async function signUp(role: 'student' | 'instructor', firstName: string) {
      const username = uniqueName(role)
      const email = `${username}@example.test`
      const registered = await api.post('/api/v1/auth/register', {
        email,
        username,
        password: 'a-long-password-1',
        first_name: firstName,
        last_name: 'Tester',
        role,
      })
      expect(registered.status).toBe(201)
      const login = await api.post('/api/v1/auth/login', { email, password: 'a-long-password-1' })
      expect(login.status).toBe(200)
      return { id: registered.body.id as number, token: login.body.access_token as string }
    }

    it('walks from an empty platform to a verified, then revoked, certificate', async () => {
      const instructor = await signUp('instructor', 'Ada')
      const title = `Intro to SQL ${uniqueName('c')}`
      const course = await api.post(
        '/api/v1/courses',
        {
          title,
          description: 'Tables, joins and indexes',
          category: 'databases',
          level: 'beginner',
          price: '49.99',
        },
        instructor.token,
      )
      expect(course.status).toBe(201)
      expect(course.body).toMatchObject({ status: 'draft', price: '49.99', instructor_id: instructor.id })
      const courseId = course.body.id as number

      const module = await api.post(
        `/api/v1/courses/${courseId}/modules`,
        { title: 'Basics' },
        instructor.token,
      )
      expect(module.status).toBe(201)
      const moduleId = module.body.module_id as number
      const lessonsPath = `/api/v1/courses/${courseId}/modules/${moduleId}/lessons`
      const reading = await api.post(
        lessonsPath,
        { title: 'What is a table', type: 'text', content: 'Rows and columns.' },
        instructor.token,
      )
      const video = await api.post(
        lessonsPath,
        {
          title: 'Joins',
          type: 'video',
          video_url: 'https://video.example.test/joins',
          duration_minutes: 12,
        },
        instructor.token,
      )
      const quiz = await api.post(
        lessonsPath,
        {
          title: 'Check yourself',
          type: 'quiz',
          quiz_settings: { pass_mark: 60, max_attempts: 3, time_limit_minutes: 15 },
        },
        instructor.token,
      )
      expect([reading.status, video.status, quiz.status]).toEqual([201, 201, 201])
      const questionsPath = `${lessonsPath}/${quiz.body.lesson_id}/questions`
      const q1 = await api.post(
        questionsPath,
        {
          type: 'single_choice',
          text: 'Which clause keeps only some rows?',
          points: 2,
          options: [
            { option_id: 'a', text: 'WHERE', is_correct: true },
            { option_id: 'b', text: 'ORDER BY', is_correct: false },
          ],
          explanation: 'WHERE filters; ORDER BY sorts.',
        },
        instructor.token,
      )
      const q2 = await api.post(
        questionsPath,
        {
          type: 'short_text',
          text: 'Which keyword combines rows of two tables?',
          points: 1,
          accepted_answers: ['JOIN'],
        },
        instructor.token,
      )
      expect([q1.status, q2.status]).toEqual([201, 201])

      const hidden = await api.get(`/api/v1/courses/${courseId}`)
      expect(hidden.status).toBe(404)
      const published = await api.post(`/api/v1/courses/${courseId}/publish`, undefined, instructor.token)
      expect(published.status).toBe(200)
      expect(published.body.status).toBe('published')

      const found = await api.get(`/api/v1/courses?search=${encodeURIComponent(title.split(' ').at(-1)!)}`)
      expect(found.body.items.map((item: { id: number }) => item.id)).toContain(courseId)

      const student = await signUp('student', 'Grace')
      const enrollment = await api.post('/api/v1/enrollments', { course_id: courseId }, student.token)
      expect(enrollment.status).toBe(201)
      expect(enrollment.body).toMatchObject({ status: 'pending_payment', payment_status: 'pending' })
      const enrollmentId = enrollment.body.id as number
      // Paid through the test payment provider's checkout page, via its signed webhook.
      const checkout = new URL(enrollment.body.checkout_url as string).pathname
      expect((await api.get(checkout)).body).toContain('<h1>TEST MODE</h1>')
      const forged = await api.post('/api/v1/payments/webhook', {
        id: 'evt_forged',
        type: 'checkout.session.completed',
      })
      expect(forged.status).toBe(400)
      expect(forged.body.error_code).toBe('INVALID_SIGNATURE')
      expect((await api.post(`${checkout}/pay`)).body).toEqual({ status: 'processed' })
      const paid = await api.get(`/api/v1/enrollments/${enrollmentId}`, student.token)
      expect(paid.body).toMatchObject({
        status: 'active',
        payment_status: 'completed',
        payment_amount: '49.99',
      })

      const content = await api.get(`/api/v1/courses/${courseId}/content`, student.token)
      expect(content.body.modules[0].lessons[0].content).toBe('Rows and columns.')

      const complete = (lessonId: number) =>
        api.post(
          `/api/v1/progress/lessons/${lessonId}/complete`,
          { enrollment_id: enrollmentId, time_spent_minutes: 10 },
          student.token,
        )
      expect((await complete(reading.body.lesson_id)).body.completion_percentage).toBe(33.33)
      expect((await complete(video.body.lesson_id)).body.completion_percentage).toBe(66.67)
      const attempt = await api.post(
        `/api/v1/progress/quizzes/${quiz.body.lesson_id}/attempts`,
        { enrollment_id: enrollmentId },
        student.token,
      )
      expect(attempt.status).toBe(201)
      expect(JSON.stringify(attempt.body)).not.toContain('is_correct')
      const passed = await api.post(
        `/api/v1/progress/quizzes/${quiz.body.lesson_id}/attempts/${attempt.body.attempt_id}/submit`,
        {
          answers: [
            { question_id: q1.body.question_id, option_ids: ['a'] },
            { question_id: q2.body.question_id, value: ' join ' },
          ],
        },
        student.token,
      )
      expect(passed.status).toBe(200)
      expect(passed.body).toMatchObject({ score: 100, passed: true })
      const afterQuiz = await api.get(`/api/v1/progress/${enrollmentId}`, student.token)
      expect(afterQuiz.body.completion_percentage).toBe(100)

      const completed = await eventually(
        () => api.get(`/api/v1/enrollments/${enrollmentId}`, student.token),
        (response) => response.body.status === 'completed',
      )
      expect(completed.body).toMatchObject({ status: 'completed', completion_percentage: 100 })
      expect(completed.body.completed_at).toEqual(expect.any(String))

      const certificates = await eventually(
        () => api.get('/api/v1/certificates/my-certificates', student.token),
        (response) => Array.isArray(response.body) && response.body.length > 0,
      )
      const certificate = certificates.body[0]
      expect(certificate).toMatchObject({
        enrollment_id: enrollmentId,
        grade: 'A',
        score_percentage: 100,
        assessment: 'graded',
        is_revoked: false,
      })
      expect(certificate.certificate_number).toMatch(/^SC-\d{4}-\d{6,}$/)
      expect(certificate.verification_code).toMatch(/^[A-Za-z0-9_-]{16,}$/)

      const verified = await api.get(`/api/v1/certificates/verify/${certificate.verification_code}`)
      expect(verified.status).toBe(200)
      expect(verified.body).toMatchObject({
        valid: true,
        student_name: 'Grace Tester',
        course_title: title,
        assessment: 'graded',
        is_revoked: false,
      })

      const pdf = await fetch(`${system.baseUrl}/api/v1/certificates/${certificate.id}/pdf`, {
        headers: { authorization: `Bearer ${student.token}` },
      })
      expect(pdf.headers.get('content-type')).toMatch(/application\/pdf/)
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')

      const page = await api.get(`/verify/${certificate.verification_code}`)
      expect(page.status).toBe(200)
      expect(page.body).toContain(title)

      // The form, the signed credential and the public key, all through the gateway.
      const form = await api.get('/verify')
      expect(form.status).toBe(200)
      expect(String(form.body)).toContain('name="code"')
      const credential = await api.get(`/api/v1/certificates/${certificate.id}/credential`, student.token)
      expect(credential.status).toBe(200)
      const jwks = await api.get('/.well-known/jwks.json')
      expect(jwks.status).toBe(200)
      expect(jwks.body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: expect.any(String) })
      const statusListUrl = new URL(credential.body.credential.credentialStatus.statusListCredential)
      expect((await api.get(statusListUrl.pathname)).status).toBe(200)
      const checked = await api.post('/api/v1/certificates/verify-credential', {
        credential: credential.body.jwt,
      })
      expect(checked.body).toMatchObject({
        valid: true,
        checks: { signature: true, issuer: true, status: 'active' },
      })

      const admin = await api.post('/api/v1/auth/login', JOURNEY_ADMIN)
      expect(admin.status).toBe(200)
      const revoked = await api.post(
        `/api/v1/certificates/${certificate.id}/revoke`,
        { reason: 'Issued by mistake during a test' },
        admin.body.access_token,
      )
      expect(revoked.status).toBe(200)
      expect(revoked.body.is_revoked).toBe(true)
      const afterRevoke = await api.get(`/api/v1/certificates/verify/${certificate.verification_code}`)
      expect(afterRevoke.body).toMatchObject({ valid: false, is_revoked: true })
      const recheck = await api.post('/api/v1/certificates/verify-credential', {
        credential: credential.body.jwt,
      })
      expect(recheck.body).toMatchObject({ valid: false, checks: { status: 'revoked' } })
    })
  })
}

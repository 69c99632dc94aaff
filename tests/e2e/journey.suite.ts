import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Api, createApi, uniqueName } from './http.js'

export interface SystemUnderTest {
  baseUrl: string
  stop(): Promise<void>
}

export const JOURNEY_ADMIN = { email: 'journey-admin@example.test', password: 'journey-admin-password' }

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/**
 * The journey of SPEC §7, as the README's curl walk-through tells it: an instructor builds and
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
      const quiz = await api.post(lessonsPath, { title: 'Check yourself', type: 'quiz' }, instructor.token)
      expect([reading.status, video.status, quiz.status]).toEqual([201, 201, 201])

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
      const passed = await api.post(
        `/api/v1/progress/quizzes/${quiz.body.lesson_id}/submit`,
        { enrollment_id: enrollmentId, score: 85 },
        student.token,
      )
      expect(passed.status).toBe(200)
      expect(passed.body.completion_percentage).toBe(100)

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
        grade: 'B',
        score_percentage: 85,
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
    })
  })
}

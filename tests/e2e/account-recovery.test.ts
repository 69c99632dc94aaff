import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  startTestSmtpServer,
  type TestSmtpServer,
  tokenFromMail,
} from '@smartcourse/service-kit/testing-smtp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveRoute } from '../../apps/all-in-one/src/routes-table.js'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, eventually, sessionStatuses, uniqueName } from './http.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
let smtp: TestSmtpServer
let system: RunningSystem
let api: Api

beforeAll(async () => {
  smtp = await startTestSmtpServer()
  system = await startAllInOne({
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'SmartCourse <no-reply@example.test>',
      PLATFORM_NAME: 'SmartCourse',
    },
  })
  api = createApi(system.baseUrl)
})
afterAll(async () => {
  await system?.stop()
  await smtp?.stop()
})

describe('all-in-one over real HTTP: password reset with the mail read from an SMTP server', () => {
  it('forgot → mail with a PUBLIC_BASE_URL link → reset → old sessions gone, new password works', async () => {
    const name = uniqueName('forgetful')
    const email = `${name}@example.test`
    const password = 'first-password-1'
    expect((await api.post('/api/v1/auth/register', { email, username: name, password })).status).toBe(201)
    const session = await api.post('/api/v1/auth/login', { email, password })
    expect(session.status).toBe(200)

    const verification = await smtp.waitFor((m) => m.to === email && m.subject.startsWith('Confirm'))
    expect(verification.text).toContain(
      `${system.baseUrl.replace('127.0.0.1', 'localhost')}/app/verify-email?token=`,
    )
    const verified = await api.post('/api/v1/auth/verify-email', { token: tokenFromMail(verification) })
    expect(verified.status).toBe(200)
    expect((await api.get('/api/v1/users/me', session.body.access_token)).body.is_verified).toBe(true)

    const asked = await api.post('/api/v1/auth/password/forgot', { email })
    expect(asked.status).toBe(202)
    const unknown = await api.post('/api/v1/auth/password/forgot', { email: `nobody-${name}@example.test` })
    expect(unknown.status).toBe(202)
    expect(unknown.body).toEqual(asked.body)

    const mail = await smtp.waitFor((m) => m.to === email && m.subject.startsWith('Reset your password'))
    const link = /https?:\/\/\S+\/app\/reset-password\?token=\S+/.exec(mail.text)?.[0]
    expect(link).toBeDefined()
    const token = tokenFromMail(mail)

    const done = await api.post('/api/v1/auth/password/reset', { token, new_password: 'second-password-2' })
    expect(done.status).toBe(200)
    expect(done.body.message).toEqual(expect.any(String))

    expect(await sessionStatuses(api, session.body)).toEqual({ me: 401, refresh: 401 })
    expect((await api.post('/api/v1/auth/login', { email, password })).status).toBe(401)
    const fresh = await api.post('/api/v1/auth/login', { email, password: 'second-password-2' })
    expect(fresh.status).toBe(200)
    expect((await api.get('/api/v1/users/me', fresh.body.access_token)).status).toBe(200)

    const reused = await api.post('/api/v1/auth/password/reset', { token, new_password: 'third-password-3' })
    expect(reused.status).toBe(400)
    expect(reused.body.error_code).toBe('INVALID_RESET_TOKEN')

    await smtp.waitFor((m) => m.to === email && m.subject.startsWith('Your password was changed'))
  })

  it('puts the new auth routes under the auth rate limit of both gateways', async () => {
    const paths = [
      'password/forgot',
      'password/reset',
      'password/change',
      'verify-email',
      'verify-email/resend',
    ]
    const template = await readFile(join(root, 'gateway/templates/default.conf.template'), 'utf8')
    const authBlock = /location \/api\/v1\/auth\/ \{[^}]*\}/.exec(template)?.[0] ?? ''
    expect(authBlock).toContain('limit_req zone=auth')
    for (const path of paths) {
      expect(resolveRoute(`/api/v1/auth/${path}`)).toMatchObject({ service: 'users', limit: 'auth' })
      // No more specific Nginx location takes them out of the auth zone.
      expect(template).not.toContain(`location /api/v1/auth/${path}`)
      expect(template).not.toContain(`location = /api/v1/auth/${path}`)
    }
  })
})

describe('all-in-one: notification mails from other services’ events', () => {
  async function signUp(role: 'student' | 'instructor') {
    const name = uniqueName(role)
    const account = { email: `${name}@example.test`, username: name, password: 'correct-horse-1', role }
    expect((await api.post('/api/v1/auth/register', account)).status).toBe(201)
    const login = await api.post('/api/v1/auth/login', { email: account.email, password: account.password })
    return { email: account.email, token: login.body.access_token as string }
  }

  it('enrollment confirmed; SMTP down while the certificate is issued → its mail arrives once when back', async () => {
    const instructor = await signUp('instructor')
    const student = await signUp('student')
    const title = uniqueName('Mailed course ')
    const course = await api.post('/api/v1/courses', { title }, instructor.token)
    const base = `/api/v1/courses/${course.body.id}`
    const module = await api.post(`${base}/modules`, { title: 'Basics' }, instructor.token)
    const lesson = await api.post(
      `${base}/modules/${module.body.module_id}/lessons`,
      { title: 'Read', type: 'text', content: 'the body' },
      instructor.token,
    )
    expect((await api.post(`${base}/publish`, undefined, instructor.token)).status).toBe(200)
    const enrolled = await api.post('/api/v1/enrollments', { course_id: course.body.id }, student.token)
    expect(enrolled.status).toBe(201)
    const confirmed = await smtp.waitFor(
      (m) => m.to === student.email && m.subject.startsWith('You are enrolled'),
    )
    expect(confirmed.text).toContain(title)

    await smtp.stop()
    let certificate: { certificate_number: string; verification_url: string; certificate_url: string }
    try {
      const done = await api.post(
        `/api/v1/progress/lessons/${lesson.body.lesson_id}/complete`,
        { enrollment_id: enrolled.body.id, time_spent_minutes: 5 },
        student.token,
      )
      expect(done.status).toBe(200)
      const deadline = Date.now() + 15_000
      let list = await api.get('/api/v1/certificates/my-certificates', student.token)
      while (list.body.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        list = await api.get('/api/v1/certificates/my-certificates', student.token)
      }
      certificate = list.body[0]
      expect(certificate).toBeDefined()
      // Issued while the mail server is down: the mail waits in the outbox.
      await new Promise((resolve) => setTimeout(resolve, 1500))
    } finally {
      await smtp.start()
    }
    const mail = await smtp.waitFor(
      (m) => m.to === student.email && m.text.includes(certificate!.certificate_number),
      20_000,
    )
    expect(mail.text).toContain(certificate!.verification_url)
    expect(mail.text).toContain(certificate!.certificate_url)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(
      smtp.to(student.email).filter((m) => m.text.includes(certificate!.certificate_number)),
    ).toHaveLength(1)
  })
})

describe('npm start without SMTP_URL', () => {
  it('writes each mail as an .eml file under DATA_DIR/mail and prints one line with its path', async () => {
    const local = await startAllInOne({ env: { LOG_LEVEL: 'info' }, captureOutput: true })
    try {
      const name = uniqueName('offline')
      const email = `${name}@example.test`
      const registered = await createApi(local.baseUrl).post('/api/v1/auth/register', {
        email,
        username: name,
        password: 'offline-password-1',
      })
      expect(registered.status).toBe(201)
      const dir = join(local.dataDir, 'mail')
      const files = await eventually(
        () => readdir(dir).catch((): string[] => []),
        (names) => names.length > 0,
        20_000,
      )
      expect(files).toHaveLength(1)
      const eml = await readFile(join(dir, files[0]!), 'utf8')
      expect(eml).toContain(`To: ${email}`)
      expect(eml).toContain('/app/verify-email?token=')
      const line = `mail written: ${join(dir, files[0]!)}`
      const output = await eventually(
        async () => local.output(),
        (text) => text.includes(line),
        5_000,
      )
      expect(output).toContain(line)
    } finally {
      await local.stop()
    }
  })
})

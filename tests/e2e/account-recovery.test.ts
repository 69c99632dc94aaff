import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  startTestSmtpServer,
  type TestSmtpServer,
  tokenFromMail,
} from '@smartcourse/service-kit/testing-smtp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { resolveRoute } from '../../apps/all-in-one/src/routes-table.js'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, uniqueName } from './http.js'

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

    expect((await api.get('/api/v1/users/me', session.body.access_token)).status).toBe(401)
    expect(
      (await api.post('/api/v1/auth/refresh', { refresh_token: session.body.refresh_token })).status,
    ).toBe(401)
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
      let files: string[] = []
      for (let tries = 0; tries < 50 && files.length === 0; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        files = await readdir(dir).catch(() => [])
      }
      expect(files).toHaveLength(1)
      const eml = await readFile(join(dir, files[0]!), 'utf8')
      expect(eml).toContain(`To: ${email}`)
      expect(eml).toContain('/app/verify-email?token=')
      expect(local.output()).toContain(`mail written: ${join(dir, files[0]!)}`)
    } finally {
      await local.stop()
    }
  })
})

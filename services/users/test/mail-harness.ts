import { type Clock, createMailer } from '@smartcourse/service-kit'
import { startTestSmtpServer } from '@smartcourse/service-kit/testing-smtp'
import type { UsersDeps } from '../src/index.js'
import { createTestApp } from './helpers.js'

export const MAIL_FROM = 'SmartCourse <no-reply@example.test>'

/** A clock that follows real time, moved forward by tests (token expiry without sleeping). */
export function createMovableClock(): Clock & { advance(ms: number): void } {
  let offset = 0
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms
    },
  }
}

const quiet = { info() {} }

/** user-service whose mails go to a real SMTP server in this process. */
export async function createMailTestApp(overrides: Partial<UsersDeps> = {}) {
  const smtp = await startTestSmtpServer()
  const clock = createMovableClock()
  const mailer = createMailer({ SMTP_URL: smtp.url, MAIL_FROM, NODE_ENV: 'test' }, quiet)
  const harness = await createTestApp({ mailer, clock, ...overrides })
  return {
    ...harness,
    smtp,
    clock,
    async close() {
      await harness.close()
      await smtp.stop()
    },
  }
}

import { randomUUID } from 'node:crypto'
import { createMailer } from '@smartcourse/service-kit'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../src/db/tables.js'
import { createMailDestination, messageIdFor } from '../src/mail/mail-destination.js'
import { MAIL_SEND } from '../src/mail/mail-queue.js'
import { signUp } from './helpers.js'
import { createMailTestApp, MAIL_FROM } from './mail-harness.js'

let harness: Awaited<ReturnType<typeof createMailTestApp>>

beforeAll(async () => {
  harness = await createMailTestApp()
})
afterAll(() => harness?.close())

describe('mail through the outbox', () => {
  it('a mail.send retried after the SMTP server accepted it is not sent again (sent_mails per event id)', async () => {
    const mailer = createMailer({ SMTP_URL: harness.smtp.url, MAIL_FROM }, { info() {} })
    const destination = createMailDestination({ db: harness.deps.database.db, mailer, from: MAIL_FROM })
    const envelope = {
      id: randomUUID(),
      type: MAIL_SEND,
      occurred_at: new Date().toISOString(),
      payload: {
        kind: 'enrollment_confirmed',
        to: 'retry@example.test',
        user_id: 1,
        subject: 'Once only',
        text: 'x',
        html: '<p>x</p>',
      },
    }
    // The relay's second try, as after a crash between the SMTP answer and "delivered".
    await destination.request({ method: 'POST', path: '/internal/events', body: envelope })
    await destination.request({ method: 'POST', path: '/internal/events', body: envelope })
    await harness.smtp.waitFor((m) => m.to === 'retry@example.test')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const arrived = harness.smtp.to('retry@example.test')
    expect(arrived).toHaveLength(1)
    expect(arrived[0]!.messageId).toBe(messageIdFor(envelope.id, MAIL_FROM))
    mailer.close()
  })

  it('once sent, the stored copy of a mail with a secret link is emptied', async () => {
    const user = await signUp(harness.app)
    await harness.smtp.waitFor((m) => m.to === user.email && m.subject.startsWith('Confirm'))
    // The row is marked delivered right after the send.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const rows = await harness.deps.database.db.select().from(outbox).where(eq(outbox.type, MAIL_SEND))
    const mine = rows.filter((row) => (row.payload as { to?: string }).to === user.email)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.payload).toEqual({ kind: 'email_verification', to: user.email, redacted: true })
    expect(mine[0]!.deliveredAt).not.toBeNull()
  })
})

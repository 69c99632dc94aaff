import {
  type Database,
  EVENTS_PATH,
  type EventEnvelope,
  type Mailer,
  type ServiceClient,
  type ServiceRequest,
} from '@smartcourse/service-kit'
import { and, eq } from 'drizzle-orm'
import { outbox, sentMails } from '../db/tables.js'
import { MAIL_SEND, type MailSendPayload } from './mail-queue.js'

/** Kinds whose body carries a secret link: once sent, the stored copy is emptied. */
const SECRET_KINDS = new Set(['password_reset', 'email_verification'])

/** `<event id@domain of MAIL_FROM>`: the same Message-ID however often one mail.send is retried. */
export function messageIdFor(eventId: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'smartcourse.local'
  return `<${eventId}@${domain}>`
}

/**
 * The outbox destination of mail.send: a ServiceClient in form, so the kit's relay (claim with a
 * lease, retry with backoff, mark delivered) carries mail like any event. Per event id: already in
 * sent_mails → acknowledged without sending; otherwise sent, then recorded. The SMTP server
 * refusing or being down throws, and the relay retries later.
 */
export function createMailDestination(deps: { db: Database; mailer: Mailer; from: string }): ServiceClient {
  const { db, mailer, from } = deps
  return {
    async request<T>(request: ServiceRequest) {
      // One mail per request: the relay sends a batch one event at a time when told there is none.
      if (request.path !== EVENTS_PATH) return { status: 404, body: undefined as T }
      const envelope = request.body as EventEnvelope<MailSendPayload>
      if (envelope.type !== MAIL_SEND) return { status: 200, body: undefined as T }
      const mail = envelope.payload
      // The link's token is stored hashed; its copy in the mail must not outlive the send.
      const redact = async () => {
        if (!SECRET_KINDS.has(mail.kind)) return
        await db
          .update(outbox)
          .set({ payload: { kind: mail.kind, to: mail.to, redacted: true } })
          .where(and(eq(outbox.eventId, envelope.id), eq(outbox.type, MAIL_SEND)))
      }
      const [already] = await db
        .select({ eventId: sentMails.eventId })
        .from(sentMails)
        .where(eq(sentMails.eventId, envelope.id))
      if (already) {
        await redact()
        return { status: 200, body: undefined as T }
      }
      const messageId = messageIdFor(envelope.id, from)
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId })
      // Recorded at once, on its own: from here on a retry acknowledges instead of sending again.
      await db
        .insert(sentMails)
        .values({ eventId: envelope.id, kind: mail.kind, recipient: mail.to, messageId })
        .onConflictDoNothing()
      await redact()
      return { status: 200, body: undefined as T }
    },
  }
}

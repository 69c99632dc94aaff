import type { EventPayloads } from '@smartcourse/contracts'
import type { Executor, Outbox } from '@smartcourse/service-kit'
import type { RenderedMail } from './templates.js'

/** user-service's own event: one mail to send. Delivered by the outbox to the mail destination. */
export const MAIL_SEND = 'mail.send'
export const MAIL_DESTINATION = 'mailer'

export interface MailSendPayload extends RenderedMail {
  to: string
  user_id: number
}

/** What user-service's outbox carries: the contract events it publishes and its own mail.send. */
export interface UserServiceEvents extends EventPayloads {
  [MAIL_SEND]: MailSendPayload
}

/** Queues a mail in the caller's transaction: it leaves only if the change it reports commits. */
export function createMailQueue(outbox: Pick<Outbox<UserServiceEvents>, 'publish' | 'nudge'>) {
  return {
    async queue(executor: Executor, to: { id: number; email: string }, mail: RenderedMail) {
      const payload: MailSendPayload = { ...mail, to: to.email, user_id: to.id }
      return outbox.publish(executor, MAIL_SEND, payload)
    },
    /** After the commit: send now rather than at the next poll. */
    flush() {
      void outbox.nudge()
    },
  }
}

export type MailQueue = ReturnType<typeof createMailQueue>

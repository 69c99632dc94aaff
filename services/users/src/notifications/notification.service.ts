import {
  type CertificateIssuedPayload,
  type CertificateRevokedPayload,
  type EnrollmentActivatedPayload,
  type EnrollmentPromotedPayload,
  EventTypes,
} from '@smartcourse/contracts'
import {
  createEventInbox,
  type Database,
  type EventEnvelope,
  type EventTables,
} from '@smartcourse/service-kit'
import type { MailQueue } from '../mail/mail-queue.js'
import { type RenderedMail, templates } from '../mail/templates.js'
import { displayName, type RecoveryLinks, webPaths } from '../recovery/recovery.service.js'
import { createUserRepository } from '../users/user.repository.js'
import { createPreferencesRepository } from './preferences.repository.js'
import type { NotificationPreferences } from './preferences.schemas.js'

type Notification =
  | { type: typeof EventTypes.enrollmentActivated; payload: EnrollmentActivatedPayload }
  | { type: typeof EventTypes.enrollmentPromoted; payload: EnrollmentPromotedPayload }
  | { type: typeof EventTypes.certificateIssued; payload: CertificateIssuedPayload }
  | { type: typeof EventTypes.certificateRevoked; payload: CertificateRevokedPayload }

const PREFERENCE: Record<Notification['type'], keyof NotificationPreferences> = {
  [EventTypes.enrollmentActivated]: 'enrollment_confirmed',
  [EventTypes.enrollmentPromoted]: 'waitlist_promoted',
  [EventTypes.certificateIssued]: 'certificate_issued',
  [EventTypes.certificateRevoked]: 'certificate_revoked',
}

/**
 * Turns other services' events into mails: once per event id (processed_events), only to live
 * accounts that did not turn the kind off. The mail is queued in the same transaction as the
 * event id is recorded, so a redelivered event queues nothing.
 */
export function createNotificationService(deps: {
  db: Database
  eventTables: EventTables
  mail: MailQueue
  links: RecoveryLinks
}) {
  const { db, mail, links } = deps
  const inbox = createEventInbox(db, deps.eventTables)
  const base = links.publicBaseUrl.replace(/\/$/, '')

  function render(event: Notification, context: { platformName: string; name: string }): RenderedMail {
    switch (event.type) {
      case EventTypes.enrollmentActivated:
        return templates.enrollmentConfirmed(
          context,
          event.payload.course_title,
          `${base}${webPaths.myCourses}`,
        )
      case EventTypes.enrollmentPromoted:
        return templates.waitlistPromoted(context, event.payload.course_title, `${base}${webPaths.myCourses}`)
      case EventTypes.certificateIssued:
        return templates.certificateIssued(context, event.payload.course_title, {
          number: event.payload.certificate_number,
          verificationUrl: event.payload.verification_url,
          pdfUrl: event.payload.pdf_url,
        })
      case EventTypes.certificateRevoked:
        return templates.certificateRevoked(context, event.payload.course_title, {
          number: event.payload.certificate_number,
          reason: event.payload.reason,
          verificationUrl: event.payload.verification_url,
        })
    }
  }

  return {
    /** Mails the event's student once; false when the event was handled before (a redelivery). */
    async notify(envelope: Pick<EventEnvelope, 'id' | 'type'>, event: Notification): Promise<boolean> {
      let queued = false
      const applied = await inbox.runOnce(envelope, async (tx) => {
        const user = await createUserRepository(tx).findById(event.payload.student_id)
        if (!user || user.isDeleted || !user.isActive) return
        const wanted = await createPreferencesRepository(tx).get(user.id)
        if (!wanted[PREFERENCE[event.type]]) return
        await mail.queue(
          tx,
          user,
          render(event, { platformName: links.platformName, name: displayName(user) }),
        )
        queued = true
      })
      if (queued) mail.flush()
      return applied
    },
  }
}

export type NotificationService = ReturnType<typeof createNotificationService>

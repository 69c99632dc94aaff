import { type EnrollmentActivatedPayload, type EventPayloads, EventTypes } from '@smartcourse/contracts'
import type { Outbox } from '@smartcourse/service-kit'
import type { EnrollmentRow } from '../db/tables.js'
import type { EnrollmentRepository } from './enrollment.repository.js'

/**
 * Publishes enrollment.activated ("enrollment confirmed": user-service mails the student) in the
 * transaction that made the enrollment active: a free enrollment, a re-enrollment, a payment;
 * or enrollment.promoted when the seat came from the waitlist.
 */
export async function publishActivation(
  outbox: Pick<Outbox<EventPayloads>, 'publish'>,
  tx: EnrollmentRepository,
  row: EnrollmentRow,
  at: Date,
  type:
    | typeof EventTypes.enrollmentActivated
    | typeof EventTypes.enrollmentPromoted = EventTypes.enrollmentActivated,
) {
  const event: EnrollmentActivatedPayload = {
    enrollment_id: row.id,
    student_id: row.studentId,
    course_id: row.courseId,
    course_title: row.courseTitle,
    activated_at: at.toISOString(),
  }
  await outbox.publish(tx.executor, type, event)
}

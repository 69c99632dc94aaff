import { type EventPayloads, EventTypes } from '@smartcourse/contracts'
import type { Outbox } from '@smartcourse/service-kit'
import type { EnrollmentRow } from '../db/tables.js'
import { publishActivation } from './activation-event.js'
import type { EnrollmentRepository } from './enrollment.repository.js'
import { recordStatusChange } from './status-change.js'

/** The history reason of a promotion from the waitlist. */
export const SEAT_AVAILABLE_REASON = 'Seat available'

/**
 * Moves the earliest waitlisted students of the course into its free seats (FIFO, never above
 * `maxStudents`; every one of them when the course has no cap any more). The caller holds the
 * course's seat row lock, so replicas promote one at a time and inside the transaction that
 * freed the seat. Callers pass the time read after the lock was taken, so promotion times
 * follow the order promotions happened in.
 */
export async function promoteWaitlisted(
  tx: EnrollmentRepository,
  outbox: Pick<Outbox<EventPayloads>, 'publish'>,
  courseId: number,
  maxStudents: number | null,
  now: Date,
): Promise<EnrollmentRow[]> {
  let free: number | undefined
  if (maxStudents !== null) {
    free = maxStudents - (await tx.countSeatsTaken(courseId))
    if (free <= 0) return []
  }
  const promoted: EnrollmentRow[] = []
  for (const row of await tx.listWaitlistHeadForUpdate(courseId, free)) {
    const active = await tx.update(
      row.id,
      { status: 'active', waitlistNumber: null, updatedAt: now },
      'waitlisted',
    )
    if (!active) continue
    await recordStatusChange(tx, outbox, {
      enrollmentId: row.id,
      fromStatus: 'waitlisted',
      toStatus: 'active',
      reason: SEAT_AVAILABLE_REASON,
      changedBy: null,
      changedAt: now,
    })
    await publishActivation(outbox, tx, active, now, EventTypes.enrollmentPromoted)
    promoted.push(active)
  }
  return promoted
}

/**
 * After a seat of the course was freed in this transaction: promotes from its waitlist with the
 * cap last read from course-service. Call `lockKnownCourseSeats` first, before locking any
 * enrollment row (the order every path takes, so none deadlocks another).
 */
export async function fillFreedSeats(
  tx: EnrollmentRepository,
  outbox: Pick<Outbox<EventPayloads>, 'publish'>,
  seats: { courseId: number; maxStudents: number | null } | undefined,
  now: Date,
) {
  if (!seats) return []
  return promoteWaitlisted(tx, outbox, seats.courseId, seats.maxStudents, now)
}

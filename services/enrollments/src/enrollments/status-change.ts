import { type EnrollmentStatusChangedPayload, EventTypes } from '@smartcourse/contracts'
import type { Outbox } from '@smartcourse/service-kit'
import type { EnrollmentRepository, HistoryEntry } from './enrollment.repository.js'

/**
 * Records a status change in the history and, for an enrollment that existed before, publishes
 * enrollment.status_changed in the same transaction: copies of the enrollment kept elsewhere
 * (progress-service's cache) are stale from now on. A new enrollment is in nobody's cache.
 */
export async function recordStatusChange(
  tx: EnrollmentRepository,
  outbox: Pick<Outbox, 'publish'>,
  entry: HistoryEntry,
) {
  await tx.addHistory(entry)
  if (entry.fromStatus === null) return
  const payload: EnrollmentStatusChangedPayload = {
    enrollment_id: entry.enrollmentId,
    status: entry.toStatus,
  }
  await outbox.publish(tx.executor, EventTypes.enrollmentStatusChanged, payload)
}

import {
  type CourseCapacityChangedPayload,
  type CoursesClient,
  type EnrollmentCompletedPayload,
  type EventPayloads,
  EventTypes,
  type ProgressUpdatedPayload,
  type UserDeletedPayload,
} from '@smartcourse/contracts'
import type { Clock, createEventInbox, EventEnvelope, Outbox } from '@smartcourse/service-kit'
import type { EnrollmentRow, EnrollmentStatus } from '../db/tables.js'
import { createEnrollmentRepository, type EnrollmentRepository } from './enrollment.repository.js'
import { fillFreedSeats, promoteWaitlisted } from './waitlist.js'
import { recordStatusChange } from './status-change.js'

/** The history reason of enrollments dropped because their student's account was deleted. */
export const ACCOUNT_DELETED_REASON = 'Account deleted'

/** The events enrollment-service consumes: progress, deleted accounts, course capacity. */
export function createEnrollmentEventsService(deps: {
  courses: CoursesClient
  clock: Clock
  outbox: Outbox<EventPayloads>
  inbox: ReturnType<typeof createEventInbox>
}) {
  const { courses, clock, outbox, inbox } = deps

  /** An active enrollment reaching 100 %: completed once, with its history and enrollment.completed. */
  async function completeOnFullProgress(
    tx: EnrollmentRepository,
    row: Pick<EnrollmentRow, 'id' | 'studentId' | 'courseId'>,
    now: Date,
  ) {
    const completed = await tx.update(
      row.id,
      { status: 'completed', completedAt: now, updatedAt: now },
      'active',
    )
    if (!completed) return false
    await recordStatusChange(tx, outbox, {
      enrollmentId: row.id,
      fromStatus: 'active',
      toStatus: 'completed',
      reason: 'All mandatory lessons completed',
      changedBy: null,
      changedAt: now,
    })
    const completion: EnrollmentCompletedPayload = {
      enrollment_id: row.id,
      student_id: row.studentId,
      course_id: row.courseId,
      completed_at: now.toISOString(),
    }
    await outbox.publish(tx.executor, EventTypes.enrollmentCompleted, completion)
    return true
  }

  /**
   * Applies a progress.updated event once: newer versions move completion_percentage and
   * last_accessed_at; reaching 100 % completes an active enrollment exactly once and publishes
   * enrollment.completed in the same transaction (a batch of one).
   */
  async function recordProgress(event: EventEnvelope<ProgressUpdatedPayload>) {
    const [applied] = await recordProgressMany([event])
    return applied === true
  }

  /**
   * A relay's batch of progress.updated in one transaction, with the same effect as applying
   * them one by one: each event id is recorded once, and per enrollment only the batch's newest
   * version is applied (an older one would be overwritten by it), all in one UPDATE. A version
   * not newer than the one applied changes nothing; a completed enrollment keeps its 100 %.
   */
  async function recordProgressMany(events: Array<EventEnvelope<ProgressUpdatedPayload>>) {
    let completed = false
    const applied = await inbox.runMany(events, async (executor, fresh) => {
      const newest = new Map<number, ProgressUpdatedPayload>()
      for (const { payload } of fresh) {
        const seen = newest.get(payload.enrollment_id)
        if (!seen || payload.version > seen.version) newest.set(payload.enrollment_id, payload)
      }
      const tx = createEnrollmentRepository(executor)
      const now = clock.now()
      const moved = await tx.applyProgress(
        [...newest.values()].map((payload) => ({
          enrollmentId: payload.enrollment_id,
          version: payload.version,
          lastAccessedAt: new Date(payload.last_accessed_at),
          completionPercentage: payload.completion_percentage,
        })),
        now,
      )
      for (const row of moved) {
        if (row.status !== 'active' || newest.get(row.id)!.completion_percentage < 100) continue
        if (await completeOnFullProgress(tx, row, now)) completed = true
      }
    })
    if (completed) void outbox.nudge()
    return applied
  }

  /**
   * Applies a user.deleted event once: every active, suspended, pending or waitlisted enrollment
   * of that student is dropped with a history entry by the system, and each freed seat goes to
   * its course's waitlist in the same transaction. Completed enrollments stay completed, so
   * their certificates remain valid.
   */
  async function dropDeletedStudent(event: EventEnvelope<UserDeletedPayload>) {
    const { payload } = event
    const statuses: EnrollmentStatus[] = ['active', 'suspended', 'pending_payment', 'waitlisted']
    return inbox.runOnce(event, async (executor) => {
      const tx = createEnrollmentRepository(executor)
      // Seat rows first (ascending course id), then the enrollments: the lock order of every path.
      const courseIds = await tx.courseIdsOfStudent(payload.user_id, statuses)
      const seats = []
      for (const courseId of courseIds) {
        seats.push(await tx.lockKnownCourseSeats(courseId))
      }
      const held = await tx.listByStudentForUpdate(payload.user_id, statuses)
      const now = clock.now()
      for (const row of held) {
        await tx.update(
          row.id,
          { status: 'dropped', droppedAt: now, updatedAt: now, waitlistNumber: null },
          row.status,
        )
        await recordStatusChange(tx, outbox, {
          enrollmentId: row.id,
          fromStatus: row.status,
          toStatus: 'dropped',
          reason: ACCOUNT_DELETED_REASON,
          changedBy: null,
          changedAt: now,
        })
      }
      for (const seat of seats) await fillFreedSeats(tx, outbox, seat, clock.now())
    })
  }

  /**
   * Applies course.capacity_changed once: with the course's current cap (read from course-service
   * first, so events arriving out of order still end right), waitlisted students are promoted
   * into every seat the new cap opens.
   */
  async function applyCapacityChange(event: EventEnvelope<CourseCapacityChangedPayload>) {
    const { payload } = event
    const outline = await courses.findOutline(payload.course_id)
    return inbox.runOnce(event, async (executor) => {
      if (!outline) return
      const tx = createEnrollmentRepository(executor)
      await tx.lockCourseSeats(outline.course_id, outline.max_students)
      await promoteWaitlisted(tx, outbox, outline.course_id, outline.max_students, clock.now())
    })
  }

  return { recordProgress, recordProgressMany, dropDeletedStudent, applyCapacityChange }
}

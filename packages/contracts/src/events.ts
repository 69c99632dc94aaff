import { type Static, Type } from 'typebox'

/**
 * Events between services (docs/API.md#events). Each is delivered at least once as an EventEnvelope
 * (`{ id, type, occurred_at, payload }`) to the subscriber's POST /internal/events.
 */
export const EventTypes = {
  progressUpdated: 'progress.updated',
  enrollmentCompleted: 'enrollment.completed',
  userDeleted: 'user.deleted',
  courseArchived: 'course.archived',
  courseCapacityChanged: 'course.capacity_changed',
} as const

export const ProgressUpdatedPayload = Type.Object({
  enrollment_id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  completion_percentage: Type.Number(),
  last_accessed_at: Type.String({ format: 'date-time' }),
  /** Grows with every change of one enrollment's progress; consumers ignore older versions. */
  version: Type.Integer(),
})
export type ProgressUpdatedPayload = Static<typeof ProgressUpdatedPayload>

export const EnrollmentCompletedPayload = Type.Object({
  enrollment_id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  completed_at: Type.String({ format: 'date-time' }),
})
export type EnrollmentCompletedPayload = Static<typeof EnrollmentCompletedPayload>

export const UserDeletedPayload = Type.Object({ user_id: Type.Integer() })
export type UserDeletedPayload = Static<typeof UserDeletedPayload>

export const CourseArchivedPayload = Type.Object({ course_id: Type.Integer() })
export type CourseArchivedPayload = Static<typeof CourseArchivedPayload>

/** The body of POST /internal/events. */
export const EventEnvelopeSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: Type.String(),
  occurred_at: Type.String({ format: 'date-time' }),
  payload: Type.Unknown(),
})

/**
 * A course's max_students changed (raised, lowered or removed): enrollment-service reads the
 * current outline and promotes waitlisted students into any free seats.
 */
export const CourseCapacityChangedPayload = Type.Object({
  course_id: Type.Integer(),
  max_students: Type.Union([Type.Integer(), Type.Null()]),
})
export type CourseCapacityChangedPayload = Static<typeof CourseCapacityChangedPayload>

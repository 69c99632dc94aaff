import { type Static, Type } from 'typebox'
import { Timestamp } from './values.js'
import { EnrollmentStatus } from './enrollments.js'

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
  enrollmentActivated: 'enrollment.activated',
  enrollmentPromoted: 'enrollment.promoted',
  certificateIssued: 'certificate.issued',
  certificateRevoked: 'certificate.revoked',
  courseContentChanged: 'course.content_changed',
  enrollmentStatusChanged: 'enrollment.status_changed',
} as const

/** What every event about one enrollment names: the enrollment, its student and its course. */
const enrollmentFacts = {
  enrollment_id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
}

export const ProgressUpdatedPayload = Type.Object({
  ...enrollmentFacts,
  completion_percentage: Type.Number(),
  last_accessed_at: Timestamp,
  /** Grows with every change of one enrollment's progress; consumers ignore older versions. */
  version: Type.Integer(),
})
export type ProgressUpdatedPayload = Static<typeof ProgressUpdatedPayload>

export const EnrollmentCompletedPayload = Type.Object({
  ...enrollmentFacts,
  completed_at: Timestamp,
})
export type EnrollmentCompletedPayload = Static<typeof EnrollmentCompletedPayload>

export const UserDeletedPayload = Type.Object({ user_id: Type.Integer() })
export type UserDeletedPayload = Static<typeof UserDeletedPayload>

export const CourseArchivedPayload = Type.Object({ course_id: Type.Integer() })
export type CourseArchivedPayload = Static<typeof CourseArchivedPayload>

/** An enrollment became active (free enrollment, payment completed, re-enrollment): "enrollment confirmed". */
export const EnrollmentActivatedPayload = Type.Object({
  ...enrollmentFacts,
  course_title: Type.String(),
  activated_at: Timestamp,
})
export type EnrollmentActivatedPayload = Static<typeof EnrollmentActivatedPayload>

/** A waitlisted student got a seat that freed up (now `active`): "you are off the waitlist". */
export const EnrollmentPromotedPayload = EnrollmentActivatedPayload
export type EnrollmentPromotedPayload = EnrollmentActivatedPayload

/** What both certificate events say about the certificate. */
const certificateFacts = {
  certificate_id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  course_title: Type.String(),
  certificate_number: Type.String(),
}

/** A certificate was issued; the links are the public verification page and the PDF download. */
export const CertificateIssuedPayload = Type.Object({
  ...certificateFacts,
  verification_url: Type.String(),
  pdf_url: Type.String(),
})
export type CertificateIssuedPayload = Static<typeof CertificateIssuedPayload>

export const CertificateRevokedPayload = Type.Object({
  ...certificateFacts,
  reason: Type.String(),
  verification_url: Type.String(),
})
export type CertificateRevokedPayload = Static<typeof CertificateRevokedPayload>

/**
 * A course's max_students changed (raised, lowered or removed): enrollment-service reads the
 * current outline and promotes waitlisted students into any free seats.
 */
export const CourseCapacityChangedPayload = Type.Object({
  course_id: Type.Integer(),
  max_students: Type.Union([Type.Integer(), Type.Null()]),
})
export type CourseCapacityChangedPayload = Static<typeof CourseCapacityChangedPayload>

/**
 * Something of a course's outline changed (modules, lessons, quizzes, status, owner, enrollment
 * rules): a copy of its outline kept by another service (progress-service's cache) is stale.
 */
export const CourseContentChangedPayload = Type.Object({ course_id: Type.Integer() })
export type CourseContentChangedPayload = Static<typeof CourseContentChangedPayload>

/** An existing enrollment changed status: a copy of it kept elsewhere (progress-service's cache) is stale. */
export const EnrollmentStatusChangedPayload = Type.Object({
  enrollment_id: Type.Integer(),
  /** The status it has now. */
  status: EnrollmentStatus,
})
export type EnrollmentStatusChangedPayload = Static<typeof EnrollmentStatusChangedPayload>

/** One of the event type names. */
export type EventType = (typeof EventTypes)[keyof typeof EventTypes]

/**
 * The payload type of every event type. A producer's outbox is typed by it
 * (`createOutbox<EventPayloads>`), so `publish(tx, EventTypes.x, payload)` does not compile
 * with a payload that is not x's.
 */
export interface EventPayloads {
  [EventTypes.progressUpdated]: ProgressUpdatedPayload
  [EventTypes.enrollmentCompleted]: EnrollmentCompletedPayload
  [EventTypes.userDeleted]: UserDeletedPayload
  [EventTypes.courseArchived]: CourseArchivedPayload
  [EventTypes.courseCapacityChanged]: CourseCapacityChangedPayload
  [EventTypes.enrollmentActivated]: EnrollmentActivatedPayload
  [EventTypes.enrollmentPromoted]: EnrollmentPromotedPayload
  [EventTypes.certificateIssued]: CertificateIssuedPayload
  [EventTypes.certificateRevoked]: CertificateRevokedPayload
  [EventTypes.courseContentChanged]: CourseContentChangedPayload
  [EventTypes.enrollmentStatusChanged]: EnrollmentStatusChangedPayload
}

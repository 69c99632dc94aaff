import {
  EnrollmentStatus,
  Money,
  MoneyInput,
  NullableTimestamp,
  Timestamp,
  toMoney,
} from '@smartcourse/contracts'
import {
  IdParam,
  PageOf,
  PageQueryProperties,
  StrictObject,
  type PageQuery,
  toPage,
} from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'
import type { EnrollmentRow, StatusHistoryRow } from '../db/tables.js'

export const EnrollmentIdParams = Type.Object({ id: IdParam })

export const EnrollmentCreateBody = StrictObject({
  course_id: IdParam,
  /** Admins only: enroll this student (e.g. a paid course granted by hand). */
  student_id: Type.Optional(IdParam),
  payment_amount: Type.Optional(Type.Union([MoneyInput, Type.Null()])),
  payment_id: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 255 }), Type.Null()])),
  enrollment_source: Type.Optional(Type.String({ minLength: 1, maxLength: 100, default: 'web' })),
})
export type EnrollmentCreateBody = Static<typeof EnrollmentCreateBody>

export const EnrollmentStatusBody = StrictObject({
  status: Type.Enum(['active', 'dropped', 'suspended']),
  reason: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
})
export type EnrollmentStatusBody = Static<typeof EnrollmentStatusBody>

export const MyCoursesQuery = Type.Object({
  ...PageQueryProperties,
  status: Type.Optional(EnrollmentStatus),
})

export const RosterQuery = Type.Object({
  ...PageQueryProperties,
  course_id: IdParam,
  status: Type.Optional(EnrollmentStatus),
})

const PaymentStatus = Type.Union([Type.Enum(['pending', 'completed', 'refunded']), Type.Null()])

/** EnrollmentResponse (docs/openapi.json) plus the fields the model stores. */
export const EnrollmentResponse = Type.Object({
  id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  status: EnrollmentStatus,
  enrolled_at: Timestamp,
  started_at: NullableTimestamp,
  completed_at: NullableTimestamp,
  dropped_at: NullableTimestamp,
  completion_percentage: Type.Number(),
  last_accessed_at: NullableTimestamp,
  payment_status: PaymentStatus,
  payment_amount: Type.Union([Money, Type.Null()]),
  payment_id: Type.Union([Type.String(), Type.Null()]),
  enrollment_source: Type.String(),
  /** Where the student pays, while the enrollment is pending_payment. */
  checkout_url: Type.Union([Type.String(), Type.Null()]),
  /** When the held seat is given back unless paid. */
  payment_hold_expires_at: NullableTimestamp,
  /** Why a received payment did not activate the enrollment (e.g. a wrong amount). */
  payment_issue: Type.Union([Type.String(), Type.Null()]),
  /** While waitlisted: the place in the queue (1 = the next free seat is theirs); otherwise null. */
  waitlist_position: Type.Union([Type.Integer(), Type.Null()]),
  created_at: Timestamp,
  updated_at: NullableTimestamp,
})

/** EnrollmentListResponse (docs/openapi.json) plus the course title. */
export const MyCourseItem = Type.Object({
  id: Type.Integer(),
  course_id: Type.Integer(),
  course_title: Type.String(),
  status: EnrollmentStatus,
  enrolled_at: Timestamp,
  completion_percentage: Type.Number(),
  payment_status: PaymentStatus,
  checkout_url: Type.Union([Type.String(), Type.Null()]),
  payment_hold_expires_at: NullableTimestamp,
  waitlist_position: Type.Union([Type.Integer(), Type.Null()]),
})

export const MyCoursesPage = PageOf(MyCourseItem)
export const RosterPage = PageOf(EnrollmentResponse)

export const StatusHistoryEntry = Type.Object({
  from_status: Type.Union([EnrollmentStatus, Type.Null()]),
  to_status: EnrollmentStatus,
  reason: Type.Union([Type.String(), Type.Null()]),
  changed_by: Type.Union([Type.Integer(), Type.Null()]),
  changed_at: Timestamp,
})

export const LookupQuery = Type.Object({ student_id: IdParam, course_id: IdParam })

/** A row with its waitlist position when the caller read it (null: not waitlisted). */
type Positioned = EnrollmentRow & { waitlistPosition?: number | null }

const iso = (date: Date) => date.toISOString()
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null)

/** A stored enrollment as EnrollmentResponse. */
export function toEnrollmentResponse(row: Positioned) {
  return {
    id: row.id,
    student_id: row.studentId,
    course_id: row.courseId,
    status: row.status,
    enrolled_at: iso(row.enrolledAt),
    started_at: isoOrNull(row.startedAt),
    completed_at: isoOrNull(row.completedAt),
    dropped_at: isoOrNull(row.droppedAt),
    completion_percentage: Number(row.completionPercentage),
    last_accessed_at: isoOrNull(row.lastAccessedAt),
    payment_status: row.paymentStatus,
    payment_amount: row.paymentAmount === null ? null : toMoney(row.paymentAmount),
    payment_id: row.paymentId,
    enrollment_source: row.enrollmentSource,
    ...checkoutOf(row),
    payment_issue: row.paymentIssue,
    waitlist_position: row.waitlistPosition ?? null,
    created_at: iso(row.createdAt),
    updated_at: isoOrNull(row.updatedAt),
  }
}

export function toMyCourseItem(row: Positioned) {
  return {
    id: row.id,
    course_id: row.courseId,
    course_title: row.courseTitle,
    status: row.status,
    enrolled_at: iso(row.enrolledAt),
    completion_percentage: Number(row.completionPercentage),
    payment_status: row.paymentStatus,
    ...checkoutOf(row),
    waitlist_position: row.waitlistPosition ?? null,
  }
}

/** The checkout link and hold end, shown only while the seat is held for payment. */
function checkoutOf(row: EnrollmentRow) {
  const pending = row.status === 'pending_payment'
  return {
    checkout_url: pending ? row.checkoutUrl : null,
    payment_hold_expires_at: pending ? isoOrNull(row.holdExpiresAt) : null,
  }
}

export function toHistoryEntry(row: StatusHistoryRow) {
  return {
    from_status: row.fromStatus,
    to_status: row.toStatus,
    reason: row.reason,
    changed_by: row.changedBy,
    changed_at: iso(row.changedAt),
  }
}

/** What the internal routes answer (contracts InternalEnrollment). */
export function toInternalEnrollment(row: EnrollmentRow) {
  return {
    id: row.id,
    student_id: row.studentId,
    course_id: row.courseId,
    status: row.status,
    completed_at: isoOrNull(row.completedAt),
  }
}

/** GET /enrollments/my-courses: one page of the student's enrollments. */
export function toMyCoursesPage(rows: Positioned[], total: number, query: PageQuery) {
  return toPage(rows.map(toMyCourseItem), total, query)
}

/** GET /enrollments?course_id=: one page of a course's roster. */
export function toRosterPage(rows: Positioned[], total: number, query: PageQuery) {
  return toPage(rows.map(toEnrollmentResponse), total, query)
}

import type { CourseOutline, EligibilityReason } from '@smartcourse/contracts'
import { AppError } from '@smartcourse/service-kit'
import type { EnrollmentStatus } from '../db/tables.js'

/** What the rules look at: the course, the student's standing in it, and the seats. */
export interface EnrollmentFacts {
  outline: CourseOutline
  studentId: number
  now: Date
  /** The student's existing enrollment in the course, if any. */
  existingStatus?: EnrollmentStatus
  /** The prerequisite courses the student has completed. */
  completedCourseIds: ReadonlySet<number>
  /** Seats taken (active, completed, pending_payment). */
  seatsTaken: number
  /** Students on the course's waitlist. */
  waitlisted: number
  /** Whether this enrollment would go through the payment provider's checkout. */
  checkout: boolean
}

export interface EnrollmentDecision {
  /** Every reason the student may not enroll now, in a fixed order; empty when they may. */
  reasons: EligibilityReason[]
  /** The status a new enrollment would get; null when refused. */
  enrollsAs: 'active' | 'pending_payment' | 'waitlisted' | null
}

const isPaid = (price: string) => Number(price) > 0

/** A waitlist is used only on a free course (a promoted student of a paid one would owe a checkout). */
export function usesWaitlist(outline: CourseOutline) {
  return outline.waitlist_enabled === true && !isPaid(outline.price)
}

/**
 * The one rule set of enrolling: GET /courses/{id}/eligibility reports its reasons, POST
 * /enrollments refuses with the first of them. Pure, so both always agree. A course with a
 * waitlist counts as full while anyone waits, so a newcomer never passes the queue.
 */
export function decideEnrollment(facts: EnrollmentFacts): EnrollmentDecision {
  const { outline, now } = facts
  const reasons: EligibilityReason[] = []
  const add = (code: EligibilityReason['code'], message: string, extra: Partial<EligibilityReason> = {}) =>
    reasons.push({ code, message, ...extra })

  if (outline.status !== 'published')
    add('NOT_PUBLISHED', `Course ${outline.course_id} is not open for enrollment`)
  if (outline.instructor_id === facts.studentId) add('OWN_COURSE', 'You cannot enroll in your own course')
  if (facts.existingStatus !== undefined && facts.existingStatus !== 'dropped') {
    add(
      'ALREADY_ENROLLED',
      facts.existingStatus === 'waitlisted'
        ? `You are already on the waitlist of course ${outline.course_id}`
        : `You are already enrolled in course ${outline.course_id}`,
    )
  }
  const capped = outline.max_students !== null
  const full =
    capped && (facts.seatsTaken >= outline.max_students! || (usesWaitlist(outline) && facts.waitlisted > 0))
  if (full && !usesWaitlist(outline)) add('COURSE_FULL', `Course ${outline.course_id} has no seats left`)
  const start = outline.enrollment_start ? new Date(outline.enrollment_start) : null
  const end = outline.enrollment_end ? new Date(outline.enrollment_end) : null
  if (start && now.getTime() < start.getTime()) {
    add('ENROLLMENT_NOT_OPEN', `Enrollment in course ${outline.course_id} opens at ${start.toISOString()}`)
  }
  if (end && now.getTime() >= end.getTime()) {
    add('ENROLLMENT_CLOSED', `Enrollment in course ${outline.course_id} closed at ${end.toISOString()}`)
  }
  const missing = (outline.prerequisite_course_ids ?? []).filter((id) => !facts.completedCourseIds.has(id))
  if (missing.length > 0) {
    add('PREREQUISITES_NOT_MET', `Complete these courses first: ${missing.join(', ')}`, {
      missing_course_ids: missing,
    })
  }
  if (reasons.length > 0) return { reasons, enrollsAs: null }
  return { reasons, enrollsAs: full ? 'waitlisted' : facts.checkout ? 'pending_payment' : 'active' }
}

/** The error code POST /enrollments answers for a reason (NOT_PUBLISHED keeps SPEC's name). */
const ERROR_CODES: Record<EligibilityReason['code'], string> = {
  NOT_PUBLISHED: 'COURSE_NOT_PUBLISHED',
  OWN_COURSE: 'OWN_COURSE',
  ALREADY_ENROLLED: 'ALREADY_ENROLLED',
  COURSE_FULL: 'COURSE_FULL',
  ENROLLMENT_NOT_OPEN: 'ENROLLMENT_NOT_OPEN',
  ENROLLMENT_CLOSED: 'ENROLLMENT_CLOSED',
  PREREQUISITES_NOT_MET: 'PREREQUISITES_NOT_MET',
}

/** 409 with the first reason's code; `details` has every reason (and the missing prerequisites). */
export class EnrollmentRefusedError extends AppError {
  constructor(readonly reasons: EligibilityReason[]) {
    const [first] = reasons
    const missing = reasons.find((r) => r.code === 'PREREQUISITES_NOT_MET')?.missing_course_ids
    super(409, ERROR_CODES[first!.code], first!.message, {
      reasons,
      ...(missing ? { missing_course_ids: missing } : {}),
    })
  }
}

import type { CourseOutline, CoursesClient, Eligibility } from '@smartcourse/contracts'
import type { Clock } from '@smartcourse/service-kit'
import { isPaid } from './enrollment.policy.js'
import type { EnrollmentRepository } from './enrollment.repository.js'
import { decideEnrollment } from './enrollment.rules.js'

/** The facts the enrollment rules decide on, and the eligibility pre-flight built from them. */
export function createEligibilityCheck(deps: {
  repository: EnrollmentRepository
  courses: CoursesClient
  clock: Clock
}) {
  const { repository, courses, clock } = deps

  /** The facts the rules need, read in `tx` (under the seat lock when enrolling). */
  async function factsFor(
    tx: EnrollmentRepository,
    outline: CourseOutline,
    studentId: number,
    now: Date,
    checkout: boolean,
  ) {
    const capped = outline.max_students !== null
    const [existing, completedCourseIds, seatsTaken, waitlisted] = await Promise.all([
      tx.findByStudentAndCourse(studentId, outline.course_id),
      tx.completedCourseIds(studentId, outline.prerequisite_course_ids ?? []),
      capped ? tx.countSeatsTaken(outline.course_id) : 0,
      capped ? tx.countWaitlisted(outline.course_id) : 0,
    ])
    const facts = {
      outline,
      studentId,
      now,
      existingStatus: existing?.status,
      completedCourseIds,
      seatsTaken,
      waitlisted,
      checkout,
    }
    return { existing, decision: decideEnrollment(facts) }
  }

  /** GET /courses/{id}/eligibility (through course-service): the rules of enroll, without enrolling. */
  async function eligibility(studentId: number, courseId: number): Promise<Eligibility> {
    const outline = await courses.getOutline(courseId)
    const checkout = isPaid(outline.price)
    const { existing, decision } = await factsFor(repository, outline, studentId, clock.now(), checkout)
    const positions = existing ? await repository.waitlistPositions([existing]) : new Map<number, number>()
    return {
      can_enroll: decision.reasons.length === 0,
      reasons: decision.reasons,
      waitlist_position: existing ? (positions.get(existing.id) ?? null) : null,
      enrolls_as: decision.enrollsAs,
    }
  }

  return { factsFor, eligibility }
}

import { type Actor, isAdmin } from '@smartcourse/service-kit'
import type { EnrollmentsClient } from '@smartcourse/contracts'
import { CourseNotFoundError, NotCourseOwnerError } from './course.errors.js'
import type { CourseRow } from './course.repository.js'

/** What a caller may do with one course. */
export interface CourseAccess {
  /** Owner or admin: every status, every write, every lesson body. */
  manages: boolean
  /** Holds an active or completed enrollment: sees the course even when archived, and every lesson body. */
  enrolled: boolean
}

export function manages(actor: Actor | undefined, course: Pick<CourseRow, 'instructorId'>): boolean {
  return actor !== undefined && (isAdmin(actor) || actor.id === course.instructorId)
}

/** Throws unless the caller is the course's instructor or an admin. */
export function assertManages(actor: Actor, course: Pick<CourseRow, 'instructorId'>): void {
  if (!manages(actor, course)) throw new NotCourseOwnerError()
}

/** Enrollment statuses that keep a student's access: finishing a course does not take it away. */
const STATUSES_WITH_ACCESS = new Set(['active', 'completed'])

/**
 * Rules for reading a course: published ones are public; drafts only for owner and admins;
 * archived ones also for students enrolled in them (active or completed). Anyone else gets a
 * 404, so hidden courses are indistinguishable from missing ones. Asks enrollment-service only
 * when the answer depends on it (`needEnrollment` says when lesson bodies depend on it too).
 */
export function createCourseAccess(enrollments: EnrollmentsClient) {
  async function isEnrolled(actor: Actor | undefined, courseId: number): Promise<boolean> {
    if (!actor) return false
    const enrollment = await enrollments.findByStudentAndCourse(actor.id, courseId)
    return enrollment !== undefined && STATUSES_WITH_ACCESS.has(enrollment.status)
  }

  return {
    async readAccess(
      actor: Actor | undefined,
      course: CourseRow,
      options: { needEnrollment?: boolean } = {},
    ): Promise<CourseAccess> {
      if (manages(actor, course)) return { manages: true, enrolled: false }
      if (course.status === 'draft') throw new CourseNotFoundError(course.id)
      const mustAsk = course.status === 'archived' || options.needEnrollment === true
      const enrolled = mustAsk ? await isEnrolled(actor, course.id) : false
      if (course.status === 'archived' && !enrolled) throw new CourseNotFoundError(course.id)
      return { manages: false, enrolled }
    },
  }
}

export type CourseAccessRules = ReturnType<typeof createCourseAccess>

import type { Eligibility, EnrollmentsClient } from '@smartcourse/contracts'
import { CourseNotFoundError } from '../courses/course.errors.js'
import type { CourseRepository } from '../courses/course.repository.js'

/**
 * Whether a student may enroll now. The rules live in enrollment-service (the ones
 * POST /enrollments applies, so the two always agree); this service only knows the course exists.
 */
export function createEligibilityService(deps: {
  courses: CourseRepository
  enrollments: EnrollmentsClient
}) {
  return {
    async check(studentId: number, courseId: number): Promise<Eligibility> {
      if (!(await deps.courses.findById(courseId))) throw new CourseNotFoundError(courseId)
      return deps.enrollments.eligibility(studentId, courseId)
    },
  }
}

export type EligibilityService = ReturnType<typeof createEligibilityService>

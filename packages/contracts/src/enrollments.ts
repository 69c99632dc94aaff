import { NotFoundError, ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { type Static, Type } from 'typebox'
import { NullableTimestamp } from './values.js'

/** Also the values of enrollment-service's `enrollment_status` database enum. */
export const enrollmentStatuses = [
  'active',
  'completed',
  'dropped',
  'suspended',
  'pending_payment',
  'waitlisted',
] as const

export const EnrollmentStatus = Type.Enum(enrollmentStatuses)

/** Why a student may not enroll (GET /courses/{id}/eligibility, POST /enrollments), in the order reported. */
export const EligibilityReasonCode = Type.Enum([
  'NOT_PUBLISHED',
  'OWN_COURSE',
  'ALREADY_ENROLLED',
  'COURSE_FULL',
  'ENROLLMENT_NOT_OPEN',
  'ENROLLMENT_CLOSED',
  'PREREQUISITES_NOT_MET',
])

export const EligibilityReason = Type.Object({
  code: EligibilityReasonCode,
  message: Type.String(),
  /** PREREQUISITES_NOT_MET: the prerequisite courses not completed yet. */
  missing_course_ids: Type.Optional(Type.Array(Type.Integer())),
})
export type EligibilityReason = Static<typeof EligibilityReason>

/**
 * GET /internal/enrollments/eligibility?student_id=&course_id= on enrollment-service, which
 * course-service answers GET /courses/{id}/eligibility with.
 */
export const Eligibility = Type.Object({
  can_enroll: Type.Boolean(),
  reasons: Type.Array(EligibilityReason),
  /** The student's place on the course's waitlist, when waitlisted. */
  waitlist_position: Type.Union([Type.Integer(), Type.Null()]),
  /** What POST /enrollments would answer now: the status of the new enrollment, or null (refused). */
  enrolls_as: Type.Union([Type.Enum(['active', 'pending_payment', 'waitlisted']), Type.Null()]),
})
export type Eligibility = Static<typeof Eligibility>

/**
 * GET /internal/enrollments/{id} and
 * GET /internal/enrollments/lookup?student_id=&course_id= on enrollment-service.
 */
export const InternalEnrollment = Type.Object({
  id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  status: EnrollmentStatus,
  completed_at: NullableTimestamp,
})
export type InternalEnrollment = Static<typeof InternalEnrollment>

export function createEnrollmentsClient(client: ServiceClient) {
  async function fetchOne(path: string): Promise<InternalEnrollment | undefined> {
    const response = await client.request<InternalEnrollment>({ method: 'GET', path })
    if (response.status === 404) return undefined
    if (response.status !== 200)
      throw new ServiceUnavailableError(`enrollment-service answered ${response.status}`)
    return response.body
  }
  return {
    findEnrollment: (id: number) => fetchOne(`/internal/enrollments/${id}`),
    async getEnrollment(id: number): Promise<InternalEnrollment> {
      const enrollment = await fetchOne(`/internal/enrollments/${id}`)
      if (!enrollment) throw new NotFoundError(`Enrollment ${id} not found`)
      return enrollment
    },
    /** Whether the student may enroll in the course now, with every reason against (404: no course). */
    async eligibility(studentId: number, courseId: number): Promise<Eligibility> {
      const response = await client.request<Eligibility>({
        method: 'GET',
        path: `/internal/enrollments/eligibility?student_id=${studentId}&course_id=${courseId}`,
      })
      if (response.status === 404) throw new NotFoundError(`Course ${courseId} not found`)
      if (response.status !== 200)
        throw new ServiceUnavailableError(`enrollment-service answered ${response.status}`)
      return response.body
    },
    /** The student's enrollment in the course, whatever its status, or undefined. */
    findByStudentAndCourse: (studentId: number, courseId: number) =>
      fetchOne(`/internal/enrollments/lookup?student_id=${studentId}&course_id=${courseId}`),
  }
}
export type EnrollmentsClient = ReturnType<typeof createEnrollmentsClient>

import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { NotFoundError, ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import { type Static, Type } from 'typebox'

export const EnrollmentStatus = Type.Enum(['active', 'completed', 'dropped', 'suspended', 'pending_payment'])

/**
 * GET /internal/enrollments/{id} and
 * GET /internal/enrollments/lookup?student_id=&course_id= on enrollment-service.
 */
export const InternalEnrollment = Type.Object({
  id: Type.Integer(),
  student_id: Type.Integer(),
  course_id: Type.Integer(),
  status: EnrollmentStatus,
  completed_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
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
    /** The student's enrollment in the course, whatever its status, or undefined. */
    findByStudentAndCourse: (studentId: number, courseId: number) =>
      fetchOne(`/internal/enrollments/lookup?student_id=${studentId}&course_id=${courseId}`),
  }
}
export type EnrollmentsClient = ReturnType<typeof createEnrollmentsClient>

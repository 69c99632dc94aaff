import { ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { type Static, Type } from 'typebox'
import type { QuizStats } from './quizzes.js'

/** GET /internal/progress/{enrollment_id} on progress-service (what certificates need for grading). */
export const InternalProgress = Type.Object({
  enrollment_id: Type.Integer(),
  completed_lessons: Type.Array(Type.Integer()),
  quiz_scores: Type.Record(Type.String(), Type.Number(), { description: 'best score per quiz lesson id' }),
  /** Quiz lesson ids whose kept best score was reported by the learner, not graded by the platform. */
  self_reported_quizzes: Type.Optional(Type.Array(Type.Integer())),
})
export type InternalProgress = Static<typeof InternalProgress>

export function createProgressClient(client: ServiceClient) {
  return {
    /** Progress of the enrollment; an enrollment with none yet answers empty progress. */
    async getProgress(enrollmentId: number): Promise<InternalProgress> {
      const response = await client.request<InternalProgress>({
        method: 'GET',
        path: `/internal/progress/${enrollmentId}`,
      })
      if (response.status === 404)
        return {
          enrollment_id: enrollmentId,
          completed_lessons: [],
          quiz_scores: {},
          self_reported_quizzes: [],
        }
      if (response.status !== 200)
        throw new ServiceUnavailableError(`progress-service answered ${response.status}`)
      return response.body
    },
  }
}
export type ProgressClient = ReturnType<typeof createProgressClient>

/** What course-service asks progress-service about quiz attempts (instructor statistics). */
export function createQuizStatsClient(client: ServiceClient) {
  return {
    async getQuizStats(courseId: number, quizId: number): Promise<QuizStats> {
      const response = await client.request<QuizStats>({
        method: 'GET',
        path: `/internal/quizzes/${quizId}/stats?course_id=${courseId}`,
      })
      if (response.status !== 200)
        throw new ServiceUnavailableError(`progress-service answered ${response.status}`)
      return response.body
    },
  }
}
export type QuizStatsClient = ReturnType<typeof createQuizStatsClient>

import { NotFoundError, ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import type { CourseOutline, CoursesClient } from './courses.js'
import type { QuizDefinition } from './quizzes.js'

/** A CoursesClient backed by maps; `down` makes every call fail like an unreachable peer. */
export function createFakeCourses() {
  const outlines = new Map<number, CourseOutline>()
  /** Quizzes with questions, by lesson id. */
  const quizzes = new Map<number, QuizDefinition>()
  const state = { down: false, calls: 0 }
  const client: CoursesClient = {
    async findOutline(courseId) {
      state.calls += 1
      if (state.down) throw new ServiceUnavailableError('course-service is unavailable')
      const outline = outlines.get(courseId)
      return outline && structuredClone(outline)
    },
    async findQuiz(courseId, lessonId) {
      state.calls += 1
      if (state.down) throw new ServiceUnavailableError('course-service is unavailable')
      const quiz = quizzes.get(lessonId)
      return quiz && quiz.course_id === courseId ? structuredClone(quiz) : undefined
    },
    async getOutline(courseId) {
      const outline = await client.findOutline(courseId)
      if (!outline) throw new NotFoundError(`Course ${courseId} not found`)
      return outline
    },
  }
  return { client, outlines, quizzes, state }
}

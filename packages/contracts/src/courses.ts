import { NotFoundError, ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { type Static, Type } from 'typebox'
import { NullableTimestamp } from './values.js'
import type { QuizDefinition } from './quizzes.js'

export const LessonType = Type.Enum(['video', 'text', 'quiz', 'assignment'])
export const CourseStatus = Type.Enum(['draft', 'published', 'archived'])

/** GET /internal/courses/{id}/outline on course-service: what other services need to know of a course. */
export const CourseOutline = Type.Object({
  course_id: Type.Integer(),
  status: CourseStatus,
  instructor_id: Type.Integer(),
  title: Type.String(),
  price: Type.String({ description: 'decimal string, two places' }),
  max_students: Type.Union([Type.Integer(), Type.Null()]),
  // Optional so an outline from a course-service without them still validates (rolling updates);
  // absent means no waitlist, no window, no prerequisites.
  waitlist_enabled: Type.Optional(Type.Boolean()),
  enrollment_start: Type.Optional(NullableTimestamp),
  enrollment_end: Type.Optional(NullableTimestamp),
  prerequisite_course_ids: Type.Optional(Type.Array(Type.Integer())),
  modules: Type.Array(Type.Object({ module_id: Type.Integer(), title: Type.String() })),
  lessons: Type.Array(
    Type.Object({
      lesson_id: Type.Integer(),
      module_id: Type.Integer(),
      type: LessonType,
      is_mandatory: Type.Boolean(),
      /** Quizzes: how many questions it has now (0: graded outside the platform, self-reported). */
      question_count: Type.Optional(Type.Integer()),
    }),
  ),
})
export type CourseOutline = Static<typeof CourseOutline>

export function createCoursesClient(client: ServiceClient) {
  return {
    /** The outline, or undefined when the course does not exist. */
    async findOutline(courseId: number): Promise<CourseOutline | undefined> {
      const response = await client.request<CourseOutline>({
        method: 'GET',
        path: `/internal/courses/${courseId}/outline`,
      })
      if (response.status === 404) return undefined
      if (response.status !== 200)
        throw new ServiceUnavailableError(`course-service answered ${response.status}`)
      return response.body
    },
    /** The quiz lesson with its questions and keys, or undefined when there is no such quiz. */
    async findQuiz(courseId: number, lessonId: number): Promise<QuizDefinition | undefined> {
      const response = await client.request<QuizDefinition>({
        method: 'GET',
        path: `/internal/courses/${courseId}/quizzes/${lessonId}`,
      })
      if (response.status === 404) return undefined
      if (response.status !== 200)
        throw new ServiceUnavailableError(`course-service answered ${response.status}`)
      return response.body
    },
    async getOutline(courseId: number): Promise<CourseOutline> {
      const outline = await this.findOutline(courseId)
      if (!outline) throw new NotFoundError(`Course ${courseId} not found`)
      return outline
    },
  }
}
export type CoursesClient = ReturnType<typeof createCoursesClient>

import { CourseOutline, QuizDefinition } from '@smartcourse/contracts'
import { type AuthGuards, type HttpServer, toMoney } from '@smartcourse/service-kit'
import { findQuizLesson, questionsOf, quizSettingsOf } from '../content/content-document.js'
import type { CourseContentStore } from '../content/content-store.js'
import { QuizLessonParams } from '../content/content.schemas.js'
import { CourseNotFoundError } from '../courses/course.errors.js'
import type { CourseRepository } from '../courses/course.repository.js'
import { CourseIdParams } from '../courses/course.schemas.js'

/**
 * GET /internal/courses/{id}/outline: what enrollment and progress need, any status; and
 * GET /internal/courses/{id}/quizzes/{lesson_id}: a quiz with its keys, for progress to grade.
 */
export function outlineRoutes(deps: {
  courses: CourseRepository
  store: CourseContentStore
  guards: AuthGuards
}) {
  const { courses, store, guards } = deps

  return async (app: HttpServer) => {
    app.get(
      '/internal/courses/:id/outline',
      {
        onRequest: guards.service('enrollment-service', 'progress-service', 'certificate-service'),
        schema: { hide: true, params: CourseIdParams, response: { 200: CourseOutline } },
      },
      async (request): Promise<CourseOutline> => {
        const course = await courses.findById(request.params.id)
        if (!course) throw new CourseNotFoundError(request.params.id)
        const content = await store.find(course.id)
        return {
          course_id: course.id,
          status: course.status,
          instructor_id: course.instructorId,
          title: course.title,
          price: toMoney(course.price),
          max_students: course.maxStudents,
          waitlist_enabled: course.waitlistEnabled,
          enrollment_start: course.enrollmentStart?.toISOString() ?? null,
          enrollment_end: course.enrollmentEnd?.toISOString() ?? null,
          prerequisite_course_ids: course.prerequisiteCourseIds,
          modules: content.modules.map((m) => ({ module_id: m.module_id, title: m.title })),
          lessons: content.modules.flatMap((m) =>
            m.lessons.map((l) => ({
              lesson_id: l.lesson_id,
              module_id: m.module_id,
              type: l.type,
              is_mandatory: l.is_mandatory,
              ...(l.type === 'quiz' ? { question_count: questionsOf(l).length } : {}),
            })),
          ),
        }
      },
    )

    app.get(
      '/internal/courses/:id/quizzes/:lesson_id',
      {
        onRequest: guards.service('progress-service'),
        schema: { hide: true, params: QuizLessonParams, response: { 200: QuizDefinition } },
      },
      async (request): Promise<QuizDefinition> => {
        const { id, lesson_id: lessonId } = request.params
        const course = await courses.findById(id)
        if (!course) throw new CourseNotFoundError(id)
        const lesson = findQuizLesson(await store.find(course.id), lessonId)
        return {
          course_id: course.id,
          lesson_id: lessonId,
          quiz_version: lesson.quiz_version ?? 1,
          settings: quizSettingsOf(lesson),
          questions: questionsOf(lesson),
        }
      },
    )
  }
}

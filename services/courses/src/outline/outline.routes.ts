import { CourseOutline, QuizDefinition } from '@smartcourse/contracts'
import type { HttpServer, RouteDeps } from '@smartcourse/service-kit'
import { QuizLessonParams } from '../content/content.schemas.js'
import { CourseIdParams } from '../courses/course.schemas.js'
import type { OutlineService } from './outline.service.js'

/**
 * GET /internal/courses/{id}/outline: what enrollment and progress need, any status; and
 * GET /internal/courses/{id}/quizzes/{lesson_id}: a quiz with its keys, for progress to grade.
 */
export function outlineRoutes({ service, guards }: RouteDeps<OutlineService>) {
  return async (app: HttpServer) => {
    app.get(
      '/internal/courses/:id/outline',
      {
        onRequest: guards.service('enrollment-service', 'progress-service', 'certificate-service'),
        schema: { hide: true, params: CourseIdParams, response: { 200: CourseOutline } },
      },
      async (request) => service.outline(request.params.id),
    )

    app.get(
      '/internal/courses/:id/quizzes/:lesson_id',
      {
        onRequest: guards.service('progress-service'),
        schema: { hide: true, params: QuizLessonParams, response: { 200: QuizDefinition } },
      },
      async (request) => service.quiz(request.params.id, request.params.lesson_id),
    )
  }
}

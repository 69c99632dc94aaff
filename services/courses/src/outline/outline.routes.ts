import { CourseOutline } from '@smartcourse/contracts'
import { type AuthGuards, type HttpServer, toMoney } from '@smartcourse/service-kit'
import type { CourseContentStore } from '../content/content-store.js'
import { CourseNotFoundError } from '../courses/course.errors.js'
import type { CourseRepository } from '../courses/course.repository.js'
import { CourseIdParams } from '../courses/course.schemas.js'

/** GET /internal/courses/{id}/outline: what enrollment and progress need, any status. */
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
        onRequest: guards.service,
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
          modules: content.modules.map((m) => ({ module_id: m.module_id, title: m.title })),
          lessons: content.modules.flatMap((m) =>
            m.lessons.map((l) => ({
              lesson_id: l.lesson_id,
              module_id: m.module_id,
              type: l.type,
              is_mandatory: l.is_mandatory,
            })),
          ),
        }
      },
    )
  }
}

import { toMoney } from '@smartcourse/contracts'
import type { CourseOutline, QuizDefinition } from '@smartcourse/contracts'
import { findQuizLesson, questionsOf, quizSettingsOf } from '../content/content-document.js'
import type { CourseContentStore } from '../content/content-store.js'
import { CourseNotFoundError } from '../courses/course.errors.js'
import type { CourseRepository } from '../courses/course.repository.js'

/** What other services read of a course: its outline (any status) and a quiz with its keys. */
export function createOutlineService(deps: { courses: CourseRepository; store: CourseContentStore }) {
  const { courses, store } = deps

  async function courseOf(id: number) {
    const course = await courses.findById(id)
    if (!course) throw new CourseNotFoundError(id)
    return course
  }

  return {
    async outline(id: number): Promise<CourseOutline> {
      const course = await courseOf(id)
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

    async quiz(id: number, lessonId: number): Promise<QuizDefinition> {
      const course = await courseOf(id)
      const lesson = findQuizLesson(await store.find(course.id), lessonId)
      return {
        course_id: course.id,
        lesson_id: lessonId,
        quiz_version: lesson.quiz_version ?? 1,
        settings: quizSettingsOf(lesson),
        questions: questionsOf(lesson),
      }
    },
  }
}

export type OutlineService = ReturnType<typeof createOutlineService>

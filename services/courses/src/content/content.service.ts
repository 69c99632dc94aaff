import type { QuizStatsClient } from '@smartcourse/contracts'
import type { Actor } from '@smartcourse/service-kit'
import { CourseNotFoundError } from '../courses/course.errors.js'
import type { CourseRepository, CourseRow } from '../courses/course.repository.js'
import { assertManages, type CourseAccessRules } from '../courses/course-access.js'
import type { ContentChangeAnnouncer } from '../outline/content-changed.js'
import type {
  ContentAudience,
  LessonCreate,
  LessonUpdate,
  ModuleCreate,
  ModuleUpdate,
  PlacedLesson,
  PlacedModule,
  PlacedQuestion,
  QuestionBody,
} from './content.schemas.js'
import {
  type CourseContent,
  contentTotals,
  findLesson,
  findModule,
  findQuizLesson,
} from './content-document.js'
import type { CourseContentStore } from './content-store.js'

const MAX_DURATION_HOURS = 99_999.99

/** Modules and lessons of a course: reading with lesson-body visibility, and owner writes. */
export function createContentService(deps: {
  courses: CourseRepository
  store: CourseContentStore
  access: CourseAccessRules
  quizStats: QuizStatsClient
  /** course.content_changed after every write: the outline others keep copies of may differ. */
  changes: Pick<ContentChangeAnnouncer, 'announce'>
  /** After a committed write to the course row (its duration): the catalog version moves on. */
  onCourseChanged: () => Promise<void>
}) {
  const { courses, store, access, quizStats, changes } = deps

  async function getCourse(id: number): Promise<CourseRow> {
    const course = await courses.findById(id)
    if (!course) throw new CourseNotFoundError(id)
    return course
  }

  async function assertWritable(actor: Actor, courseId: number) {
    assertManages(actor, await getCourse(courseId))
  }

  /** A write by the course's instructor or an admin: checked first, course.content_changed after. */
  async function managedWrite<T>(actor: Actor, courseId: number, write: () => Promise<T>): Promise<T> {
    await assertWritable(actor, courseId)
    return announced(courseId, await write())
  }

  /** The write's result, once course.content_changed is written. */
  async function announced<T>(courseId: number, result: T): Promise<T> {
    await changes.announce(courseId)
    return result
  }

  /** Keeps courses.duration_hours in step with the content (newer versions win). */
  async function recordDuration(content: CourseContent) {
    const hours = Math.min(MAX_DURATION_HOURS, contentTotals(content).total_duration_minutes / 60)
    await courses.updateDuration(content.course_id, hours.toFixed(2), content.version)
    await deps.onCourseChanged()
  }

  return {
    /** Lesson bodies only for previews unless the caller manages the course or is enrolled (active or completed). */
    async getContent(
      actor: Actor | undefined,
      courseId: number,
    ): Promise<{ content: CourseContent; audience: ContentAudience }> {
      const course = await getCourse(courseId)
      const content = await store.find(courseId)
      const hasHiddenBodies = content.modules.some((m) => m.lessons.some((l) => !l.is_preview))
      const { manages, enrolled } = await access.readAccess(actor, course, {
        needEnrollment: hasHiddenBodies,
      })
      return { content, audience: { bodies: manages || enrolled ? 'all' : 'previews', keys: manages } }
    },

    addModule(actor: Actor, courseId: number, input: ModuleCreate): Promise<PlacedModule> {
      return managedWrite(actor, courseId, () => store.addModule(courseId, input))
    },

    updateModule(
      actor: Actor,
      courseId: number,
      moduleId: number,
      patch: ModuleUpdate,
    ): Promise<PlacedModule> {
      return managedWrite(actor, courseId, () => store.updateModule(courseId, moduleId, patch))
    },

    async removeModule(actor: Actor, courseId: number, moduleId: number) {
      await assertWritable(actor, courseId)
      await recordDuration(await store.removeModule(courseId, moduleId))
      await changes.announce(courseId)
    },

    async addLesson(
      actor: Actor,
      courseId: number,
      moduleId: number,
      input: LessonCreate,
    ): Promise<PlacedLesson> {
      await assertWritable(actor, courseId)
      const { content, lesson } = await store.addLesson(courseId, moduleId, input)
      await recordDuration(content)
      return announced(courseId, { content, moduleId, lesson })
    },

    async updateLesson(
      actor: Actor,
      courseId: number,
      moduleId: number,
      lessonId: number,
      patch: LessonUpdate,
    ): Promise<PlacedLesson> {
      await assertWritable(actor, courseId)
      const { content, lesson } = await store.updateLesson(courseId, moduleId, lessonId, patch)
      await recordDuration(content)
      return announced(courseId, { content, moduleId, lesson })
    },

    async removeLesson(actor: Actor, courseId: number, moduleId: number, lessonId: number) {
      await assertWritable(actor, courseId)
      await recordDuration(await store.removeLesson(courseId, moduleId, lessonId))
      await changes.announce(courseId)
    },

    async addQuestion(
      actor: Actor,
      courseId: number,
      moduleId: number,
      lessonId: number,
      input: QuestionBody,
    ): Promise<PlacedQuestion> {
      await assertWritable(actor, courseId)
      const { content, question } = await store.addQuestion(courseId, moduleId, lessonId, input)
      return announced(courseId, { content, moduleId, lessonId, question })
    },

    async replaceQuestion(
      actor: Actor,
      courseId: number,
      moduleId: number,
      lessonId: number,
      questionId: number,
      input: QuestionBody,
    ): Promise<PlacedQuestion> {
      await assertWritable(actor, courseId)
      const { content, question } = await store.replaceQuestion(
        courseId,
        moduleId,
        lessonId,
        questionId,
        input,
      )
      return announced(courseId, { content, moduleId, lessonId, question })
    },

    async removeQuestion(
      actor: Actor,
      courseId: number,
      moduleId: number,
      lessonId: number,
      questionId: number,
    ) {
      await assertWritable(actor, courseId)
      await store.removeQuestion(courseId, moduleId, lessonId, questionId)
      await changes.announce(courseId)
    },

    async reorderQuestions(
      actor: Actor,
      courseId: number,
      moduleId: number,
      lessonId: number,
      ids: number[],
    ): Promise<PlacedLesson> {
      await assertWritable(actor, courseId)
      const content = await store.reorderQuestions(courseId, moduleId, lessonId, ids)
      return announced(courseId, {
        content,
        moduleId,
        lesson: findLesson(findModule(content, moduleId), lessonId),
      })
    },

    /** Attempts, pass rate, scores and per-question results of one quiz: instructor and admins. */
    async quizStats(actor: Actor, courseId: number, lessonId: number) {
      await assertWritable(actor, courseId)
      findQuizLesson(await store.find(courseId), lessonId)
      return quizStats.getQuizStats(courseId, lessonId)
    },

    reorderModules(actor: Actor, courseId: number, ids: number[]): Promise<CourseContent> {
      return managedWrite(actor, courseId, () => store.reorderModules(courseId, ids))
    },

    reorderLessons(actor: Actor, courseId: number, moduleId: number, ids: number[]): Promise<CourseContent> {
      return managedWrite(actor, courseId, () => store.reorderLessons(courseId, moduleId, ids))
    },
  }
}

export type ContentService = ReturnType<typeof createContentService>

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
  type LessonPath,
  type ModulePath,
  type QuestionPath,
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

    updateModule(actor: Actor, { id, mid }: ModulePath, patch: ModuleUpdate): Promise<PlacedModule> {
      return managedWrite(actor, id, () => store.updateModule(id, mid, patch))
    },

    async removeModule(actor: Actor, { id, mid }: ModulePath) {
      await assertWritable(actor, id)
      await recordDuration(await store.removeModule(id, mid))
      await changes.announce(id)
    },

    async addLesson(actor: Actor, { id, mid }: ModulePath, input: LessonCreate): Promise<PlacedLesson> {
      await assertWritable(actor, id)
      const { content, lesson } = await store.addLesson(id, mid, input)
      await recordDuration(content)
      return announced(id, { content, moduleId: mid, lesson })
    },

    async updateLesson(
      actor: Actor,
      { id, mid, lid }: LessonPath,
      patch: LessonUpdate,
    ): Promise<PlacedLesson> {
      await assertWritable(actor, id)
      const { content, lesson } = await store.updateLesson(id, mid, lid, patch)
      await recordDuration(content)
      return announced(id, { content, moduleId: mid, lesson })
    },

    async removeLesson(actor: Actor, { id, mid, lid }: LessonPath) {
      await assertWritable(actor, id)
      await recordDuration(await store.removeLesson(id, mid, lid))
      await changes.announce(id)
    },

    addQuestion(actor: Actor, { id, mid, lid }: LessonPath, input: QuestionBody): Promise<PlacedQuestion> {
      return managedWrite(actor, id, async () => {
        const { content, question } = await store.addQuestion(id, mid, lid, input)
        return { content, moduleId: mid, lessonId: lid, question }
      })
    },

    replaceQuestion(actor: Actor, at: QuestionPath, input: QuestionBody): Promise<PlacedQuestion> {
      return managedWrite(actor, at.id, async () => {
        const { content, question } = await store.replaceQuestion(at.id, at.mid, at.lid, at.qid, input)
        return { content, moduleId: at.mid, lessonId: at.lid, question }
      })
    },

    async removeQuestion(actor: Actor, { id, mid, lid, qid }: QuestionPath) {
      await managedWrite(actor, id, () => store.removeQuestion(id, mid, lid, qid))
    },

    reorderQuestions(actor: Actor, { id, mid, lid }: LessonPath, ids: number[]): Promise<PlacedLesson> {
      return managedWrite(actor, id, async () => {
        const content = await store.reorderQuestions(id, mid, lid, ids)
        return { content, moduleId: mid, lesson: findLesson(findModule(content, mid), lid) }
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

    reorderLessons(actor: Actor, { id, mid }: ModulePath, ids: number[]): Promise<CourseContent> {
      return managedWrite(actor, id, () => store.reorderLessons(id, mid, ids))
    },
  }
}

export type ContentService = ReturnType<typeof createContentService>

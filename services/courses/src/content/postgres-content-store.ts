import type { Clock, Database } from '@smartcourse/service-kit'
import { eq } from 'drizzle-orm'
import { courseContents } from '../db/tables.js'
import { type CourseContent, contentMutations, emptyContent, type Module } from './content-document.js'
import type { CourseContentStore } from './content-store.js'

type Row = typeof courseContents.$inferSelect

function toContent(row: Row): CourseContent {
  return {
    course_id: row.courseId,
    next_id: row.nextId,
    version: row.version,
    modules: row.modules as Module[],
  }
}

/**
 * Content as one jsonb row per course in courses.course_contents. Each write locks the row
 * (SELECT ... FOR UPDATE) in a short transaction, so concurrent edits queue instead of
 * overwriting each other. The course row must exist (foreign key).
 */
export function createPostgresContentStore(db: Database, clock: Clock): CourseContentStore {
  async function write<R>(courseId: number, change: (content: CourseContent) => R) {
    return db.transaction(async (tx) => {
      await tx.insert(courseContents).values({ courseId }).onConflictDoNothing()
      const [row] = await tx
        .select()
        .from(courseContents)
        .where(eq(courseContents.courseId, courseId))
        .for('update')
      const content = toContent(row!)
      const result = change(content)
      content.version += 1
      await tx
        .update(courseContents)
        .set({
          nextId: content.next_id,
          version: content.version,
          modules: content.modules,
          updatedAt: clock.now(),
        })
        .where(eq(courseContents.courseId, courseId))
      return { content, result }
    })
  }

  return {
    kind: 'postgres',
    async find(courseId) {
      const [row] = await db.select().from(courseContents).where(eq(courseContents.courseId, courseId))
      return row ? toContent(row) : emptyContent(courseId)
    },
    async addModule(courseId, input) {
      const { content, result } = await write(courseId, (c) => contentMutations.addModule(c, input))
      return { content, module: result }
    },
    async updateModule(courseId, moduleId, patch) {
      const { content, result } = await write(courseId, (c) =>
        contentMutations.updateModule(c, moduleId, patch),
      )
      return { content, module: result }
    },
    async removeModule(courseId, moduleId) {
      return (await write(courseId, (c) => contentMutations.removeModule(c, moduleId))).content
    },
    async addLesson(courseId, moduleId, input) {
      const { content, result } = await write(courseId, (c) => contentMutations.addLesson(c, moduleId, input))
      return { content, lesson: result }
    },
    async updateLesson(courseId, moduleId, lessonId, patch) {
      const { content, result } = await write(courseId, (c) =>
        contentMutations.updateLesson(c, moduleId, lessonId, patch),
      )
      return { content, lesson: result }
    },
    async removeLesson(courseId, moduleId, lessonId) {
      return (await write(courseId, (c) => contentMutations.removeLesson(c, moduleId, lessonId))).content
    },
    async addQuestion(courseId, moduleId, lessonId, input) {
      const { content, result } = await write(courseId, (c) =>
        contentMutations.addQuestion(c, moduleId, lessonId, input),
      )
      return { content, question: result }
    },
    async replaceQuestion(courseId, moduleId, lessonId, questionId, input) {
      const { content, result } = await write(courseId, (c) =>
        contentMutations.replaceQuestion(c, moduleId, lessonId, questionId, input),
      )
      return { content, question: result }
    },
    async removeQuestion(courseId, moduleId, lessonId, questionId) {
      return (
        await write(courseId, (c) => contentMutations.removeQuestion(c, moduleId, lessonId, questionId))
      ).content
    },
    async reorderQuestions(courseId, moduleId, lessonId, ids) {
      return (await write(courseId, (c) => contentMutations.reorderQuestions(c, moduleId, lessonId, ids)))
        .content
    },
    async reorderModules(courseId, ids) {
      return (await write(courseId, (c) => contentMutations.reorderModules(c, ids))).content
    },
    async reorderLessons(courseId, moduleId, ids) {
      return (await write(courseId, (c) => contentMutations.reorderLessons(c, moduleId, ids))).content
    },
    async init() {},
    async close() {},
  }
}

import { NotFoundError, ValidationError } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CourseContent } from '../../src/content/content-document.js'
import type { CourseContentStore } from '../../src/content/content-store.js'

/** What the contract needs from one implementation. */
export interface ContentStoreHarness {
  store: CourseContentStore
  /** An id of a course this store may hold content for (a real course row for Postgres). */
  newCourseId(): Promise<number>
  close(): Promise<void>
}

const lesson = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  type: 'text' as const,
  ...extra,
})
const moduleIds = (content: CourseContent) => content.modules.map((m) => m.module_id)

/**
 * The behaviour every CourseContentStore must have; content-store.test.ts runs it for each
 * implementation available (Postgres always, MongoDB when MONGODB_URL is set).
 */
export function defineContentStoreContract(name: string, open: () => Promise<ContentStoreHarness>) {
  describe(`CourseContentStore (${name})`, () => {
    let harness: ContentStoreHarness
    let store: CourseContentStore

    beforeAll(async () => {
      harness = await open()
      store = harness.store
      await store.init()
    })
    afterAll(async () => {
      await harness?.close()
    })

    it('finds an empty document for a course without content', async () => {
      const courseId = await harness.newCourseId()
      expect(await store.find(courseId)).toEqual({ course_id: courseId, next_id: 0, version: 0, modules: [] })
    })

    it('adds modules with defaults and returns the document after the write', async () => {
      const courseId = await harness.newCourseId()
      const { content, module } = await store.addModule(courseId, { title: 'Basics' })
      expect(module).toEqual({
        module_id: 1,
        title: 'Basics',
        description: null,
        is_published: false,
        lessons: [],
      })
      expect(content.modules).toEqual([module])
      expect(await store.find(courseId)).toMatchObject({ course_id: courseId, next_id: 1, modules: [module] })
    })

    it('adds lessons with defaults, drawing ids from the same counter as modules', async () => {
      const courseId = await harness.newCourseId()
      const m1 = (await store.addModule(courseId, { title: 'M1' })).module
      const l1 = (await store.addLesson(courseId, m1.module_id, lesson('L1'))).lesson
      const m2 = (await store.addModule(courseId, { title: 'M2', is_published: true })).module
      const { content, lesson: l2 } = await store.addLesson(
        courseId,
        m2.module_id,
        lesson('L2', { type: 'quiz', duration_minutes: 7, is_preview: true, is_mandatory: false }),
      )
      expect([m1.module_id, l1.lesson_id, m2.module_id, l2.lesson_id]).toEqual([1, 2, 3, 4])
      expect(l1).toEqual({
        lesson_id: 2,
        title: 'L1',
        description: null,
        type: 'text',
        content: null,
        video_url: null,
        duration_minutes: null,
        is_preview: false,
        is_mandatory: true,
        quiz_settings: null,
        questions: [],
        quiz_version: 1,
      })
      expect(l2).toMatchObject({ type: 'quiz', duration_minutes: 7, is_preview: true, is_mandatory: false })
      expect(content.modules.map((m) => m.lessons.map((l) => l.lesson_id))).toEqual([[2], [4]])
      expect(await store.find(courseId)).toEqual(content)
    })

    it('refuses a lesson for an unknown module', async () => {
      const courseId = await harness.newCourseId()
      await expect(store.addLesson(courseId, 42, lesson('L'))).rejects.toBeInstanceOf(NotFoundError)
    })

    it('updates only the fields given and can clear a nullable one', async () => {
      const courseId = await harness.newCourseId()
      const m = (await store.addModule(courseId, { title: 'M', description: 'about' })).module
      const l = (
        await store.addLesson(courseId, m.module_id, lesson('L', { content: 'body', video_url: 'v' }))
      ).lesson
      const updatedModule = await store.updateModule(courseId, m.module_id, {
        is_published: true,
        title: undefined,
      })
      expect(updatedModule.module).toMatchObject({ title: 'M', description: 'about', is_published: true })
      const updatedLesson = await store.updateLesson(courseId, m.module_id, l.lesson_id, {
        title: 'L2',
        video_url: null,
      })
      expect(updatedLesson.lesson).toMatchObject({
        title: 'L2',
        content: 'body',
        video_url: null,
        type: 'text',
      })
      const stored = await store.find(courseId)
      expect(stored.modules[0]).toMatchObject({
        is_published: true,
        lessons: [{ title: 'L2', video_url: null }],
      })
    })

    it('answers NotFound for unknown modules and lessons on update and remove', async () => {
      const courseId = await harness.newCourseId()
      const m = (await store.addModule(courseId, { title: 'M' })).module
      await expect(store.updateModule(courseId, 99, { title: 'x' })).rejects.toBeInstanceOf(NotFoundError)
      await expect(store.removeModule(courseId, 99)).rejects.toBeInstanceOf(NotFoundError)
      await expect(store.updateLesson(courseId, m.module_id, 99, { title: 'x' })).rejects.toBeInstanceOf(
        NotFoundError,
      )
      await expect(store.removeLesson(courseId, m.module_id, 99)).rejects.toBeInstanceOf(NotFoundError)
      await expect(store.reorderLessons(courseId, 99, [])).rejects.toBeInstanceOf(NotFoundError)
    })

    it('removes modules with their lessons and lessons alone, never reusing ids', async () => {
      const courseId = await harness.newCourseId()
      const m1 = (await store.addModule(courseId, { title: 'M1' })).module
      await store.addLesson(courseId, m1.module_id, lesson('L1'))
      const m2 = (await store.addModule(courseId, { title: 'M2' })).module
      const l2 = (await store.addLesson(courseId, m2.module_id, lesson('L2'))).lesson
      const l3 = (await store.addLesson(courseId, m2.module_id, lesson('L3'))).lesson

      expect(moduleIds(await store.removeModule(courseId, m1.module_id))).toEqual([m2.module_id])
      const afterLesson = await store.removeLesson(courseId, m2.module_id, l2.lesson_id)
      expect(afterLesson.modules[0]!.lessons.map((l) => l.lesson_id)).toEqual([l3.lesson_id])

      const again = (await store.addModule(courseId, { title: 'M3' })).module
      expect(again.module_id).toBe(l3.lesson_id + 1)
    })

    it('reorders modules and lessons when given a permutation', async () => {
      const courseId = await harness.newCourseId()
      const a = (await store.addModule(courseId, { title: 'A' })).module
      const b = (await store.addModule(courseId, { title: 'B' })).module
      const l1 = (await store.addLesson(courseId, b.module_id, lesson('1'))).lesson
      const l2 = (await store.addLesson(courseId, b.module_id, lesson('2'))).lesson

      expect(moduleIds(await store.reorderModules(courseId, [b.module_id, a.module_id]))).toEqual([
        b.module_id,
        a.module_id,
      ])
      const reordered = await store.reorderLessons(courseId, b.module_id, [l2.lesson_id, l1.lesson_id])
      expect(reordered.modules[0]!.lessons.map((l) => l.lesson_id)).toEqual([l2.lesson_id, l1.lesson_id])
      expect(await store.find(courseId)).toEqual(reordered)
    })

    it('refuses a reorder that is not a permutation and changes nothing', async () => {
      const courseId = await harness.newCourseId()
      const a = (await store.addModule(courseId, { title: 'A' })).module
      const b = (await store.addModule(courseId, { title: 'B' })).module
      const before = await store.find(courseId)
      for (const ids of [
        [a.module_id],
        [a.module_id, a.module_id],
        [a.module_id, b.module_id, 77],
        [b.module_id, 77],
      ]) {
        await expect(store.reorderModules(courseId, ids)).rejects.toBeInstanceOf(ValidationError)
      }
      const l = (await store.addLesson(courseId, a.module_id, lesson('L'))).lesson
      await expect(
        store.reorderLessons(courseId, a.module_id, [l.lesson_id, l.lesson_id]),
      ).rejects.toBeInstanceOf(ValidationError)
      expect(moduleIds(await store.find(courseId))).toEqual(moduleIds(before))
    })

    it('raises the version with every write', async () => {
      const courseId = await harness.newCourseId()
      const versions: number[] = []
      const m = await store.addModule(courseId, { title: 'M' })
      versions.push(m.content.version)
      const l = await store.addLesson(courseId, m.module.module_id, lesson('L'))
      versions.push(l.content.version)
      versions.push(
        (await store.updateLesson(courseId, m.module.module_id, l.lesson.lesson_id, { title: 'x' })).content
          .version,
      )
      versions.push((await store.reorderModules(courseId, [m.module.module_id])).version)
      versions.push((await store.removeModule(courseId, m.module.module_id)).version)
      for (let i = 1; i < versions.length; i += 1) expect(versions[i]).toBeGreaterThan(versions[i - 1]!)
      expect((await store.find(courseId)).version).toBe(versions.at(-1))
    })

    it('keeps every one of 20 concurrent module additions, with distinct ids', async () => {
      const courseId = await harness.newCourseId()
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.addModule(courseId, { title: `M${i}` })),
      )
      const ids = results.map((r) => r.module.module_id)
      expect(new Set(ids).size).toBe(20)
      const stored = await store.find(courseId)
      expect(moduleIds(stored).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y))
      expect(stored.next_id).toBe(20)
    })

    it('loses nothing when additions, updates and lessons race on one course', async () => {
      const courseId = await harness.newCourseId()
      const base = (await store.addModule(courseId, { title: 'base' })).module
      await Promise.all([
        ...Array.from({ length: 5 }, (_, i) => store.addModule(courseId, { title: `M${i}` })),
        ...Array.from({ length: 5 }, (_, i) => store.addLesson(courseId, base.module_id, lesson(`L${i}`))),
        store.updateModule(courseId, base.module_id, { description: 'edited' }),
      ])
      const stored = await store.find(courseId)
      expect(stored.modules).toHaveLength(6)
      expect(stored.modules[0]).toMatchObject({ module_id: base.module_id, description: 'edited' })
      expect(stored.modules[0]!.lessons).toHaveLength(5)
      const allIds = [
        ...moduleIds(stored),
        ...stored.modules.flatMap((m) => m.lessons.map((l) => l.lesson_id)),
      ]
      expect(new Set(allIds).size).toBe(11)
    })

    it('keeps the content of different courses apart', async () => {
      const first = await harness.newCourseId()
      const second = await harness.newCourseId()
      await store.addModule(first, { title: 'only in first' })
      expect((await store.find(second)).modules).toEqual([])
      expect((await store.addModule(second, { title: 'S' })).module.module_id).toBe(1)
    })

    describe('quiz questions', () => {
      const question = (text: string) => ({
        type: 'single_choice' as const,
        text,
        points: 1,
        options: [
          { option_id: 'a', text: 'A', is_correct: true },
          { option_id: 'b', text: 'B', is_correct: false },
        ],
      })
      async function quizLesson() {
        const courseId = await harness.newCourseId()
        const module = (await store.addModule(courseId, { title: 'M' })).module
        const quiz = (await store.addLesson(courseId, module.module_id, lesson('Q', { type: 'quiz' }))).lesson
        return { courseId, moduleId: module.module_id, lessonId: quiz.lesson_id }
      }
      const questionsIn = (content: CourseContent, lessonId: number) =>
        content.modules.flatMap((m) => m.lessons).find((l) => l.lesson_id === lessonId)!

      it('adds questions with ids from the course counter, never reused, and versions the quiz', async () => {
        const { courseId, moduleId, lessonId } = await quizLesson()
        const first = await store.addQuestion(courseId, moduleId, lessonId, question('one'))
        expect(first.question).toMatchObject({
          question_id: 3,
          text: 'one',
          partial_credit: false,
          explanation: null,
        })
        const second = await store.addQuestion(courseId, moduleId, lessonId, question('two'))
        expect(second.question.question_id).toBe(4)
        expect(questionsIn(second.content, lessonId).quiz_version).toBe(3)
        await store.removeQuestion(courseId, moduleId, lessonId, 4)
        const third = await store.addQuestion(courseId, moduleId, lessonId, question('three'))
        expect(third.question.question_id).toBe(5)
        expect((await store.addModule(courseId, { title: 'after' })).module.module_id).toBe(6)
        expect(questionsIn(await store.find(courseId), lessonId).questions!.map((q) => q.text)).toEqual([
          'one',
          'three',
        ])
      })

      it('replaces and reorders questions; unknown ids and non-permutations are refused', async () => {
        const { courseId, moduleId, lessonId } = await quizLesson()
        const a = (await store.addQuestion(courseId, moduleId, lessonId, question('a'))).question
        const b = (await store.addQuestion(courseId, moduleId, lessonId, question('b'))).question
        const replaced = await store.replaceQuestion(
          courseId,
          moduleId,
          lessonId,
          a.question_id,
          question('a2'),
        )
        expect(replaced.question).toMatchObject({ question_id: a.question_id, text: 'a2' })
        const reordered = await store.reorderQuestions(courseId, moduleId, lessonId, [
          b.question_id,
          a.question_id,
        ])
        expect(questionsIn(reordered, lessonId).questions!.map((q) => q.text)).toEqual(['b', 'a2'])
        await expect(
          store.replaceQuestion(courseId, moduleId, lessonId, 999, question('x')),
        ).rejects.toBeInstanceOf(NotFoundError)
        await expect(store.removeQuestion(courseId, moduleId, lessonId, 999)).rejects.toBeInstanceOf(
          NotFoundError,
        )
        await expect(
          store.reorderQuestions(courseId, moduleId, lessonId, [a.question_id]),
        ).rejects.toBeInstanceOf(ValidationError)
      })

      it('keeps every one of 10 concurrent question additions, with distinct ids, beside new modules', async () => {
        const { courseId, moduleId, lessonId } = await quizLesson()
        const results = await Promise.all([
          ...Array.from({ length: 10 }, (_, i) =>
            store.addQuestion(courseId, moduleId, lessonId, question(`q${i}`)),
          ),
          ...Array.from({ length: 3 }, (_, i) => store.addModule(courseId, { title: `M${i}` })),
        ])
        const stored = await store.find(courseId)
        const ids = questionsIn(stored, lessonId).questions!.map((q) => q.question_id)
        expect(ids).toHaveLength(10)
        expect(new Set([...ids, ...moduleIds(stored), lessonId]).size).toBe(15)
        expect(results).toHaveLength(13)
      })
    })
  })
}

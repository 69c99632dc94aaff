import { setTimeout as sleep } from 'node:timers/promises'
import type { Clock } from '@smartcourse/service-kit'
import { type Collection, type Document, MongoClient, MongoServerError } from 'mongodb'
import { ContentBusyError, ModuleNotFoundError } from './content.errors.js'
import {
  type CourseContent,
  contentMutations,
  emptyContent,
  findModule,
  type Module,
  newLesson,
  newModule,
} from './content-document.js'
import type { CourseContentStore } from './content-store.js'

const COLLECTION = 'course_contents'
const MAX_ATTEMPTS = 20
const WITHOUT_ID = { projection: { _id: 0 } } as const

function toContent(courseId: number, doc: Document | null): CourseContent {
  if (!doc) return emptyContent(courseId)
  return {
    course_id: courseId,
    next_id: doc.next_id ?? 0,
    version: doc.version ?? 0,
    modules: (doc.modules ?? []) as Module[],
  }
}

function isDuplicateKey(error: unknown) {
  return error instanceof MongoServerError && error.code === 11000
}

/**
 * Content as one document per course in the `course_contents` collection. Module and lesson
 * additions are single atomic updates (`$inc` of the id counter, then `$push`); every other
 * write (questions included: their id comes from the counter read with the version) reads the
 * document, applies the same change as the Postgres store and writes it back only if the
 * `version` is still the one it read (optimistic concurrency, retried), so no write is lost.
 */
export function createMongoContentStore(options: {
  collection: Collection<Document>
  clock: Clock
  onClose?: () => Promise<void>
}): CourseContentStore {
  const { collection, clock } = options

  /** Hands out the next id of the course's one counter, creating the document on first use. */
  async function reserveId(courseId: number): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const doc = await collection.findOneAndUpdate(
          { course_id: courseId },
          {
            $inc: { next_id: 1, version: 1 },
            $set: { updated_at: clock.now() },
            $setOnInsert: { modules: [], created_at: clock.now() },
          },
          { upsert: true, returnDocument: 'after', projection: { next_id: 1 } },
        )
        return doc!.next_id as number
      } catch (error) {
        // Two first-time upserts of one course: the loser retries and finds the document.
        if (!isDuplicateKey(error) || attempt >= 3) throw error
      }
    }
  }

  async function pushAndRead(filter: Document, push: Document, courseId: number) {
    const doc = await collection.findOneAndUpdate(
      filter,
      { $push: push, $inc: { version: 1 }, $set: { updated_at: clock.now() } },
      { returnDocument: 'after', ...WITHOUT_ID },
    )
    return doc ? toContent(courseId, doc) : undefined
  }

  async function rewrite<R>(courseId: number, change: (content: CourseContent) => R) {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const doc = await collection.findOne({ course_id: courseId }, WITHOUT_ID)
      const content = toContent(courseId, doc)
      const result = change(content)
      if (!doc) return { content, result } // only a no-op (reordering nothing) gets here
      const readVersion = content.version
      content.version += 1
      const written = await collection.updateOne(
        { course_id: courseId, version: readVersion },
        {
          $set: {
            modules: content.modules,
            next_id: content.next_id,
            version: content.version,
            updated_at: clock.now(),
          },
        },
      )
      if (written.matchedCount === 1) return { content, result }
      await sleep(Math.floor(Math.random() * 5 * attempt))
    }
    throw new ContentBusyError()
  }

  async function find(courseId: number) {
    return toContent(courseId, await collection.findOne({ course_id: courseId }, WITHOUT_ID))
  }

  return {
    kind: 'mongodb',
    find,
    async addModule(courseId, input) {
      const moduleId = await reserveId(courseId)
      const content = await pushAndRead(
        { course_id: courseId },
        { modules: newModule(moduleId, input) },
        courseId,
      )
      return { content: content!, module: findModule(content!, moduleId) }
    },
    async updateModule(courseId, moduleId, patch) {
      const { content, result } = await rewrite(courseId, (c) =>
        contentMutations.updateModule(c, moduleId, patch),
      )
      return { content, module: result }
    },
    async removeModule(courseId, moduleId) {
      return (await rewrite(courseId, (c) => contentMutations.removeModule(c, moduleId))).content
    },
    async addLesson(courseId, moduleId, input) {
      findModule(await find(courseId), moduleId)
      const lessonId = await reserveId(courseId)
      const content = await pushAndRead(
        { course_id: courseId, 'modules.module_id': moduleId },
        { 'modules.$.lessons': newLesson(lessonId, input) },
        courseId,
      )
      // The module was removed between the check and the push.
      if (!content) throw new ModuleNotFoundError(moduleId)
      const lesson = findModule(content, moduleId).lessons.find((l) => l.lesson_id === lessonId)!
      return { content, lesson }
    },
    async updateLesson(courseId, moduleId, lessonId, patch) {
      const { content, result } = await rewrite(courseId, (c) =>
        contentMutations.updateLesson(c, moduleId, lessonId, patch),
      )
      return { content, lesson: result }
    },
    async removeLesson(courseId, moduleId, lessonId) {
      return (await rewrite(courseId, (c) => contentMutations.removeLesson(c, moduleId, lessonId))).content
    },
    async addQuestion(courseId, moduleId, lessonId, input) {
      const { content, result } = await rewrite(courseId, (c) =>
        contentMutations.addQuestion(c, moduleId, lessonId, input),
      )
      return { content, question: result }
    },
    async replaceQuestion(courseId, moduleId, lessonId, questionId, input) {
      const { content, result } = await rewrite(courseId, (c) =>
        contentMutations.replaceQuestion(c, moduleId, lessonId, questionId, input),
      )
      return { content, question: result }
    },
    async removeQuestion(courseId, moduleId, lessonId, questionId) {
      return (
        await rewrite(courseId, (c) => contentMutations.removeQuestion(c, moduleId, lessonId, questionId))
      ).content
    },
    async reorderQuestions(courseId, moduleId, lessonId, ids) {
      return (await rewrite(courseId, (c) => contentMutations.reorderQuestions(c, moduleId, lessonId, ids)))
        .content
    },
    async reorderModules(courseId, ids) {
      return (await rewrite(courseId, (c) => contentMutations.reorderModules(c, ids))).content
    },
    async reorderLessons(courseId, moduleId, ids) {
      return (await rewrite(courseId, (c) => contentMutations.reorderLessons(c, moduleId, ids))).content
    },
    async init() {
      await collection.createIndex({ course_id: 1 }, { unique: true })
    },
    async close() {
      await options.onClose?.()
    },
  }
}

/** Connects to MongoDB and returns the store; closing the store closes the connection. */
export async function connectMongoContentStore(options: { url: string; database: string; clock: Clock }) {
  const client = new MongoClient(options.url, { serverSelectionTimeoutMS: 5000 })
  await client.connect()
  const store = createMongoContentStore({
    collection: client.db(options.database).collection(COLLECTION),
    clock: options.clock,
    onClose: () => client.close(),
  })
  await store.init()
  return store
}

import { randomInt } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { systemClock } from '@smartcourse/service-kit'
import { createTestDeps, unique } from '@smartcourse/service-kit/testing'
import { connectMongoContentStore, createMongoContentStore } from '../../src/content/mongo-content-store.js'
import { createPostgresContentStore } from '../../src/content/postgres-content-store.js'
import { createCourseRepository } from '../../src/courses/course.repository.js'
import { type ContentStoreHarness, defineContentStoreContract } from './content-store.contract.js'
import { createFakeMongoCollection } from './mongo-collection.fake.js'

const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url))

async function openPostgres(): Promise<ContentStoreHarness> {
  const deps = await createTestDeps()
  await deps.database.migrate({ schema: 'courses', migrationsFolder })
  const courses = createCourseRepository(deps.database.db)
  return {
    store: createPostgresContentStore(deps.database.db, systemClock),
    async newCourseId() {
      const slug = unique('store-contract-')
      const course = await courses.insertWithUniqueSlug({ title: slug, instructorId: 1 }, slug)
      return course.id
    },
    close: () => deps.close(),
  }
}

/** Needs a reachable MongoDB; uses a database of its own (MONGODB_TEST_DATABASE, default smartcourse_test). */
async function openMongo(): Promise<ContentStoreHarness> {
  const store = await connectMongoContentStore({
    url: process.env.MONGODB_URL!,
    database: process.env.MONGODB_TEST_DATABASE ?? 'smartcourse_test',
    clock: systemClock,
  })
  return {
    store,
    // Random ids: runs against the same database must not meet each other's documents.
    newCourseId: async () => randomInt(1, 2 ** 31 - 1),
    close: () => store.close(),
  }
}

/** The MongoDB store's own logic over an in-memory fake of the collection (no server needed). */
async function openMongoFake(): Promise<ContentStoreHarness> {
  let courseId = 0
  return {
    store: createMongoContentStore({ collection: createFakeMongoCollection(), clock: systemClock }),
    newCourseId: async () => ++courseId,
    close: async () => {},
  }
}

// The list is built here, at module level, so an absent MongoDB adds no (skipped) tests.
const implementations: [string, () => Promise<ContentStoreHarness>][] = [
  ['postgres', openPostgres],
  ['mongodb store logic, fake collection', openMongoFake],
  ...(process.env.MONGODB_URL
    ? [['mongodb', openMongo] as [string, () => Promise<ContentStoreHarness>]]
    : []),
]

for (const [name, open] of implementations) defineContentStoreContract(name, open)

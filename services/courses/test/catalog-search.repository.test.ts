import { fileURLToPath } from 'node:url'
import { createTestDeps, unique } from '@smartcourse/service-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type CatalogFilter,
  type CourseRepository,
  createCourseRepository,
  type PageWindow,
  tierCount,
} from '../src/courses/course.repository.js'

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url))

let close: () => Promise<void>
let repository: CourseRepository
let filter: CatalogFilter
const expected: number[] = []

/** Published `minutesAgo` minutes ago, so the order within a tier is known. */
async function publish(title: string, description: string, minutesAgo: number) {
  const slug = unique('search-')
  const row = await repository.insertWithUniqueSlug({ title, description, instructorId: 1 }, slug)
  await repository.update(row.id, {
    status: 'published',
    publishedAt: new Date(Date.now() - minutesAgo * 60_000),
  })
  return row.id
}

beforeAll(async () => {
  const deps = await createTestDeps()
  close = () => deps.close()
  await deps.database.migrate({ schema: 'courses', migrationsFolder })
  repository = createCourseRepository(deps.database.db)
  const a = unique('kw')
  const b = unique('kw')
  filter = { status: 'published', search: `${a} ${b}` }
  // Best tier first, newest first within a tier (the order every path must give).
  const titleAll = [await publish(`${a} ${b} one`, '', 3), await publish(`${a} ${b} two`, '', 2)]
  titleAll.push(await publish(`${b} ${a} three`, '', 1))
  const anywhereAll = await publish(`About ${a}`, `and ${b}`, 1)
  const someInTitle = [await publish(`Only ${b}`, '', 5), await publish(`Only ${a}`, '', 4)]
  const someInDescription = await publish('Plain', `mentions ${a}`, 1)
  expected.push(...titleAll.reverse(), anywhereAll, ...someInTitle.reverse(), someInDescription)
})
afterAll(async () => {
  await close?.()
})

describe('ranked catalog search, read one way or another', () => {
  // The repository is told how many courses each tier and the whole search match (the service
  // takes them from the count cache); each way of reading a page must give the same page.
  async function pages(window: (page: { limit: number; offset: number }) => PageWindow) {
    const result: number[][] = []
    for (let offset = 0; offset < expected.length; offset += 2) {
      const rows = await repository.listPage(filter, 'relevance', window({ limit: 2, offset }))
      result.push(rows.map((row) => row.id))
    }
    return result
  }
  const inPages = () => Array.from({ length: 4 }, (_, i) => expected.slice(i * 2, i * 2 + 2))

  it('with the real counts (the best tier fills the first page by itself)', async () => {
    const tierMatches = await Promise.all(
      Array.from({ length: tierCount(filter.search!) }, (_, searchTier) =>
        repository.count({ ...filter, searchTier }),
      ),
    )
    expect(tierMatches).toEqual([3, 4, 6, 7])
    const matches = await repository.count(filter)
    expect(await pages((page) => ({ ...page, matches, tierMatches, catalogSize: 1000 }))).toEqual(inPages())
  })

  it('as one sorted read of few matches', async () => {
    expect(
      await pages((page) => ({ ...page, matches: 7, tierMatches: [0, 0, 0, 0], catalogSize: 1000 })),
    ).toEqual(inPages())
  })

  it('as one read per tier of many matches, merged', async () => {
    const many = { matches: 1_000_000, catalogSize: 1, tierMatches: [1, 1, 1, 1] }
    expect(await pages((page) => ({ ...page, ...many }))).toEqual(inPages())
  })
})

import { randomBytes } from 'node:crypto'
import { type Cache, CacheUnavailableError, createCache } from '@smartcourse/service-kit'
import { unique } from '@smartcourse/service-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestUser } from './helpers.js'

const PAGE_KEY = 'courses:catalog:page:'

/**
 * The test's cache (Redis when REDIS_URL is set, else in-process) with a switch that makes it
 * act as an unreachable one, and a count of catalog pages it answered.
 */
function observedCache() {
  const inner = createCache({
    redisUrl: process.env.REDIS_URL,
    keyPrefix: `sc-test-${randomBytes(4).toString('hex')}:`,
  })
  let down = false
  let pageHits = 0
  const cache: Cache = {
    ...inner,
    async get(key) {
      if (down) return null
      const value = await inner.get(key)
      if (value !== null && key.startsWith(PAGE_KEY)) pageHits += 1
      return value
    },
    set: async (key, value, ttl) => (down ? undefined : inner.set(key, value, ttl)),
    mustSet: async (key, value, options) => {
      if (down) throw new CacheUnavailableError()
      return inner.mustSet(key, value, options)
    },
  }
  return {
    cache,
    setDown: (value: boolean) => (down = value),
    get pageHits() {
      return pageHits
    },
    close: () => inner.close(),
  }
}

async function list(t: TestApp, query: Record<string, string | number | boolean>, as?: TestUser) {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
  const response = await t.api.get(`/courses?${search}`, as)
  expect(response.status).toBe(200)
  return response.body as { items: Array<{ id: number; title: string; price: string }>; total: number }
}

const ids = (page: { items: Array<{ id: number }> }) => page.items.map((c) => c.id)

describe('catalog page cache', () => {
  let observed: ReturnType<typeof observedCache>
  let t: TestApp
  let owner: TestUser

  beforeAll(async () => {
    observed = observedCache()
    t = await createTestApp({ cache: observed.cache })
    owner = t.user('instructor')
  })
  afterAll(async () => {
    await t?.close()
    await observed?.close()
  })

  it('answers a repeated read from the cache, the same body as the first', async () => {
    const category = unique('cat')
    await t.createPublishedCourse(owner, { category })
    const first = await t.api.get(`/courses?category=${category}`)
    const hitsBefore = observed.pageHits
    const second = await t.api.get(`/courses?category=${category}`)
    expect(observed.pageHits).toBe(hitsBefore + 1)
    expect(second.body).toEqual(first.body)
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8')
  })

  it('never serves a page from before a create, publish, update or delete', async () => {
    const category = unique('cat')
    const kept = await t.createPublishedCourse(owner, { category, title: 'Kept course' })
    expect(ids(await list(t, { category }))).toEqual([kept.id])
    expect((await list(t, { category, mine: true }, owner)).total).toBe(1)

    const draft = await t.createCourse(owner, { category })
    expect((await list(t, { category, mine: true }, owner)).total).toBe(2)
    expect(ids(await list(t, { category }))).toEqual([kept.id])

    const module = await t.addModule(owner, draft.id)
    await t.addLesson(owner, draft.id, module.module_id)
    await t.api.post(`/courses/${draft.id}/publish`, undefined, owner)
    expect(await list(t, { category })).toMatchObject({ total: 2 })
    expect(ids(await list(t, { category }))).toEqual([draft.id, kept.id])
    expect(ids(await list(t, { category, page: 2, page_size: 1 }))).toEqual([kept.id])

    await t.api.put(`/courses/${kept.id}`, { title: 'Renamed course', price: 5 }, owner)
    const renamed = (await list(t, { category })).items.find((c) => c.id === kept.id)
    expect(renamed).toMatchObject({ title: 'Renamed course', price: '5.00' })
    expect((await list(t, { category, page: 2, page_size: 1 })).items[0]?.title).toBe('Renamed course')

    await t.api.delete(`/courses/${draft.id}`, owner)
    expect(await list(t, { category })).toMatchObject({ total: 1 })
    expect(ids(await list(t, { category }))).toEqual([kept.id])
    expect(ids(await list(t, { category, page: 2, page_size: 1 }))).toEqual([])
  })

  it('serves the catalog from the database while the cache is down, and stays right after', async () => {
    const category = unique('cat')
    const course = await t.createPublishedCourse(owner, { category, title: 'Before the outage' })
    expect(ids(await list(t, { category }))).toEqual([course.id]) // cached

    observed.setDown(true)
    try {
      expect(ids(await list(t, { category }))).toEqual([course.id])
      // The write's version bump is refused by the cache…
      await t.api.put(`/courses/${course.id}`, { title: 'During the outage' }, owner)
      expect((await list(t, { category })).items[0]?.title).toBe('During the outage')
    } finally {
      observed.setDown(false)
    }
    // …and the page cached before the outage is still there: it must not come back.
    expect((await list(t, { category })).items[0]?.title).toBe('During the outage')
  })
})

describe('catalog with Redis unreachable', () => {
  const unreachable = createCache({ redisUrl: 'redis://127.0.0.1:1' })
  let t: TestApp
  let owner: TestUser

  beforeAll(async () => {
    t = await createTestApp({ cache: unreachable })
    owner = t.user('instructor')
  })
  afterAll(async () => {
    await t?.close()
    await unreachable.close()
  })

  it('lists the catalog from the database and reflects every write', async () => {
    const category = unique('cat')
    const course = await t.createPublishedCourse(owner, { category })
    expect(await list(t, { category })).toMatchObject({ total: 1, items: [{ id: course.id }] })
    await t.api.put(`/courses/${course.id}`, { title: 'Renamed without a cache' }, owner)
    expect((await list(t, { category })).items[0]?.title).toBe('Renamed without a cache')
    await t.api.delete(`/courses/${course.id}`, owner)
    expect(await list(t, { category })).toMatchObject({ total: 0, items: [] })
  })
})

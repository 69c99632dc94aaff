import { unique } from '@smartcourse/service-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.js'

// CATALOG_PAGE_CACHE=false (what the search bench compares with): every page is read from the
// database, and the catalog answers the same as with the cache.
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({}, { CATALOG_PAGE_CACHE: false })
})
afterAll(() => t.close())

describe('GET /courses with CATALOG_PAGE_CACHE=false', () => {
  it('lists each newly published course at once, with an exact total', async () => {
    const owner = t.user('instructor')
    const category = unique('cat')
    const first = await t.createPublishedCourse(owner, { category })
    const page = await t.api.get(`/courses?category=${category}`)
    expect(page.status).toBe(200)
    expect(page.body.items.map((c: { id: number }) => c.id)).toEqual([first.id])
    expect(page.body.total).toBe(1)

    const second = await t.createPublishedCourse(owner, { category })
    const after = await t.api.get(`/courses?category=${category}`)
    expect(after.body.items.map((c: { id: number }) => c.id).sort()).toEqual([first.id, second.id].sort())
    expect(after.body.total).toBe(2)

    await t.api.delete(`/courses/${first.id}`, owner)
    const archived = await t.api.get(`/courses?category=${category}`)
    expect(archived.body.items.map((c: { id: number }) => c.id)).toEqual([second.id])
    expect(archived.body.total).toBe(1)
  })
})

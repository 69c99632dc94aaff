import { unique } from '@smartcourse/service-kit/testing'
import { describe, expect, it } from 'vitest'
import { type TestApp, type TestUser, useTestAppWithCast } from './helpers.js'

let t: TestApp, owner: TestUser, admin: TestUser, student: TestUser
useTestAppWithCast((cast) => ({ t, owner, admin, student } = cast))

/** Every test lists within its own category, so other tests' courses never change the counts. */
async function list(query: Record<string, string | number | boolean>, as?: TestUser) {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
  return t.api.get(`/courses?${search}`, as)
}

describe('GET /courses', () => {
  it('lists published courses only, never drafts or archived ones', async () => {
    const category = unique('cat')
    const published = await t.createPublishedCourse(owner, { category })
    const draft = await t.createCourse(owner, { category })
    const archived = await t.createPublishedCourse(owner, { category })
    await t.api.delete(`/courses/${archived.id}`, owner)

    const response = await list({ category })
    expect(response.status).toBe(200)
    expect(response.body.items.map((c: { id: number }) => c.id)).toEqual([published.id])
    expect(response.body.total).toBe(1)
    expect(response.body.items.map((c: { id: number }) => c.id)).not.toContain(draft.id)
  })

  it('answers the paginated shape with catalog items', async () => {
    const category = unique('cat')
    const course = await t.createPublishedCourse(owner, { category, price: 12, level: 'beginner' })
    const response = await list({ category })
    expect(response.body).toEqual({
      items: [
        {
          id: course.id,
          title: course.title,
          slug: course.slug,
          description: null,
          instructor_id: owner.id,
          category,
          level: 'beginner',
          price: '12.00',
          currency: 'USD',
          status: 'published',
          thumbnail_url: null,
          published_at: course.published_at,
          enrollment_start: null,
          enrollment_end: null,
        },
      ],
      total: 1,
      page: 1,
      page_size: 20,
      total_pages: 1,
    })
  })

  it('keeps total correct after publish, archive and a change of category', async () => {
    const category = unique('cat')
    const moved = unique('cat')
    await t.createPublishedCourse(owner, { category })
    expect((await list({ category })).body.total).toBe(1) // now cached

    const second = await t.createPublishedCourse(owner, { category })
    expect((await list({ category })).body.total).toBe(2)

    await t.api.delete(`/courses/${second.id}`, owner)
    expect((await list({ category })).body.total).toBe(1)

    await t.api.post(`/courses/${second.id}/publish`, undefined, owner)
    expect((await list({ category })).body.total).toBe(2)
    expect((await list({ category: moved })).body.total).toBe(0)

    await t.api.put(`/courses/${second.id}`, { category: moved }, owner)
    expect((await list({ category })).body.total).toBe(1)
    expect((await list({ category: moved })).body.total).toBe(1)
  })

  it('paginates with page and page_size', async () => {
    const category = unique('cat')
    const created = []
    for (let i = 0; i < 5; i += 1) created.push(await t.createPublishedCourse(owner, { category }))
    const newestFirst = created.map((c) => c.id).reverse()

    const page2 = await list({ category, page: 2, page_size: 2 })
    expect(page2.body).toMatchObject({ total: 5, page: 2, page_size: 2, total_pages: 3 })
    expect(page2.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(2, 4))

    const last = await list({ category, page: 3, page_size: 2 })
    expect(last.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(4))

    const beyond = await list({ category, page: 9, page_size: 2 })
    expect(beyond.body).toMatchObject({ items: [], total: 5, total_pages: 3 })
  })

  it('filters by level and instructor_id', async () => {
    const category = unique('cat')
    const otherOwner = t.user('instructor')
    const beginner = await t.createPublishedCourse(owner, { category, level: 'beginner' })
    const advanced = await t.createPublishedCourse(owner, { category, level: 'advanced' })
    const others = await t.createPublishedCourse(otherOwner, { category, level: 'advanced' })

    const byLevel = await list({ category, level: 'advanced' })
    expect(byLevel.body.items.map((c: { id: number }) => c.id).sort()).toEqual(
      [advanced.id, others.id].sort(),
    )
    expect(byLevel.body.total).toBe(2)

    const byInstructor = await list({ category, instructor_id: otherOwner.id })
    expect(byInstructor.body.items.map((c: { id: number }) => c.id)).toEqual([others.id])

    const both = await list({ category, level: 'beginner', instructor_id: owner.id })
    expect(both.body.items.map((c: { id: number }) => c.id)).toEqual([beginner.id])
  })

  describe('sort', () => {
    it('orders by latest published_at first by default (newest), not by creation', async () => {
      const category = unique('cat')
      // Created first, published last: the newest in the catalog despite the lowest id.
      const later = await t.createCourse(owner, { category })
      const first = await t.createPublishedCourse(owner, { category })
      const second = await t.createPublishedCourse(owner, { category })
      const draft = await t.createCourse(owner, { category })
      const module = await t.addModule(owner, later.id)
      await t.addLesson(owner, later.id, module.module_id)
      await t.api.post(`/courses/${later.id}/publish`, undefined, owner)

      const ids = (await list({ category })).body.items.map((c: { id: number }) => c.id)
      expect(ids).toEqual([later.id, second.id, first.id])
      expect((await list({ category, sort: 'newest' })).body.items.map((c: { id: number }) => c.id)).toEqual(
        ids,
      )
      expect(ids).not.toContain(draft.id)
    })

    it('orders by title A→Z, ignoring case', async () => {
      const category = unique('cat')
      const b = await t.createPublishedCourse(owner, { category, title: 'banana basics' })
      const c = await t.createPublishedCourse(owner, { category, title: 'Cherry Course' })
      const a = await t.createPublishedCourse(owner, { category, title: 'Apple Advanced' })
      const ids = (await list({ category, sort: 'title' })).body.items.map((x: { id: number }) => x.id)
      expect(ids).toEqual([a.id, b.id, c.id])
    })

    it('orders by price low→high', async () => {
      const category = unique('cat')
      const mid = await t.createPublishedCourse(owner, { category, price: '20.00' })
      const high = await t.createPublishedCourse(owner, { category, price: 100 })
      const free = await t.createPublishedCourse(owner, { category, price: 0 })
      const cheap = await t.createPublishedCourse(owner, { category, price: '9.99' })
      const ids = (await list({ category, sort: 'price' })).body.items.map((x: { id: number }) => x.id)
      expect(ids).toEqual([free.id, cheap.id, mid.id, high.id])
    })
  })

  describe('search', () => {
    it('finds published courses by words of the title and description, with stemming', async () => {
      const word = unique('kw')
      const inTitle = await t.createPublishedCourse(owner, { title: `Relational Database Design ${word}` })
      const inDescription = await t.createPublishedCourse(owner, {
        title: `Something else ${word}`,
        description: 'All about designing databases',
      })
      await t.createCourse(owner, { title: `Draft Database ${word}` })

      // "databases" is not a substring of "Database": only full-text search (stemming) matches it.
      const response = await list({ search: `databases ${word}` })
      expect(response.body.total).toBe(2)
      expect(response.body.items.map((c: { id: number }) => c.id)).toEqual([inTitle.id, inDescription.id])
    })

    it('ranks title matches above description matches, whatever is newer', async () => {
      const word = unique('kw')
      const inTitle = await t.createPublishedCourse(owner, { title: `Kubernetes from scratch ${word}` })
      const inDescription = await t.createPublishedCourse(owner, {
        title: `Published later ${word}`,
        description: 'Learn kubernetes operators',
      })
      const ids = (await list({ search: `kubernetes ${word}` })).body.items.map((c: { id: number }) => c.id)
      expect(ids).toEqual([inTitle.id, inDescription.id])
      const newest = await list({ search: `kubernetes ${word}`, sort: 'newest' })
      expect(newest.body.items.map((c: { id: number }) => c.id)).toEqual([inDescription.id, inTitle.id])
    })

    it('combines search with filters and an explicit sort', async () => {
      const word = unique('kw')
      const category = unique('cat')
      const cheap = await t.createPublishedCourse(owner, { title: `Zebra ${word}`, category, price: 1 })
      const dear = await t.createPublishedCourse(owner, { title: `Aardvark ${word}`, category, price: 50 })
      await t.createPublishedCourse(owner, { title: `Elsewhere ${word}`, price: 5 })
      const byPrice = await list({ search: word, category, sort: 'price' })
      expect(byPrice.body.items.map((c: { id: number }) => c.id)).toEqual([cheap.id, dear.id])
      const byTitle = await list({ search: word, category, sort: 'title' })
      expect(byTitle.body.items.map((c: { id: number }) => c.id)).toEqual([dear.id, cheap.id])
    })

    it('matches the last word as a prefix, so search works as you type', async () => {
      const word = unique('kw')
      const course = await t.createPublishedCourse(owner, { title: `SQL indexes ${word}` })
      for (const typed of [`${word} sql ind`, `${word} sql i`, `${word} sql indexes`]) {
        const ids = (await list({ search: typed })).body.items.map((c: { id: number }) => c.id)
        expect(ids[0]).toBe(course.id)
      }
      // Only the last word is a prefix: a course whose title has a word merely starting with an
      // earlier one matches neither of that query's words.
      const ids = (await list({ search: `ind ${word}x` })).body.items.map((c: { id: number }) => c.id)
      expect(ids).not.toContain(course.id)
    })

    it('puts courses with every word first (title, then anywhere), then those with some, newest first within each', async () => {
      const a = unique('kw')
      const b = unique('kw')
      const someInTitle = await t.createPublishedCourse(owner, { title: `Only ${a} here` })
      const allAnywhere = await t.createPublishedCourse(owner, {
        title: `Title ${a}`,
        description: `about ${b}`,
      })
      const someInDescription = await t.createPublishedCourse(owner, {
        title: 'Unrelated',
        description: `mentions ${b}`,
      })
      const allInTitleOlder = await t.createPublishedCourse(owner, { title: `${a} and ${b} basics` })
      const allInTitleNewer = await t.createPublishedCourse(owner, { title: `${b} with ${a}` })
      const response = await list({ search: `${a} ${b}` })
      expect(response.body.items.map((c: { id: number }) => c.id)).toEqual([
        allInTitleNewer.id,
        allInTitleOlder.id,
        allAnywhere.id,
        someInTitle.id,
        someInDescription.id,
      ])
      expect(response.body.total).toBe(5)
      const second = await list({ search: `${a} ${b}`, page: 2, page_size: 2 })
      expect(second.body.items.map((c: { id: number }) => c.id)).toEqual([allAnywhere.id, someInTitle.id])
    })

    it('pages through the tiers in order when the best tier alone fills the first pages', async () => {
      const a = unique('kw')
      const b = unique('kw')
      const someInDescription = await t.createPublishedCourse(owner, {
        title: 'Plain',
        description: `on ${b}`,
      })
      const allAnywhere = await t.createPublishedCourse(owner, {
        title: `Title ${a}`,
        description: `and ${b}`,
      })
      const inTitle = []
      for (const n of [1, 2, 3])
        inTitle.push(await t.createPublishedCourse(owner, { title: `${a} ${b} part ${n}` }))
      const pages = []
      for (const page of [1, 2, 3]) {
        const response = await list({ search: `${a} ${b}`, page, page_size: 2 })
        expect(response.body.total).toBe(5)
        pages.push(response.body.items.map((c: { id: number }) => c.id))
      }
      expect(pages).toEqual([
        [inTitle[2]!.id, inTitle[1]!.id],
        [inTitle[0]!.id, allAnywhere.id],
        [someInDescription.id],
      ])
    })

    it('treats search syntax characters as text, never as an error', async () => {
      for (const search of ['"unbalanced', 'a & b | !c', "o'reilly", '-', ':*', '\\']) {
        const response = await list({ search })
        expect(response.status).toBe(200)
      }
    })
  })

  describe('mine=true', () => {
    it('lists the caller’s own courses in every status', async () => {
      const me = t.user('instructor')
      const draft = await t.createCourse(me)
      const published = await t.createPublishedCourse(me)
      const archived = await t.createCourse(me)
      await t.api.delete(`/courses/${archived.id}`, me)
      await t.createPublishedCourse(owner)

      const response = await list({ mine: true }, me)
      expect(response.status).toBe(200)
      expect(response.body.total).toBe(3)
      expect(response.body.items.map((c: { id: number }) => c.id).sort()).toEqual(
        [draft.id, published.id, archived.id].sort(),
      )
    })

    it('narrows to one status with status=', async () => {
      const me = t.user('instructor')
      const draft = await t.createCourse(me)
      await t.createPublishedCourse(me)
      const response = await list({ mine: true, status: 'draft' }, me)
      expect(response.body.items.map((c: { id: number }) => c.id)).toEqual([draft.id])
      expect(response.body.total).toBe(1)
    })

    it('answers 401 to anonymous callers', async () => {
      const response = await list({ mine: true })
      expect(response.status).toBe(401)
      expect(response.body.error_code).toBe('UNAUTHORIZED')
    })

    it('finds nothing when instructor_id names someone else', async () => {
      const me = t.user('instructor')
      await t.createCourse(me)
      const response = await list({ mine: true, instructor_id: owner.id }, me)
      expect(response.body).toMatchObject({ items: [], total: 0 })
    })

    it('is an empty list for a student', async () => {
      const response = await list({ mine: true }, student)
      expect(response.body).toMatchObject({ items: [], total: 0 })
    })
  })

  describe('status filter', () => {
    it('lets admins list drafts and archived courses', async () => {
      const me = t.user('instructor')
      const draft = await t.createCourse(me)
      const archived = await t.createCourse(me)
      await t.api.delete(`/courses/${archived.id}`, me)
      await t.createPublishedCourse(me)

      const drafts = await list({ status: 'draft', instructor_id: me.id }, admin)
      expect(drafts.body.items.map((c: { id: number }) => c.id)).toEqual([draft.id])
      const archivedList = await list({ status: 'archived', instructor_id: me.id }, admin)
      expect(archivedList.body.items.map((c: { id: number }) => c.id)).toEqual([archived.id])
    })

    it('answers 403 when anyone else asks for drafts or archived courses', async () => {
      for (const caller of [undefined, student, owner]) {
        const response = await list({ status: 'draft' }, caller)
        expect(response.status).toBe(403)
        expect(response.body.error_code).toBe('FORBIDDEN')
      }
    })

    it('allows status=published for everyone (it is the catalog)', async () => {
      expect((await list({ status: 'published', page_size: 1 })).status).toBe(200)
    })
  })

  it.each([
    ['sort=bogus', { sort: 'bogus' }],
    ['page=0', { page: 0 }],
    ['page=-1', { page: -1 }],
    ['page=abc', { page: 'abc' }],
    ['page_size=0', { page_size: 0 }],
    ['page_size=101', { page_size: 101 }],
    ['level=expert', { level: 'expert' }],
    ['status=deleted', { status: 'deleted' }],
    ['instructor_id=abc', { instructor_id: 'abc' }],
    ['mine=maybe', { mine: 'maybe' }],
    ['an over-long search', { search: 's'.repeat(201) }],
    ['a huge page', { page: '1e30' }],
    ['a NUL character in search', { search: 'a\u0000b' }],
    ['a NUL character in category', { category: '\u0000' }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_, query) => {
    const response = await list(query)
    expect(response.status).toBe(422)
    expect(response.body.error_code).toBe('VALIDATION_ERROR')
  })

  it('lists the allowed levels when the level is unknown', async () => {
    const response = await list({ level: 'expert' })
    expect(response.status).toBe(422)
    expect(response.body.details).toContainEqual({
      field: 'querystring.level',
      message: 'must be one of: beginner, intermediate, advanced',
      allowed: ['beginner', 'intermediate', 'advanced'],
    })
  })
})

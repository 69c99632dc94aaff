import { describe, expect, it } from 'vitest'
import { type TestApp, type TestUser, useTestAppWithCast } from './helpers.js'

// Without REDIS_URL the unit project runs on the in-process cache, where GET /courses/:id of a
// published course is answered from the published-course cache: no write may leave it stale.
let t: TestApp, owner: TestUser, student: TestUser
useTestAppWithCast((cast) => ({ t, owner, student } = cast))

describe('GET /courses/:id after writes', () => {
  it('reflects an update, a content change and an archive at once', async () => {
    const course = await t.createPublishedCourse(owner, { title: 'Cached course' })
    expect((await t.api.get(`/courses/${course.id}`)).body.title).toBe('Cached course')
    expect((await t.api.get(`/courses/${course.id}`, student)).body.title).toBe('Cached course')

    await t.api.put(`/courses/${course.id}`, { title: 'Renamed course', price: 7 }, owner)
    expect((await t.api.get(`/courses/${course.id}`)).body).toMatchObject({
      title: 'Renamed course',
      price: '7.00',
    })

    const before = (await t.api.get(`/courses/${course.id}`)).body.duration_hours
    const module = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, module.module_id, { duration_minutes: 120 })
    expect((await t.api.get(`/courses/${course.id}`)).body.duration_hours).toBe(before + 2)

    await t.api.delete(`/courses/${course.id}`, owner)
    expect((await t.api.get(`/courses/${course.id}`)).status).toBe(404)
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.status).toBe('archived')
  })

  it('shows a prerequisite as it is now, not as it was when the course was first read', async () => {
    const prerequisite = await t.createPublishedCourse(owner, { title: 'First steps' })
    const course = await t.createPublishedCourse(owner, { prerequisite_course_ids: [prerequisite.id] })
    const titles = async () =>
      (await t.api.get(`/courses/${course.id}`)).body.prerequisite_courses.map(
        (c: { title: string }) => c.title,
      )
    expect(await titles()).toEqual(['First steps'])
    await t.api.put(`/courses/${prerequisite.id}`, { title: 'Very first steps' }, owner)
    expect(await titles()).toEqual(['Very first steps'])
  })

  it('never answers a draft from the cache to someone who may not see it', async () => {
    const draft = await t.createCourse(owner)
    expect((await t.api.get(`/courses/${draft.id}`, owner)).status).toBe(200)
    expect((await t.api.get(`/courses/${draft.id}`)).status).toBe(404)
    const module = await t.addModule(owner, draft.id)
    await t.addLesson(owner, draft.id, module.module_id)
    await t.api.post(`/courses/${draft.id}/publish`, undefined, owner)
    expect((await t.api.get(`/courses/${draft.id}`)).body.status).toBe('published')
  })
})

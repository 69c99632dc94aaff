import { unique } from '@smartcourse/service-kit/testing'
import { describe, expect, it } from 'vitest'
import { expectError, type TestApp, type TestUser, useTestAppWithCast } from './helpers.js'

let t: TestApp, owner: TestUser, otherInstructor: TestUser, student: TestUser, admin: TestUser
useTestAppWithCast((cast) => ({ t, owner, otherInstructor, student, admin } = cast))

describe('POST /courses', () => {
  it('creates a draft owned by the caller with the guide defaults', async () => {
    const title = `Intro to SQL ${unique()}`
    const response = await t.api.post('/courses', { title }, owner)
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({
      title,
      status: 'draft',
      instructor_id: owner.id,
      price: '0.00',
      currency: 'USD',
      language: 'en',
      published_at: null,
      max_students: null,
      duration_hours: null,
      updated_at: null,
    })
    expect(response.body.slug).toBe(title.toLowerCase().replace(/ /g, '-'))
    expect(typeof response.body.id).toBe('number')
    expect(new Date(response.body.created_at).toISOString()).toBe(response.body.created_at)
  })

  it('stores every CourseCreate field and returns money as a two-decimal string', async () => {
    // Stored as sent, but for the price.
    const asSent = {
      description: 'Short',
      long_description: 'Long',
      category: 'data',
      level: 'intermediate',
      language: 'de',
      currency: 'EUR',
      max_students: 30,
      prerequisites: 'None',
      learning_objectives: 'Everything',
      thumbnail_url: 'https://cdn.example/t.png',
      video_preview_url: 'https://cdn.example/v.mp4',
    }
    const response = await t.api.post('/courses', { title: 'Full course', ...asSent, price: 49.9 }, owner)
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ ...asSent, price: '49.90' })
  })

  it('accepts the price as a decimal string', async () => {
    const course = await t.createCourse(owner, { price: '19.5' })
    expect(course.price).toBe('19.50')
  })

  it('lets an admin create a course of their own', async () => {
    const course = await t.createCourse(admin)
    expect(course.instructor_id).toBe(admin.id)
  })

  it('answers 401 to anonymous callers and 403 to students', async () => {
    expect((await t.api.post('/courses', { title: 'Nope' })).status).toBe(401)
    const asStudent = await t.api.post('/courses', { title: 'Nope' }, student)
    expectError(asStudent, 403, 'FORBIDDEN')
  })

  it.each([
    ['a title shorter than 3 characters', { title: 'ab' }],
    ['a title longer than 255 characters', { title: 'x'.repeat(256) }],
    ['a blank title', { title: '     ' }],
    ['no title', { description: 'x' }],
    ['an unknown field', { title: 'Valid title', colour: 'red' }],
    ['a non-writable field (status)', { title: 'Valid title', status: 'published' }],
    ['a non-writable field (instructor_id)', { title: 'Valid title', instructor_id: 1 }],
    ['a price with three decimals (string)', { title: 'Valid title', price: '1.234' }],
    ['a price with three decimals (number)', { title: 'Valid title', price: 1.234 }],
    ['a negative price', { title: 'Valid title', price: -1 }],
    ['a price that is not a number', { title: 'Valid title', price: 'free' }],
    ['max_students 0', { title: 'Valid title', max_students: 0 }],
    ['fractional max_students', { title: 'Valid title', max_students: 1.5 }],
    ['an unknown level', { title: 'Valid title', level: 'expert' }],
    ['a lowercase currency', { title: 'Valid title', currency: 'usd' }],
    ['a category longer than 100 characters', { title: 'Valid title', category: 'c'.repeat(101) }],
    ['a title of the wrong type', { title: 12345 }],
    ['a NUL character, which Postgres cannot store', { title: 'Valid\u0000title' }],
    ['a NUL character in the description', { title: 'Valid title', description: 'x\u0000' }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_, body) => {
    const response = await t.api.post('/courses', body, owner)
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
  })

  it('answers 422 for malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/courses',
      headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' },
      payload: '{"title": ',
    })
    expect(response.statusCode).toBe(422)
  })

  it('numbers the slugs of equal titles: base, base-2, base-3', async () => {
    const title = `Same Title ${unique()}`
    const base = title.toLowerCase().replace(/ /g, '-')
    const slugs = []
    for (let i = 0; i < 3; i += 1) slugs.push((await t.createCourse(owner, { title })).slug)
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`])
  })

  it('gives every concurrent creation of one title its own slug', async () => {
    const title = `Race Title ${unique()}`
    const base = title.toLowerCase().replace(/ /g, '-')
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.api.post('/courses', { title }, owner)),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    const slugs = responses.map((r) => r.body.slug).sort()
    expect(new Set(slugs).size).toBe(10)
    expect(slugs).toEqual([base, ...Array.from({ length: 9 }, (_, i) => `${base}-${i + 2}`)].sort())
  })

  it('avoids a slug that is another title’s base, e.g. "x-2" from the title "X 2"', async () => {
    const word = unique('w')
    const first = await t.createCourse(owner, { title: `${word} 2` })
    await t.createCourse(owner, { title: word })
    const third = await t.createCourse(owner, { title: word })
    expect(first.slug).toBe(`${word}-2`)
    expect(third.slug).toBe(`${word}-3`)
  })
})

describe('GET /courses/{id}', () => {
  it('shows a draft to its owner and to admins only (404 for everyone else)', async () => {
    const course = await t.createCourse(owner)
    expect((await t.api.get(`/courses/${course.id}`, owner)).status).toBe(200)
    expect((await t.api.get(`/courses/${course.id}`, admin)).status).toBe(200)
    for (const caller of [undefined, student, otherInstructor]) {
      const response = await t.api.get(`/courses/${course.id}`, caller)
      expectError(response, 404, 'NOT_FOUND')
    }
  })

  it('shows a published course to anyone', async () => {
    const course = await t.createPublishedCourse(owner)
    const response = await t.api.get(`/courses/${course.id}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: course.id, status: 'published' })
  })

  it('shows an archived course to owner, admin and students enrolled in it (active or completed) only', async () => {
    const course = await t.createPublishedCourse(owner)
    const enrolled = t.enrolledStudent(course.id, 'active')
    const graduate = t.enrolledStudent(course.id, 'completed')
    const dropped = t.enrolledStudent(course.id, 'dropped')
    const suspended = t.enrolledStudent(course.id, 'suspended')
    expect((await t.api.delete(`/courses/${course.id}`, owner)).status).toBe(200)

    for (const caller of [owner, admin, enrolled, graduate]) {
      const response = await t.api.get(`/courses/${course.id}`, caller)
      expect(response.status).toBe(200)
      expect(response.body.status).toBe('archived')
    }
    for (const caller of [undefined, student, dropped, suspended, otherInstructor]) {
      expect((await t.api.get(`/courses/${course.id}`, caller)).status).toBe(404)
    }
  })

  it('answers 404 for an unknown id and 422 for an id that is not a positive integer', async () => {
    expect((await t.api.get('/courses/2147483647')).status).toBe(404)
    expect((await t.api.get('/courses/abc')).status).toBe(422)
    expect((await t.api.get('/courses/0')).status).toBe(422)
    expect((await t.api.get('/courses/99999999999999999999')).status).toBe(422)
  })

  it('answers 401 for an invalid token instead of treating the caller as anonymous', async () => {
    const course = await t.createPublishedCourse(owner)
    const response = await t.app.inject({
      method: 'GET',
      url: `/courses/${course.id}`,
      headers: { authorization: 'Bearer not-a-token' },
    })
    expect(response.statusCode).toBe(401)
  })
})

describe('GET /courses/slug/{slug}', () => {
  it('finds a published course by slug', async () => {
    const course = await t.createPublishedCourse(owner, { title: `Slug Lookup ${unique()}` })
    const response = await t.api.get(`/courses/slug/${course.slug}`)
    expect(response.status).toBe(200)
    expect(response.body.id).toBe(course.id)
  })

  it('applies the same visibility as by id', async () => {
    const course = await t.createCourse(owner, { title: `Hidden Slug ${unique()}` })
    expect((await t.api.get(`/courses/slug/${course.slug}`)).status).toBe(404)
    expect((await t.api.get(`/courses/slug/${course.slug}`, otherInstructor)).status).toBe(404)
    expect((await t.api.get(`/courses/slug/${course.slug}`, owner)).status).toBe(200)
  })

  it('answers 404 for an unknown slug and 422 for one Postgres could not compare', async () => {
    expect((await t.api.get(`/courses/slug/${unique('nothing-')}`)).status).toBe(404)
    expect((await t.api.get('/courses/slug/a%00b')).status).toBe(422)
  })
})

describe('PUT /courses/{id}', () => {
  it('updates the given fields, keeps the others and the slug, and returns the course', async () => {
    const course = await t.createCourse(owner, { description: 'old', category: 'keep' })
    const response = await t.api.put(
      `/courses/${course.id}`,
      { title: 'A brand new title', description: null, price: '10', max_students: null, level: 'advanced' },
      owner,
    )
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      id: course.id,
      title: 'A brand new title',
      slug: course.slug,
      description: null,
      category: 'keep',
      price: '10.00',
      level: 'advanced',
      status: 'draft',
    })
    expect(response.body.updated_at).not.toBeNull()
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.title).toBe('A brand new title')
  })

  it('accepts the guide’s CourseUpdate fields thumbnail_url and video_preview_url', async () => {
    const course = await t.createCourse(owner)
    const response = await t.api.put(
      `/courses/${course.id}`,
      { thumbnail_url: 'https://cdn.example/a.png', video_preview_url: 'https://cdn.example/a.mp4' },
      owner,
    )
    expect(response.body).toMatchObject({
      thumbnail_url: 'https://cdn.example/a.png',
      video_preview_url: 'https://cdn.example/a.mp4',
    })
  })

  it('lets an admin update any course', async () => {
    const course = await t.createCourse(owner)
    const response = await t.api.put(`/courses/${course.id}`, { category: 'by-admin' }, admin)
    expect(response.status).toBe(200)
    expect(response.body.category).toBe('by-admin')
  })

  it('answers 403 to other instructors, 403 to students and 401 to anonymous callers', async () => {
    const course = await t.createCourse(owner)
    const other = await t.api.put(`/courses/${course.id}`, { title: 'Taken over' }, otherInstructor)
    expectError(other, 403, 'FORBIDDEN')
    expect((await t.api.put(`/courses/${course.id}`, { title: 'Taken over' }, student)).status).toBe(403)
    expect((await t.api.put(`/courses/${course.id}`, { title: 'Taken over' })).status).toBe(401)
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.title).toBe(course.title)
  })

  it.each([
    ['an unknown field', { nickname: 'x' }],
    ['the slug', { slug: 'my-own-slug' }],
    ['the status', { status: 'published' }],
    ['a null title', { title: null }],
    ['a bad price', { price: '1.234' }],
    ['a negative price', { price: -1 }],
    ['max_students 0', { max_students: 0 }],
    ['an unknown level', { level: 'guru' }],
    ['an over-long title', { title: 't'.repeat(256) }],
  ])('answers 422 for %s', async (_, body) => {
    const course = await t.createCourse(owner)
    const response = await t.api.put(`/courses/${course.id}`, body, owner)
    expectError(response, 422, 'VALIDATION_ERROR')
  })

  it('answers 404 for an unknown course', async () => {
    expect((await t.api.put('/courses/2147483646', { title: 'Whatever' }, owner)).status).toBe(404)
  })
})

describe('DELETE /courses/{id}', () => {
  it('archives a published course and answers with a message', async () => {
    const course = await t.createPublishedCourse(owner)
    const response = await t.api.delete(`/courses/${course.id}`, owner)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ message: expect.any(String) })
    const after = await t.api.get(`/courses/${course.id}`, owner)
    expect(after.body.status).toBe('archived')
  })

  it('archives a draft too', async () => {
    const course = await t.createCourse(owner)
    expect((await t.api.delete(`/courses/${course.id}`, owner)).status).toBe(200)
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.status).toBe('archived')
  })

  it('lets an admin archive and refuses other instructors and students', async () => {
    const course = await t.createCourse(owner)
    expect((await t.api.delete(`/courses/${course.id}`, otherInstructor)).status).toBe(403)
    expect((await t.api.delete(`/courses/${course.id}`, student)).status).toBe(403)
    expect((await t.api.delete(`/courses/${course.id}`)).status).toBe(401)
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.status).toBe('draft')
    expect((await t.api.delete(`/courses/${course.id}`, admin)).status).toBe(200)
  })

  it('answers 404 for an unknown course', async () => {
    expect((await t.api.delete('/courses/2147483645', owner)).status).toBe(404)
  })
})

describe('POST /courses/{id}/publish', () => {
  it('answers 422 COURSE_EMPTY for a course without modules', async () => {
    const course = await t.createCourse(owner)
    const response = await t.api.post(`/courses/${course.id}/publish`, undefined, owner)
    expectError(response, 422, 'COURSE_EMPTY')
  })

  it('answers 422 COURSE_EMPTY when no module holds a lesson', async () => {
    const course = await t.createCourse(owner)
    await t.addModule(owner, course.id)
    await t.addModule(owner, course.id)
    const response = await t.api.post(`/courses/${course.id}/publish`, undefined, owner)
    expectError(response, 422, 'COURSE_EMPTY')
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.status).toBe('draft')
  })

  it('publishes a course with a lesson, sets published_at and returns the course', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, module.module_id)
    const response = await t.api.post(`/courses/${course.id}/publish`, undefined, owner)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: course.id, status: 'published' })
    expect(Date.parse(response.body.published_at)).not.toBeNaN()
  })

  it('leaves an already published course as it is', async () => {
    const course = await t.createPublishedCourse(owner)
    const again = await t.api.post(`/courses/${course.id}/publish`, undefined, owner)
    expect(again.status).toBe(200)
    expect(again.body.published_at).toBe(course.published_at)
  })

  it('brings an archived course back into the catalog', async () => {
    const course = await t.createPublishedCourse(owner)
    await t.api.delete(`/courses/${course.id}`, owner)
    const response = await t.api.post(`/courses/${course.id}/publish`, undefined, owner)
    expect(response.status).toBe(200)
    expect(response.body.status).toBe('published')
    expect((await t.api.get(`/courses/${course.id}`)).status).toBe(200)
  })

  it('lets admins publish and refuses other instructors and students', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, module.module_id)
    expect((await t.api.post(`/courses/${course.id}/publish`, undefined, otherInstructor)).status).toBe(403)
    expect((await t.api.post(`/courses/${course.id}/publish`, undefined, student)).status).toBe(403)
    expect((await t.api.post(`/courses/${course.id}/publish`, undefined)).status).toBe(401)
    expect((await t.api.post(`/courses/${course.id}/publish`, undefined, admin)).status).toBe(200)
  })
})

describe('service endpoints', () => {
  it('serves /health with the database up', async () => {
    const response = await t.api.get('/health')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'healthy', service: 'course-service' })
  })

  it('documents the public routes in /openapi.json, without the internal outline', async () => {
    const response = await t.api.get('/openapi.json')
    expect(response.status).toBe(200)
    const paths = Object.keys(response.body.paths)
    for (const path of [
      '/courses',
      '/courses/{id}',
      '/courses/slug/{slug}',
      '/courses/{id}/publish',
      '/courses/{id}/content',
      '/courses/{id}/modules/order',
      '/courses/{id}/modules/{mid}/lessons/{lid}',
    ]) {
      expect(paths).toContain(path)
    }
    expect(paths.some((path) => path.startsWith('/internal'))).toBe(false)
  })
})

import { expectExactResponse, expectResponse } from '@smartcourse/service-kit/testing'
import { describe, expect, it } from 'vitest'
import { expectError, type TestApp, type TestUser, useTestAppWithCast } from './helpers.js'

let t: TestApp, owner: TestUser, otherInstructor: TestUser, student: TestUser, admin: TestUser
useTestAppWithCast((cast) => ({ t, owner, otherInstructor, student, admin } = cast))

const ids = (items: { module_id?: number; lesson_id?: number }[]) =>
  items.map((item) => item.module_id ?? item.lesson_id)

describe('POST /courses/{id}/modules', () => {
  it('answers 201 with the ModuleResponse', async () => {
    const course = await t.createCourse(owner)
    const response = await t.api.post(
      `/courses/${course.id}/modules`,
      { title: 'Getting started', description: 'The basics' },
      owner,
    )
    expectExactResponse(response, 201, {
      module_id: 1,
      title: 'Getting started',
      description: 'The basics',
      order: 1,
      is_published: false,
      lessons: [],
    })
  })

  it('appends modules in order', async () => {
    const course = await t.createCourse(owner)
    await t.addModule(owner, course.id)
    const second = await t.addModule(owner, course.id)
    expect(second.order).toBe(2)
  })

  it('lets an admin add modules and refuses other instructors, students and anonymous callers', async () => {
    const course = await t.createCourse(owner)
    expect((await t.api.post(`/courses/${course.id}/modules`, { title: 'M' }, admin)).status).toBe(201)
    expect((await t.api.post(`/courses/${course.id}/modules`, { title: 'M' }, otherInstructor)).status).toBe(
      403,
    )
    expect((await t.api.post(`/courses/${course.id}/modules`, { title: 'M' }, student)).status).toBe(403)
    expect((await t.api.post(`/courses/${course.id}/modules`, { title: 'M' })).status).toBe(401)
    expect((await t.api.get(`/courses/${course.id}/content`, owner)).body.total_modules).toBe(1)
  })

  it('answers 404 for an unknown course', async () => {
    expect((await t.api.post('/courses/2147483640/modules', { title: 'M' }, owner)).status).toBe(404)
  })

  it.each([
    ['no title', {}],
    ['an empty title', { title: '' }],
    ['an over-long title', { title: 'm'.repeat(256) }],
    ['an unknown field', { title: 'M', lessons: [] }],
    ['a non-boolean is_published', { title: 'M', is_published: 'yes' }],
    ['a NUL character in the title', { title: 'M\u0000' }],
  ])('answers 422 for %s', async (_, body) => {
    const course = await t.createCourse(owner)
    const response = await t.api.post(`/courses/${course.id}/modules`, body, owner)
    expectError(response, 422, 'VALIDATION_ERROR')
  })

  it('keeps all of 20 concurrent additions, each with a distinct id', async () => {
    const course = await t.createCourse(owner)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api.post(`/courses/${course.id}/modules`, { title: `Module ${i}` }, owner),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201))
    expect(new Set(responses.map((r) => r.body.module_id)).size).toBe(20)
    const content = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(content.body.total_modules).toBe(20)
    expect(new Set(ids(content.body.modules)).size).toBe(20)
    expect(content.body.modules.map((m: { order: number }) => m.order)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
  })
})

describe('POST /courses/{id}/modules/{mid}/lessons', () => {
  /** Where lessons are posted for a new module of a new course of `owner`. */
  async function newModuleLessonsUrl() {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    return `/courses/${course.id}/modules/${module.module_id}/lessons`
  }

  it('answers 201 with the LessonResponse, content included for the owner', async () => {
    const written = {
      type: 'video',
      video_url: 'https://videos.example/1.mp4',
      duration_minutes: 12,
      is_preview: true,
      is_mandatory: false,
      title: 'Hello',
      description: 'First steps',
      content: 'notes',
    }
    const response = await t.api.post(await newModuleLessonsUrl(), written, owner)
    // Every field as written, and the lesson's own.
    expectExactResponse(response, 201, {
      ...written,
      lesson_id: 2,
      order: 1,
      quiz_settings: null,
      question_count: 0,
      questions: [],
    })
  })

  it('defaults is_preview to false, is_mandatory to true and optional fields to null', async () => {
    const response = await t.api.post(await newModuleLessonsUrl(), { title: 'Quiz 1', type: 'quiz' }, owner)
    expect(response.body).toMatchObject({
      is_preview: false,
      is_mandatory: true,
      description: null,
      content: null,
      video_url: null,
      duration_minutes: null,
    })
  })

  it('draws module and lesson ids from one counter per course', async () => {
    const course = await t.createCourse(owner)
    const m1 = await t.addModule(owner, course.id)
    const l1 = await t.addLesson(owner, course.id, m1.module_id)
    const m2 = await t.addModule(owner, course.id)
    const l2 = await t.addLesson(owner, course.id, m2.module_id)
    expect([m1.module_id, l1.lesson_id, m2.module_id, l2.lesson_id]).toEqual([1, 2, 3, 4])
    // Another course starts its own counter.
    const other = await t.createCourse(owner)
    expect((await t.addModule(owner, other.id)).module_id).toBe(1)
  })

  it('never reuses the id of a deleted module or lesson', async () => {
    const course = await t.createCourse(owner)
    const m1 = await t.addModule(owner, course.id)
    const l1 = await t.addLesson(owner, course.id, m1.module_id)
    await t.api.delete(`/courses/${course.id}/modules/${m1.module_id}/lessons/${l1.lesson_id}`, owner)
    await t.api.delete(`/courses/${course.id}/modules/${m1.module_id}`, owner)
    const m2 = await t.addModule(owner, course.id)
    const l2 = await t.addLesson(owner, course.id, m2.module_id)
    expect(m2.module_id).toBeGreaterThan(l1.lesson_id)
    expect(l2.lesson_id).toBeGreaterThan(m2.module_id)
  })

  it('keeps all of 10 concurrent lesson additions to one module', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.api.post(
          `/courses/${course.id}/modules/${module.module_id}/lessons`,
          { title: `L${i}`, type: 'text' },
          owner,
        ),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    const content = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(new Set(ids(content.body.modules[0].lessons)).size).toBe(10)
  })

  it('answers 404 for an unknown module', async () => {
    const course = await t.createCourse(owner)
    const response = await t.api.post(
      `/courses/${course.id}/modules/999/lessons`,
      { title: 'L', type: 'text' },
      owner,
    )
    expectError(response, 404, 'NOT_FOUND')
  })

  it('refuses other instructors and students', async () => {
    const url = await newModuleLessonsUrl()
    expect((await t.api.post(url, { title: 'L', type: 'text' }, otherInstructor)).status).toBe(403)
    expect((await t.api.post(url, { title: 'L', type: 'text' }, student)).status).toBe(403)
    expect((await t.api.post(url, { title: 'L', type: 'text' })).status).toBe(401)
    expect((await t.api.post(url, { title: 'L', type: 'text' }, admin)).status).toBe(201)
  })

  it.each([
    ['an unknown lesson type', { title: 'L', type: 'podcast' }],
    ['no type', { title: 'L' }],
    ['a negative duration', { title: 'L', type: 'text', duration_minutes: -1 }],
    ['a fractional duration', { title: 'L', type: 'text', duration_minutes: 1.5 }],
    ['a huge duration', { title: 'L', type: 'text', duration_minutes: 1e12 }],
    ['an over-long title', { title: 'l'.repeat(256), type: 'text' }],
    ['an unknown field', { title: 'L', type: 'text', order: 3 }],
    ['a string for is_preview', { title: 'L', type: 'text', is_preview: 'true' }],
    ['a NUL character in the content', { title: 'L', type: 'text', content: 'a\u0000b' }],
  ])('answers 422 for %s', async (_, body) => {
    const response = await t.api.post(await newModuleLessonsUrl(), body, owner)
    expectError(response, 422, 'VALIDATION_ERROR')
  })

  it('keeps the course’s duration_hours in step with the lessons', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, module.module_id, { duration_minutes: 60 })
    const lesson = await t.addLesson(owner, course.id, module.module_id, { duration_minutes: 30 })
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.duration_hours).toBe(1.5)
    await t.api.delete(`/courses/${course.id}/modules/${module.module_id}/lessons/${lesson.lesson_id}`, owner)
    expect((await t.api.get(`/courses/${course.id}`, owner)).body.duration_hours).toBe(1)
  })
})

describe('PUT /courses/{id}/modules/{mid}', () => {
  it('changes the given fields and returns the module with its lessons', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id, { description: 'keep me' })
    const lesson = await t.addLesson(owner, course.id, module.module_id)
    const response = await t.api.put(
      `/courses/${course.id}/modules/${module.module_id}`,
      { title: 'Renamed', is_published: true },
      owner,
    )
    expectResponse(response, 200, {
      module_id: module.module_id,
      title: 'Renamed',
      description: 'keep me',
      is_published: true,
      order: 1,
    })
    expect(ids(response.body.lessons)).toEqual([lesson.lesson_id])
  })

  it('answers 404 for an unknown module, 403 for another instructor, 422 for unknown fields', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    expect((await t.api.put(`/courses/${course.id}/modules/77`, { title: 'X' }, owner)).status).toBe(404)
    const url = `/courses/${course.id}/modules/${module.module_id}`
    expect((await t.api.put(url, { title: 'X' }, otherInstructor)).status).toBe(403)
    expect((await t.api.put(url, { module_id: 5 }, owner)).status).toBe(422)
    expect((await t.api.put(url, { title: null }, owner)).status).toBe(422)
  })
})

describe('DELETE /courses/{id}/modules/{mid}', () => {
  it('removes the module with its lessons and renumbers the order', async () => {
    const course = await t.createCourse(owner)
    const first = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, first.module_id)
    const second = await t.addModule(owner, course.id)
    const response = await t.api.delete(`/courses/${course.id}/modules/${first.module_id}`, owner)
    expectExactResponse(response, 200, { message: expect.any(String) })
    const content = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(content.body).toMatchObject({ total_modules: 1, total_lessons: 0 })
    expect(content.body.modules[0]).toMatchObject({ module_id: second.module_id, order: 1 })
  })

  it('answers 404 for an unknown module and 403 for students', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    expect((await t.api.delete(`/courses/${course.id}/modules/404`, owner)).status).toBe(404)
    expect((await t.api.delete(`/courses/${course.id}/modules/${module.module_id}`, student)).status).toBe(
      403,
    )
  })
})

describe('PUT /courses/{id}/modules/{mid}/lessons/{lid}', () => {
  it('changes the given fields and returns the lesson', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const lesson = await t.addLesson(owner, course.id, module.module_id, { description: 'kept' })
    const response = await t.api.put(
      `/courses/${course.id}/modules/${module.module_id}/lessons/${lesson.lesson_id}`,
      { type: 'quiz', duration_minutes: 0, video_url: null, is_mandatory: false },
      owner,
    )
    expectResponse(response, 200, {
      lesson_id: lesson.lesson_id,
      title: lesson.title,
      description: 'kept',
      type: 'quiz',
      duration_minutes: 0,
      is_mandatory: false,
      order: 1,
    })
  })

  it('answers 404 for a lesson of another module and 422 for bad values', async () => {
    const course = await t.createCourse(owner)
    const m1 = await t.addModule(owner, course.id)
    const m2 = await t.addModule(owner, course.id)
    const lesson = await t.addLesson(owner, course.id, m1.module_id)
    const wrongModule = await t.api.put(
      `/courses/${course.id}/modules/${m2.module_id}/lessons/${lesson.lesson_id}`,
      { title: 'X' },
      owner,
    )
    expect(wrongModule.status).toBe(404)
    const url = `/courses/${course.id}/modules/${m1.module_id}/lessons/${lesson.lesson_id}`
    expect((await t.api.put(url, { type: 'podcast' }, owner)).status).toBe(422)
    expect((await t.api.put(url, { duration_minutes: -5 }, owner)).status).toBe(422)
    expect((await t.api.put(url, { lesson_id: 9 }, owner)).status).toBe(422)
    expect((await t.api.put(url, { title: 'X' }, otherInstructor)).status).toBe(403)
  })
})

describe('DELETE /courses/{id}/modules/{mid}/lessons/{lid}', () => {
  it('removes the lesson', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const gone = await t.addLesson(owner, course.id, module.module_id)
    const kept = await t.addLesson(owner, course.id, module.module_id)
    const url = `/courses/${course.id}/modules/${module.module_id}/lessons/${gone.lesson_id}`
    const response = await t.api.delete(url, owner)
    expectExactResponse(response, 200, { message: expect.any(String) })
    const content = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(content.body.modules[0].lessons).toMatchObject([{ lesson_id: kept.lesson_id, order: 1 }])
    expect((await t.api.delete(url, owner)).status).toBe(404)
  })
})

describe('PUT /courses/{id}/modules/order', () => {
  it('reorders the modules and returns the CourseContentResponse', async () => {
    const course = await t.createCourse(owner)
    const a = await t.addModule(owner, course.id, { title: 'A' })
    const b = await t.addModule(owner, course.id, { title: 'B' })
    const c = await t.addModule(owner, course.id, { title: 'C' })
    const response = await t.api.put(
      `/courses/${course.id}/modules/order`,
      { ids: [c.module_id, a.module_id, b.module_id] },
      owner,
    )
    expect(response.status).toBe(200)
    expect(response.body.course_id).toBe(course.id)
    expect(response.body.modules.map((m: { title: string; order: number }) => [m.title, m.order])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ])
    const content = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(ids(content.body.modules)).toEqual([c.module_id, a.module_id, b.module_id])
  })

  it.each([
    ['a missing id', (x: number[]) => x.slice(1)],
    ['a duplicated id', (x: number[]) => [x[0], x[0], x[1]]],
    ['an unknown id', (x: number[]) => [x[0], x[1], 999]],
    ['an extra id', (x: number[]) => [...x, 999]],
  ])('answers 422 VALIDATION_ERROR for %s', async (_, change) => {
    const course = await t.createCourse(owner)
    const modules = [await t.addModule(owner, course.id), await t.addModule(owner, course.id)]
    await t.addModule(owner, course.id)
    const current = [...modules.map((m) => m.module_id), modules[1].module_id + 1]
    const response = await t.api.put(`/courses/${course.id}/modules/order`, { ids: change(current) }, owner)
    expectError(response, 422, 'VALIDATION_ERROR')
    const content = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(ids(content.body.modules)).toEqual(current)
  })

  it('refuses other instructors and bodies without ids', async () => {
    const course = await t.createCourse(owner)
    const m = await t.addModule(owner, course.id)
    expect(
      (await t.api.put(`/courses/${course.id}/modules/order`, { ids: [m.module_id] }, otherInstructor))
        .status,
    ).toBe(403)
    expect((await t.api.put(`/courses/${course.id}/modules/order`, {}, owner)).status).toBe(422)
    expect((await t.api.put(`/courses/${course.id}/modules/order`, { ids: ['x'] }, owner)).status).toBe(422)
  })
})

describe('PUT /courses/{id}/modules/{mid}/lessons/order', () => {
  it('reorders the module’s lessons and returns the CourseContentResponse', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const l1 = await t.addLesson(owner, course.id, module.module_id)
    const l2 = await t.addLesson(owner, course.id, module.module_id)
    const l3 = await t.addLesson(owner, course.id, module.module_id)
    const response = await t.api.put(
      `/courses/${course.id}/modules/${module.module_id}/lessons/order`,
      { ids: [l3.lesson_id, l1.lesson_id, l2.lesson_id] },
      owner,
    )
    expect(response.status).toBe(200)
    const lessons = response.body.modules[0].lessons
    expect(lessons.map((l: { lesson_id: number; order: number }) => [l.lesson_id, l.order])).toEqual([
      [l3.lesson_id, 1],
      [l1.lesson_id, 2],
      [l2.lesson_id, 3],
    ])
  })

  it('answers 422 for a non-permutation and 404 for an unknown module', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const l1 = await t.addLesson(owner, course.id, module.module_id)
    await t.addLesson(owner, course.id, module.module_id)
    const url = `/courses/${course.id}/modules/${module.module_id}/lessons/order`
    const response = await t.api.put(url, { ids: [l1.lesson_id] }, owner)
    expectError(response, 422, 'VALIDATION_ERROR')
    expect(
      (await t.api.put(`/courses/${course.id}/modules/999/lessons/order`, { ids: [] }, owner)).status,
    ).toBe(404)
  })
})

describe('GET /courses/{id}/content', () => {
  /** A published course: one preview lesson and one regular lesson. */
  async function publishedCourseWithPreview() {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const preview = await t.addLesson(owner, course.id, module.module_id, {
      is_preview: true,
      content: 'free sample',
      video_url: 'https://videos.example/free.mp4',
      duration_minutes: 5,
    })
    const paid = await t.addLesson(owner, course.id, module.module_id, {
      content: 'paid body',
      video_url: 'https://videos.example/paid.mp4',
      duration_minutes: 20,
    })
    expect((await t.api.post(`/courses/${course.id}/publish`, undefined, owner)).status).toBe(200)
    return { course, module, preview, paid }
  }

  function bodiesOf(content: {
    modules: { lessons: { content: string | null; video_url: string | null }[] }[]
  }) {
    return content.modules[0]!.lessons.map((l) => [l.content, l.video_url])
  }

  it('returns modules, lessons and totals', async () => {
    const { course, module, preview, paid } = await publishedCourseWithPreview()
    const response = await t.api.get(`/courses/${course.id}/content`)
    expectResponse(response, 200, {
      course_id: course.id,
      total_modules: 1,
      total_lessons: 2,
      total_duration_minutes: 25,
      modules: [
        {
          module_id: module.module_id,
          order: 1,
          lessons: [
            { lesson_id: preview.lesson_id, order: 1, is_preview: true },
            { lesson_id: paid.lesson_id, order: 2, is_preview: false },
          ],
        },
      ],
    })
  })

  it('hides non-preview lesson bodies from anonymous callers and students who are not enrolled', async () => {
    const { course } = await publishedCourseWithPreview()
    const dropped = t.enrolledStudent(course.id, 'dropped')
    for (const caller of [undefined, student, otherInstructor, dropped]) {
      const response = await t.api.get(`/courses/${course.id}/content`, caller)
      expect(response.status).toBe(200)
      expect(bodiesOf(response.body)).toEqual([
        ['free sample', 'https://videos.example/free.mp4'],
        [null, null],
      ])
    }
  })

  it('shows every lesson body to the owner, admins and enrolled students (active or completed)', async () => {
    const { course } = await publishedCourseWithPreview()
    const enrolled = t.enrolledStudent(course.id, 'active')
    const graduate = t.enrolledStudent(course.id, 'completed')
    for (const caller of [owner, admin, enrolled, graduate]) {
      const response = await t.api.get(`/courses/${course.id}/content`, caller)
      expect(bodiesOf(response.body)).toEqual([
        ['free sample', 'https://videos.example/free.mp4'],
        ['paid body', 'https://videos.example/paid.mp4'],
      ])
    }
  })

  it('answers 503 rather than hiding bodies when enrollment-service cannot be asked', async () => {
    const { course } = await publishedCourseWithPreview()
    const unlucky = t.user('student')
    t.enrollments.failFor(unlucky.id)
    const response = await t.api.get(`/courses/${course.id}/content`, unlucky)
    expectError(response, 503, 'SERVICE_UNAVAILABLE')
    expect((await t.api.get(`/courses/${course.id}/content`)).status).toBe(200)
  })

  it('does not ask enrollment-service when every lesson is a preview', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, module.module_id, { is_preview: true })
    await t.api.post(`/courses/${course.id}/publish`, undefined, owner)
    const before = t.enrollments.lookups
    const response = await t.api.get(`/courses/${course.id}/content`, student)
    expect(response.body.modules[0].lessons[0].content).toBe('secret body')
    expect(t.enrollments.lookups).toBe(before)
  })

  it('hides a draft’s content from everyone but the owner and admins', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    await t.addLesson(owner, course.id, module.module_id)
    for (const caller of [undefined, student, otherInstructor]) {
      expect((await t.api.get(`/courses/${course.id}/content`, caller)).status).toBe(404)
    }
    expect((await t.api.get(`/courses/${course.id}/content`, owner)).status).toBe(200)
    expect((await t.api.get(`/courses/${course.id}/content`, admin)).status).toBe(200)
  })

  it('keeps an archived course’s content available to its enrolled students (active or completed) only', async () => {
    const { course } = await publishedCourseWithPreview()
    const enrolled = t.enrolledStudent(course.id, 'active')
    const graduate = t.enrolledStudent(course.id, 'completed')
    const suspended = t.enrolledStudent(course.id, 'suspended')
    await t.api.delete(`/courses/${course.id}`, owner)
    for (const caller of [enrolled, graduate]) {
      const response = await t.api.get(`/courses/${course.id}/content`, caller)
      expect(response.status).toBe(200)
      expect(bodiesOf(response.body)[1]).toEqual(['paid body', 'https://videos.example/paid.mp4'])
    }
    expect((await t.api.get(`/courses/${course.id}/content`)).status).toBe(404)
    expect((await t.api.get(`/courses/${course.id}/content`, student)).status).toBe(404)
    expect((await t.api.get(`/courses/${course.id}/content`, suspended)).status).toBe(404)
    expect((await t.api.get(`/courses/${course.id}/content`, owner)).status).toBe(200)
  })

  it('answers an empty content for a course without modules, and 404 for an unknown course', async () => {
    const course = await t.createCourse(owner)
    const response = await t.api.get(`/courses/${course.id}/content`, owner)
    expect(response.body).toEqual({
      course_id: course.id,
      modules: [],
      total_modules: 0,
      total_lessons: 0,
      total_duration_minutes: 0,
    })
    expect((await t.api.get('/courses/2147483600/content')).status).toBe(404)
  })
})

describe('GET /internal/courses/{id}/outline', () => {
  const serviceHeaders = () => ({
    authorization: `Bearer ${t.tokens.issueServiceToken('enrollment-service', 'course-service')}`,
  })

  it('returns exactly the CourseOutline contract, for any status', async () => {
    const course = await t.createCourse(owner, {
      price: '25',
      max_students: 10,
      enrollment_end: '2030-01-01T00:00:00Z',
    })
    const m1 = await t.addModule(owner, course.id, { title: 'One' })
    const l1 = await t.addLesson(owner, course.id, m1.module_id, { type: 'video' })
    const m2 = await t.addModule(owner, course.id, { title: 'Two' })
    const l2 = await t.addLesson(owner, course.id, m2.module_id, { type: 'quiz', is_mandatory: false })
    const response = await t.app.inject({
      method: 'GET',
      url: `/internal/courses/${course.id}/outline`,
      headers: serviceHeaders(),
    })
    expectExactResponse(response, 200, {
      course_id: course.id,
      status: 'draft',
      instructor_id: owner.id,
      title: course.title,
      price: '25.00',
      max_students: 10,
      waitlist_enabled: false,
      enrollment_start: null,
      enrollment_end: '2030-01-01T00:00:00.000Z',
      prerequisite_course_ids: [],
      modules: [
        { module_id: m1.module_id, title: 'One' },
        { module_id: m2.module_id, title: 'Two' },
      ],
      lessons: [
        { lesson_id: l1.lesson_id, module_id: m1.module_id, type: 'video', is_mandatory: true },
        {
          lesson_id: l2.lesson_id,
          module_id: m2.module_id,
          type: 'quiz',
          is_mandatory: false,
          question_count: 0,
        },
      ],
    })
  })

  it('answers 404 for an unknown course', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/internal/courses/2147483000/outline',
      headers: serviceHeaders(),
    })
    expect(response.statusCode).toBe(404)
  })

  it('refuses user tokens and calls without a token (401), and callers it does not list (403)', async () => {
    const course = await t.createCourse(owner)
    expect((await t.api.get(`/internal/courses/${course.id}/outline`, admin)).status).toBe(401)
    const fromUsers = await t.app.inject({
      url: `/internal/courses/${course.id}/outline`,
      headers: { authorization: `Bearer ${t.tokens.issueServiceToken('user-service', 'course-service')}` },
    })
    expect(fromUsers.statusCode).toBe(403)
    expect((await t.api.get(`/internal/courses/${course.id}/outline`)).status).toBe(401)
  })
})

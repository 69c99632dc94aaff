import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProgressTestApp, type ProgressTestApp } from './helpers.js'

let t: ProgressTestApp
type Enrollment = Awaited<ReturnType<ProgressTestApp['enrollment']>>
type Caller = { headers: Record<string, string> }

beforeAll(async () => {
  t = await createProgressTestApp()
})
afterAll(() => t.close())

function complete(caller: Caller, lessonId: number | string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/progress/lessons/${lessonId}/complete`,
    headers: caller.headers,
    payload,
  })
}

function submit(caller: Caller, quizId: number | string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/progress/quizzes/${quizId}/submit`,
    headers: caller.headers,
    payload,
  })
}

function position(caller: Caller, enrollmentId: number | string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'PUT',
    url: `/progress/${enrollmentId}/position`,
    headers: caller.headers,
    payload,
  })
}

function read(caller: Caller, enrollmentId: number | string, suffix = '') {
  return t.app.inject({ url: `/progress/${enrollmentId}${suffix}`, headers: caller.headers })
}

async function completeAll(e: Enrollment, lessonIds: number[]) {
  for (const lessonId of lessonIds) {
    expect((await complete(e.student, lessonId, { enrollment_id: e.id })).statusCode).toBe(200)
  }
}

describe('GET /progress/{enrollment_id}', () => {
  it('creates empty progress on first use', async () => {
    const e = await t.enrollment()
    const response = await read(e.student, e.id)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      id: expect.any(Number),
      enrollment_id: e.id,
      completed_modules: [],
      completed_lessons: [],
      total_modules: 3,
      total_lessons: 6,
      completed_quizzes: [],
      quiz_scores: {},
      time_spent_minutes: 0,
      current_module_id: null,
      current_lesson_id: null,
      completion_percentage: 0,
      last_accessed_at: expect.stringMatching(/Z$/),
    })
    expect((await read(e.student, e.id)).json().id).toBe(response.json().id)
  })

  it("answers the student, the course's instructor and an admin", async () => {
    const e = await t.enrollment()
    for (const caller of [e.student, e.instructor, await t.user('admin')]) {
      expect((await read(caller, e.id)).statusCode).toBe(200)
      expect((await read(caller, e.id, '/summary')).statusCode).toBe(200)
    }
  })

  it('answers 403 to another student and another instructor', async () => {
    const e = await t.enrollment()
    await read(e.student, e.id)
    for (const caller of [await t.user(), await t.user('instructor')]) {
      for (const suffix of ['', '/summary']) {
        const response = await read(caller, e.id, suffix)
        expect(response.statusCode).toBe(403)
        expect(response.json().error_code).toBe('FORBIDDEN')
      }
    }
  })

  it('answers 404 for an unknown enrollment, 422 for a malformed id and 401 without a token', async () => {
    const admin = await t.user('admin')
    expect((await read(admin, 2_000_000_000)).statusCode).toBe(404)
    for (const id of ['abc', '0', '-3', '2.5', '99999999999'])
      expect((await read(admin, id)).statusCode).toBe(422)
    expect((await t.app.inject({ url: '/progress/1' })).statusCode).toBe(401)
  })

  it('answers 503 when course-service is down', async () => {
    const e = await t.enrollment()
    t.courses.state.down = true
    try {
      const response = await read(e.student, e.id)
      expect(response.statusCode).toBe(503)
      expect(response.json().error_code).toBe('SERVICE_UNAVAILABLE')
    } finally {
      t.courses.state.down = false
    }
  })
})

describe('GET /progress/{enrollment_id}/summary', () => {
  it('counts completions and averages the best quiz scores', async () => {
    const e = await t.enrollment()
    await completeAll(e, [1, 2, 3])
    await submit(e.student, 4, { enrollment_id: e.id, score: 80 })
    await complete(e.student, 5, { enrollment_id: e.id, time_spent_minutes: 30 })
    const response = await read(e.student, e.id, '/summary')
    expect(response.json()).toEqual({
      enrollment_id: e.id,
      completion_percentage: 100,
      completed_modules: 2,
      total_modules: 3,
      completed_lessons: 5,
      total_lessons: 6,
      time_spent_minutes: 30,
      average_quiz_score: 80,
    })
  })

  it('has no average without quiz scores', async () => {
    const e = await t.enrollment()
    expect((await read(e.student, e.id, '/summary')).json().average_quiz_score).toBeNull()
  })
})

describe('POST /progress/lessons/{lesson_id}/complete', () => {
  it('records the completion and answers the progress', async () => {
    const e = await t.enrollment()
    const response = await complete(e.student, 1, { enrollment_id: e.id, time_spent_minutes: 12 })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      enrollment_id: e.id,
      completed_lessons: [1],
      completion_percentage: 25,
      time_spent_minutes: 12,
    })
  })

  it('is idempotent for completion while time accumulates', async () => {
    const e = await t.enrollment()
    await complete(e.student, 2, { enrollment_id: e.id, time_spent_minutes: 10 })
    const again = await complete(e.student, 2, { enrollment_id: e.id, time_spent_minutes: 5 })
    expect(again.json()).toMatchObject({
      completed_lessons: [2],
      time_spent_minutes: 15,
      completion_percentage: 25,
    })
    const defaulted = await complete(e.student, 2, { enrollment_id: e.id })
    expect(defaulted.json().time_spent_minutes).toBe(15)
  })

  it('rounds the percentage to two decimals over mandatory lessons only', async () => {
    const e = await t.enrollment({
      outline: {
        modules: [{ module_id: 1, title: 'Only' }],
        lessons: [1, 2, 3, 4].map((id) => ({
          lesson_id: id,
          module_id: 1,
          type: 'text' as const,
          is_mandatory: id < 4,
        })),
      },
    })
    const percentages = []
    for (const lessonId of [4, 1, 2, 3]) {
      percentages.push(
        (await complete(e.student, lessonId, { enrollment_id: e.id })).json().completion_percentage,
      )
    }
    expect(percentages).toEqual([0, 33.33, 66.67, 100])
  })

  it('counts every lesson when a course has no mandatory one', async () => {
    const e = await t.enrollment({
      outline: {
        modules: [{ module_id: 1, title: 'Only' }],
        lessons: [1, 2].map((id) => ({
          lesson_id: id,
          module_id: 1,
          type: 'text' as const,
          is_mandatory: false,
        })),
      },
    })
    expect((await complete(e.student, 1, { enrollment_id: e.id })).json().completion_percentage).toBe(50)
  })

  it('completes a module when its mandatory lessons are, and an optional-only module when all its lessons are', async () => {
    const e = await t.enrollment()
    expect((await complete(e.student, 1, { enrollment_id: e.id })).json().completed_modules).toEqual([])
    expect((await complete(e.student, 2, { enrollment_id: e.id })).json().completed_modules).toEqual([1])
    const last = await complete(e.student, 6, { enrollment_id: e.id })
    expect(last.json()).toMatchObject({ completed_modules: [1, 3], completion_percentage: 50 })
  })

  it("measures against the course's current outline", async () => {
    const e = await t.enrollment()
    await completeAll(e, [1, 2])
    expect((await read(e.student, e.id)).json().completion_percentage).toBe(50)
    const outline = t.courses.outlines.get(e.outline.course_id)!
    outline.lessons.push({ lesson_id: 7, module_id: 3, type: 'text', is_mandatory: true })
    outline.lessons = outline.lessons.filter((lesson) => lesson.lesson_id !== 1)
    const body = (await read(e.student, e.id)).json()
    expect(body).toMatchObject({ completed_lessons: [2], total_lessons: 6, completion_percentage: 25 })
  })

  it('answers 422 LESSON_NOT_IN_COURSE for a lesson of another course', async () => {
    const e = await t.enrollment()
    const response = await complete(e.student, 99, { enrollment_id: e.id })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('LESSON_NOT_IN_COURSE')
  })

  it('counts the time of a quiz lesson but leaves it to a passing submission to complete it', async () => {
    const e = await t.enrollment()
    const response = await complete(e.student, 4, { enrollment_id: e.id, time_spent_minutes: 7 })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      completed_lessons: [],
      completed_quizzes: [],
      time_spent_minutes: 7,
    })
  })

  it('keeps recording on a completed enrollment: repeating the last completion stays idempotent', async () => {
    const e = await t.enrollment({ status: 'completed' })
    for (const minutes of [3, 4]) {
      const response = await complete(e.student, 1, { enrollment_id: e.id, time_spent_minutes: minutes })
      expect(response.statusCode).toBe(200)
    }
    expect((await read(e.student, e.id)).json()).toMatchObject({
      completed_lessons: [1],
      time_spent_minutes: 7,
    })
  })

  it.each(['dropped', 'suspended'] as const)(
    'answers 409 ENROLLMENT_NOT_ACTIVE for a %s enrollment',
    async (status) => {
      const e = await t.enrollment({ status })
      const response = await complete(e.student, 1, { enrollment_id: e.id })
      expect(response.statusCode).toBe(409)
      expect(response.json().error_code).toBe('ENROLLMENT_NOT_ACTIVE')
    },
  )

  it("answers 403 to another student and to the course's instructor, and lets an admin act", async () => {
    const e = await t.enrollment()
    for (const caller of [await t.user(), e.instructor]) {
      const response = await complete(caller, 1, { enrollment_id: e.id })
      expect(response.statusCode).toBe(403)
    }
    expect((await read(e.student, e.id)).json().completed_lessons).toEqual([])
    const admin = await complete(await t.user('admin'), 1, { enrollment_id: e.id })
    expect(admin.statusCode).toBe(200)
    expect(admin.json().completed_lessons).toEqual([1])
  })

  it('answers 404 for an unknown enrollment', async () => {
    const response = await complete(await t.user(), 1, { enrollment_id: 2_000_000_000 })
    expect(response.statusCode).toBe(404)
  })

  it.each([
    ['time_spent_minutes 2000', { time_spent_minutes: 2000 }],
    ['negative time', { time_spent_minutes: -1 }],
    ['fractional time', { time_spent_minutes: 1.5 }],
    ['time as a string', { time_spent_minutes: '5' }],
    ['a missing enrollment_id', { enrollment_id: undefined }],
    ['a string enrollment_id', { enrollment_id: 'x' }],
    ['an unknown field', { lesson_id: 1 }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, change) => {
    const e = await t.enrollment()
    const response = await complete(e.student, 1, { enrollment_id: e.id, ...change })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 422 for a malformed lesson id', async () => {
    const e = await t.enrollment()
    for (const id of ['abc', '0', '1e3']) {
      expect((await complete(e.student, id, { enrollment_id: e.id })).statusCode).toBe(422)
    }
  })

  it.each(['enrollments', 'courses'] as const)(
    'answers 503 and writes nothing when %s-service is down',
    async (peer) => {
      const e = await t.enrollment()
      await read(e.student, e.id)
      const state = peer === 'enrollments' ? t.enrollments.state : t.courses.state
      state.down = true
      try {
        const response = await complete(e.student, 1, { enrollment_id: e.id, time_spent_minutes: 5 })
        expect(response.statusCode).toBe(503)
        expect(response.json().error_code).toBe('SERVICE_UNAVAILABLE')
      } finally {
        state.down = false
      }
      const body = (await read(e.student, e.id)).json()
      expect(body).toMatchObject({ completed_lessons: [], time_spent_minutes: 0 })
      expect(t.deliveredFor(e.id)).toEqual([])
    },
  )
})

describe('POST /progress/quizzes/{quiz_id}/submit', () => {
  it('keeps the best score and completes the quiz at 60 or more', async () => {
    const e = await t.enrollment()
    const failed = await submit(e.student, 4, { enrollment_id: e.id, score: 55.5 })
    expect(failed.statusCode).toBe(200)
    expect(failed.json()).toMatchObject({
      quiz_scores: { '4': 55.5 },
      completed_lessons: [],
      completed_quizzes: [],
    })
    const passed = await submit(e.student, 4, { enrollment_id: e.id, score: 72 })
    expect(passed.json()).toMatchObject({
      quiz_scores: { '4': 72 },
      completed_lessons: [4],
      completed_quizzes: [4],
    })
    const worse = await submit(e.student, 4, { enrollment_id: e.id, score: 10 })
    expect(worse.json()).toMatchObject({
      quiz_scores: { '4': 72 },
      completed_lessons: [4],
      completion_percentage: 25,
    })
  })

  it('counts exactly 60 as a pass', async () => {
    const e = await t.enrollment()
    expect((await submit(e.student, 4, { enrollment_id: e.id, score: 60 })).json().completed_quizzes).toEqual(
      [4],
    )
  })

  it('accepts any score from 0 to 100 and keeps it rounded to two decimals', async () => {
    const e = await t.enrollment()
    const response = await submit(e.student, 4, { enrollment_id: e.id, score: 59.996 })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ quiz_scores: { '4': 60 }, completed_quizzes: [4] })
    for (const score of [-0.01, 100.001]) {
      const refused = await submit(e.student, 4, { enrollment_id: e.id, score })
      expect(refused.json().error_code).toBe('VALIDATION_ERROR')
    }
  })

  it('answers 422 LESSON_NOT_QUIZ for a lesson that is not a quiz', async () => {
    const e = await t.enrollment()
    const response = await submit(e.student, 1, { enrollment_id: e.id, score: 90 })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('LESSON_NOT_QUIZ')
  })

  it('answers 422 LESSON_NOT_IN_COURSE for a quiz of another course', async () => {
    const e = await t.enrollment()
    const response = await submit(e.student, 42, { enrollment_id: e.id, score: 90 })
    expect(response.json().error_code).toBe('LESSON_NOT_IN_COURSE')
  })

  it('lets a graduate retake a quiz, keeping the best score', async () => {
    const e = await t.enrollment({ status: 'completed' })
    expect((await submit(e.student, 4, { enrollment_id: e.id, score: 85 })).statusCode).toBe(200)
    const retake = await submit(e.student, 4, { enrollment_id: e.id, score: 70 })
    expect(retake.statusCode).toBe(200)
    expect(retake.json().quiz_scores).toEqual({ '4': 85 })
  })

  it('answers 409 ENROLLMENT_NOT_ACTIVE for a suspended enrollment', async () => {
    const e = await t.enrollment({ status: 'suspended' })
    const response = await submit(e.student, 4, { enrollment_id: e.id, score: 90 })
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('ENROLLMENT_NOT_ACTIVE')
  })

  it('answers 403 to another student', async () => {
    const e = await t.enrollment()
    expect((await submit(await t.user(), 4, { enrollment_id: e.id, score: 90 })).statusCode).toBe(403)
  })

  it.each([
    ['score 101', { score: 101 }],
    ['score -1', { score: -1 }],
    ['a string score', { score: '90' }],
    ['a missing score', { score: undefined }],
    ['an unknown field', { score: 90, passed: true }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, change) => {
    const e = await t.enrollment()
    const response = await submit(e.student, 4, { enrollment_id: e.id, ...change })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })
})

describe('PUT /progress/{enrollment_id}/position', () => {
  it('stores the resume point', async () => {
    const e = await t.enrollment()
    const response = await position(e.student, e.id, { module_id: 2, lesson_id: 5 })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ current_module_id: 2, current_lesson_id: 5 })
    expect((await read(e.instructor, e.id)).json()).toMatchObject({
      current_module_id: 2,
      current_lesson_id: 5,
    })
  })

  it('lets a graduate move around a completed course', async () => {
    const e = await t.enrollment({ status: 'completed' })
    expect((await position(e.student, e.id, { module_id: 1, lesson_id: 1 })).statusCode).toBe(200)
  })

  it('answers 422 for a lesson outside the course or outside the module', async () => {
    const e = await t.enrollment()
    const missing = await position(e.student, e.id, { module_id: 1, lesson_id: 99 })
    expect(missing.json().error_code).toBe('LESSON_NOT_IN_COURSE')
    const mismatch = await position(e.student, e.id, { module_id: 1, lesson_id: 5 })
    expect(mismatch.statusCode).toBe(422)
    expect(mismatch.json().error_code).toBe('VALIDATION_ERROR')
  })

  it("answers 403 to another student and to the course's instructor", async () => {
    const e = await t.enrollment()
    for (const caller of [await t.user(), e.instructor]) {
      expect((await position(caller, e.id, { module_id: 1, lesson_id: 1 })).statusCode).toBe(403)
    }
  })

  it('answers 409 ENROLLMENT_NOT_ACTIVE for a dropped enrollment', async () => {
    const e = await t.enrollment({ status: 'dropped' })
    expect((await position(e.student, e.id, { module_id: 1, lesson_id: 1 })).json().error_code).toBe(
      'ENROLLMENT_NOT_ACTIVE',
    )
  })

  it.each([
    ['a missing lesson_id', { module_id: 1 }],
    ['a string module_id', { module_id: '1', lesson_id: 1 }],
    ['an unknown field', { module_id: 1, lesson_id: 1, enrollment_id: 3 }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, payload) => {
    const e = await t.enrollment()
    expect((await position(e.student, e.id, payload)).statusCode).toBe(422)
  })
})

describe('GET /internal/progress/{enrollment_id}', () => {
  it('answers a service with everything recorded', async () => {
    const e = await t.enrollment()
    await complete(e.student, 1, { enrollment_id: e.id })
    await submit(e.student, 4, { enrollment_id: e.id, score: 91.25 })
    const response = await t.app.inject({ url: `/internal/progress/${e.id}`, headers: t.serviceHeaders() })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      enrollment_id: e.id,
      completed_lessons: [1, 4],
      quiz_scores: { '4': 91.25 },
      self_reported_quizzes: [4],
    })
  })

  it('answers 404 without progress, and refuses user tokens', async () => {
    const e = await t.enrollment()
    expect(
      (await t.app.inject({ url: `/internal/progress/${e.id}`, headers: t.serviceHeaders() })).statusCode,
    ).toBe(404)
    expect(
      (await t.app.inject({ url: `/internal/progress/${e.id}`, headers: e.student.headers })).statusCode,
    ).toBe(401)
    // Only certificate-service reads progress (grading).
    expect(
      (
        await t.app.inject({
          url: `/internal/progress/${e.id}`,
          headers: t.serviceHeaders('enrollment-service'),
        })
      ).statusCode,
    ).toBe(403)
  })
})

// The outline and enrollment copies progress-service writes from, and their invalidation by the
// owners' events (facts/peer-facts.ts): PGlite + in-memory cache, or PostgreSQL + Redis.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createProgressTestApp, type ProgressTestApp } from './helpers.js'

let t: ProgressTestApp

beforeAll(async () => {
  t = await createProgressTestApp()
})
afterAll(() => t.close())

type Enrollment = Awaited<ReturnType<ProgressTestApp['enrollment']>>

function complete(e: Enrollment, lessonId: number) {
  return t.app.inject({
    method: 'POST',
    url: `/progress/lessons/${lessonId}/complete`,
    headers: e.student.headers,
    payload: { enrollment_id: e.id },
  })
}

function deliver(caller: string, type: string, payload: unknown) {
  return t.app.inject({
    method: 'POST',
    url: '/internal/events',
    headers: t.serviceHeaders(caller),
    payload: { id: crypto.randomUUID(), type, occurred_at: new Date().toISOString(), payload },
  })
}

describe('the outline and enrollment facts of a write', () => {
  it('are cached after the first write: the next one needs neither owner', async () => {
    const e = await t.enrollment()
    expect((await complete(e, 1)).statusCode).toBe(200)
    t.courses.state.down = true
    t.enrollments.state.down = true
    try {
      const response = await complete(e, 2)
      expect(response.statusCode).toBe(200)
      expect(response.json().completed_lessons).toEqual([1, 2])
    } finally {
      t.courses.state.down = false
      t.enrollments.state.down = false
    }
  })

  it('follow the outline once course.content_changed arrives (a mandatory lesson added)', async () => {
    const e = await t.enrollment()
    expect((await complete(e, 1)).json().completion_percentage).toBe(25)
    t.courses.outlines.get(e.outline.course_id)!.lessons.push({
      lesson_id: 7,
      module_id: 3,
      type: 'text',
      is_mandatory: true,
    })
    const event = await deliver('course-service', 'course.content_changed', {
      course_id: e.outline.course_id,
    })
    expect(event.json()).toEqual({ status: 'processed' })
    const response = await complete(e, 2)
    expect(response.json()).toMatchObject({ completion_percentage: 40, total_lessons: 7 })
  })

  it('follow the enrollment once enrollment.status_changed arrives (dropped: 409, nothing written)', async () => {
    const e = await t.enrollment()
    expect((await complete(e, 1)).statusCode).toBe(200)
    t.enrollments.enrollments.get(e.id)!.status = 'dropped'
    const event = await deliver('enrollment-service', 'enrollment.status_changed', {
      enrollment_id: e.id,
      status: 'dropped',
    })
    expect(event.json()).toEqual({ status: 'processed' })
    const response = await complete(e, 2)
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('ENROLLMENT_NOT_ACTIVE')
    const read = await t.app.inject({ url: `/progress/${e.id}`, headers: e.student.headers })
    expect(read.json().completed_lessons).toEqual([1])
  })

  it('are not read again once their generation is lost (evicted, or the cache restarted)', async () => {
    const e = await t.enrollment()
    expect((await complete(e, 1)).statusCode).toBe(200)
    t.enrollments.enrollments.get(e.id)!.status = 'dropped'
    // The owner's event is lost with the generation key; the copy itself is still there.
    await t.deps.cache.del(`progress:facts:enrollment:${e.id}:generation`)
    const response = await complete(e, 2)
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('ENROLLMENT_NOT_ACTIVE')
  })

  it('never complete a course from a copy: the write that reaches 100 % is measured on the owner’s outline', async () => {
    const e = await t.enrollment()
    for (const lesson of [1, 2, 5]) expect((await complete(e, lesson)).statusCode).toBe(200)
    // The quiz (4) is the last mandatory lesson; the owner adds one more before the event arrives.
    t.courses.outlines.get(e.outline.course_id)!.lessons.push({
      lesson_id: 7,
      module_id: 3,
      type: 'text',
      is_mandatory: true,
    })
    const quiz = await t.app.inject({
      method: 'POST',
      url: '/progress/quizzes/4/submit',
      headers: e.student.headers,
      payload: { enrollment_id: e.id, score: 90 },
    })
    expect(quiz.json()).toMatchObject({ completion_percentage: 80, total_lessons: 7 })
    // The refused first try kept nothing: the quiz is the fourth change (version 4), not the fifth.
    const versions = () => t.deliveredFor(e.id).map((event) => event.payload.version)
    await vi.waitFor(() => expect(versions()).toContain(4))
    expect(Math.max(...versions())).toBe(4)
    expect(
      t.deliveredFor(e.id).find((event) => event.payload.version === 4)!.payload.completion_percentage,
    ).toBe(80)
  })

  it('are invalidated only by their owners: another caller 403, a wrong payload 422', async () => {
    expect((await deliver('user-service', 'course.content_changed', { course_id: 1 })).statusCode).toBe(403)
    const wrong = await deliver('enrollment-service', 'enrollment.status_changed', { enrollment_id: 'x' })
    expect(wrong.statusCode).toBe(422)
  })
})

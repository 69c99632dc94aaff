import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createProgressTestApp, type ProgressTestApp } from './helpers.js'

let t: ProgressTestApp

beforeAll(async () => {
  t = await createProgressTestApp()
})
afterAll(() => t.close())

function complete(e: { id: number; student: { headers: Record<string, string> } }, lessonId: number) {
  return t.app.inject({
    method: 'POST',
    url: `/progress/lessons/${lessonId}/complete`,
    headers: e.student.headers,
    payload: { enrollment_id: e.id },
  })
}

describe('progress.updated', () => {
  it('is delivered to enrollment-service after every change, with a growing version', async () => {
    const e = await t.enrollment()
    const accessed = (await complete(e, 1)).json().last_accessed_at
    await t.app.inject({
      method: 'PUT',
      url: `/progress/${e.id}/position`,
      headers: e.student.headers,
      payload: { module_id: 1, lesson_id: 2 },
    })
    await vi.waitFor(() => expect(t.deliveredFor(e.id)).toHaveLength(2))
    const [first, second] = t.deliveredFor(e.id)
    expect(first).toEqual({
      id: expect.any(String),
      type: 'progress.updated',
      occurred_at: expect.any(String),
      payload: {
        enrollment_id: e.id,
        student_id: e.student.id,
        course_id: e.outline.course_id,
        completion_percentage: 25,
        last_accessed_at: accessed,
        version: 1,
      },
    })
    expect(second!.payload).toMatchObject({ version: 2, completion_percentage: 25 })
    const request = t.subscriber.received.find((r) => r.body === first)
    expect(request).toMatchObject({ method: 'POST', path: '/internal/events' })
  })

  it('carries the percentage the answer shows: mandatory lessons only, rounded the same way', async () => {
    // Seven mandatory lessons (1/7 = 14.285…%) and an optional one that does not count.
    const lessons = Array.from({ length: 8 }, (_, index) => ({
      lesson_id: index + 1,
      module_id: 1,
      type: 'text' as const,
      is_mandatory: index < 7,
    }))
    const e = await t.enrollment({ outline: { modules: [{ module_id: 1, title: 'All' }], lessons } })
    const shown: number[] = []
    for (const lessonId of [8, 1, 2, 3])
      shown.push((await complete(e, lessonId)).json().completion_percentage)
    expect(shown).toEqual([0, 14.29, 28.57, 42.86])
    await vi.waitFor(() => expect(t.deliveredFor(e.id).map((event) => event.payload.version)).toContain(4))
    for (const { payload } of t.deliveredFor(e.id))
      expect(payload.completion_percentage).toBe(shown[payload.version - 1])
  })

  it('is not written for a refused change', async () => {
    const e = await t.enrollment()
    expect((await complete(e, 99)).statusCode).toBe(422)
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(t.deliveredFor(e.id)).toEqual([])
  })

  it('is kept while enrollment-service is down and delivered when it is back: nothing is lost', async () => {
    const e = await t.enrollment()
    t.subscriber.state.down = true
    try {
      const attempts = t.subscriber.state.attempts
      for (const lessonId of [1, 2, 5]) expect((await complete(e, lessonId)).statusCode).toBe(200)
      await vi.waitFor(() => expect(t.subscriber.state.attempts).toBeGreaterThanOrEqual(attempts + 3))
      expect(t.deliveredFor(e.id)).toEqual([])
    } finally {
      t.subscriber.state.down = false
    }
    // The relay sends only the newest of the events of one enrollment that are due together
    // (enrollment-service ignores older versions): the newest one arrives, older ones may not.
    const versions = () => t.deliveredFor(e.id).map((event) => event.payload.version)
    await vi.waitFor(() => expect(versions()).toContain(3), { timeout: 10_000 })
    expect(versions().every((version) => [1, 2, 3].includes(version))).toBe(true)
    const newest = t.deliveredFor(e.id).find((event) => event.payload.version === 3)
    expect(newest!.payload.completion_percentage).toBe(75)
  })
})

describe('POST /progress/lessons/{lesson_id}/complete under concurrency', () => {
  it('records all of 10 simultaneous completions of different lessons', async () => {
    const lessons = Array.from({ length: 10 }, (_, index) => ({
      lesson_id: index + 1,
      module_id: 1,
      type: 'text' as const,
      is_mandatory: true,
    }))
    const e = await t.enrollment({ outline: { modules: [{ module_id: 1, title: 'All' }], lessons } })
    const responses = await Promise.all(lessons.map((lesson) => complete(e, lesson.lesson_id)))
    expect(responses.map((response) => response.statusCode)).toEqual(Array(10).fill(200))
    const body = (await t.app.inject({ url: `/progress/${e.id}`, headers: e.student.headers })).json()
    expect(body.completed_lessons).toEqual(lessons.map((lesson) => lesson.lesson_id))
    expect(body.completion_percentage).toBe(100)
    // The newest version always arrives; older ones due in the same relay batch are not sent
    // (coalesced: enrollment-service applies only the newest anyway).
    await vi.waitFor(() => expect(t.deliveredFor(e.id).map((event) => event.payload.version)).toContain(10))
    const events = t.deliveredFor(e.id).map((event) => event.payload)
    expect(events.every((event) => event.version >= 1 && event.version <= 10)).toBe(true)
    // Versions follow commit order, so the newest one carries the final percentage.
    expect(events.find((event) => event.version === 10)!.completion_percentage).toBe(100)
    for (const event of events) expect(event.completion_percentage).toBe(event.version * 10)
  })

  it('accumulates the time of simultaneous completions of one lesson', async () => {
    const e = await t.enrollment()
    await Promise.all(
      Array.from({ length: 8 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/progress/lessons/1/complete',
          headers: e.student.headers,
          payload: { enrollment_id: e.id, time_spent_minutes: 5 },
        }),
      ),
    )
    const body = (await t.app.inject({ url: `/progress/${e.id}`, headers: e.student.headers })).json()
    expect(body).toMatchObject({ completed_lessons: [1], time_spent_minutes: 40 })
  })

  it('keeps the best of simultaneous quiz submissions', async () => {
    const e = await t.enrollment()
    await Promise.all(
      [40, 95, 61, 70].map((score) =>
        t.app.inject({
          method: 'POST',
          url: '/progress/quizzes/4/submit',
          headers: e.student.headers,
          payload: { enrollment_id: e.id, score },
        }),
      ),
    )
    const body = (await t.app.inject({ url: `/progress/${e.id}`, headers: e.student.headers })).json()
    expect(body).toMatchObject({ quiz_scores: { '4': 95 }, completed_quizzes: [4] })
  })
})

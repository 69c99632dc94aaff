import { describe, expect, it } from 'vitest'
import { type EnrollmentsTestApp, progressEvent, useEnrollmentsTestApp } from './helpers.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

function tally(responses: { statusCode: number; json(): { error_code?: string } }[]) {
  const counts: Record<string, number> = {}
  for (const response of responses) {
    const key = response.statusCode === 201 ? '201' : `${response.statusCode} ${response.json().error_code}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

describe('POST /enrollments under concurrency', () => {
  it('enrolls a student once when 20 requests arrive at the same time', async () => {
    for (const max_students of [null, 5]) {
      const student = await t.user()
      const course = await t.course({ max_students })
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => t.enroll(student, course.course_id)),
      )
      expect(tally(responses)).toEqual({ '201': 1, '409 ALREADY_ENROLLED': 19 })
    }
  })

  it('never exceeds max_students when 10 students take the last 3 seats at once', async () => {
    const course = await t.course({ max_students: 3 })
    const students = await Promise.all(Array.from({ length: 10 }, () => t.user()))
    const responses = await Promise.all(students.map((student) => t.enroll(student, course.course_id)))
    expect(tally(responses)).toEqual({ '201': 3, '409 COURSE_FULL': 7 })
    const roster = await t.app.inject({
      url: `/enrollments?course_id=${course.course_id}`,
      headers: (await t.user('admin')).headers,
    })
    expect(roster.json().total).toBe(3)
  })

  it('re-activates a dropped enrollment once when the student re-enrolls twice at once', async () => {
    const student = await t.user()
    const course = await t.course()
    const created = await t.enroll(student, course.course_id)
    const id = created.json().id
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${id}`, headers: student.headers })
    const responses = await Promise.all(Array.from({ length: 5 }, () => t.enroll(student, course.course_id)))
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409, 409, 409, 409])
    const history = await t.app.inject({ url: `/enrollments/${id}/history`, headers: student.headers })
    expect(history.json()).toHaveLength(3)
  })
})

describe('POST /internal/events under concurrency', () => {
  it('keeps the newest version when progress events arrive out of order and at once', async () => {
    const student = await t.user()
    const course = await t.course()
    const enrollment = (await t.enroll(student, course.course_id)).json()
    const versions = [4, 1, 7, 2, 6, 3, 5]
    await Promise.all(versions.map((version) => t.deliver(progressEvent(enrollment, version * 10, version))))
    const after = await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    expect(after.json().completion_percentage).toBe(70)
  })
})

// Lesson completion (record) against in-memory fakes of its repository, peers, cache and outbox:
// no HTTP, no database.
import type { CourseOutline, EventPayloads, InternalEnrollment } from '@smartcourse/contracts'
import { createFakeCourses } from '@smartcourse/contracts/testing'
import { type Actor, type Cache, createCache, type Outbox } from '@smartcourse/service-kit'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeProgressStore } from '../../test/fake-progress-store.js'
import { createFakeEnrollments, standardLessons } from '../../test/helpers.js'
import { createPeerFacts } from '../facts/peer-facts.js'
import { createProgressService } from './progress.service.js'

const COURSE = 7
const ENROLLMENT = 70
const student: Actor = { id: 700, role: 'student' } as Actor

function outline(lessons = standardLessons()): CourseOutline {
  return {
    course_id: COURSE,
    status: 'published',
    instructor_id: 1,
    title: 'Course',
    price: '0.00',
    max_students: null,
    ...lessons,
  }
}

function setup(cache: Cache = createCache({})) {
  const courses = createFakeCourses()
  const enrollments = createFakeEnrollments()
  courses.outlines.set(COURSE, outline())
  const enrollment: InternalEnrollment = {
    id: ENROLLMENT,
    student_id: student.id,
    course_id: COURSE,
    status: 'active',
    completed_at: null,
  }
  enrollments.enrollments.set(ENROLLMENT, enrollment)
  const enrollmentCalls = { count: 0 }
  const countedEnrollments = {
    ...enrollments.client,
    findEnrollment: (id: number) => {
      enrollmentCalls.count += 1
      return enrollments.client.findEnrollment(id)
    },
  }
  const outbox = {
    envelopeFor: (type: string) => ({
      eventId: 'event-id',
      type,
      destinations: ['enrollments'],
      traceparent: null,
    }),
    nudge: async () => {},
  } as unknown as Outbox<EventPayloads>
  const facts = createPeerFacts({ cache, courses: courses.client, enrollments: countedEnrollments })
  const fake = createFakeProgressStore()
  const service = createProgressService({
    db: undefined as never,
    courses: courses.client,
    enrollments: countedEnrollments,
    clock: { now: () => new Date('2026-12-02T08:00:00Z') },
    outbox,
    facts,
    store: fake.store,
  })
  const complete = (lessonId: number, minutes = 1) =>
    service.completeLesson(student, lessonId, { enrollment_id: ENROLLMENT, time_spent_minutes: minutes })
  const published = () => fake.tables().events
  return { courses, enrollments, enrollmentCalls, published, facts, fake, service, complete, cache }
}

let t: ReturnType<typeof setup>
beforeEach(() => {
  t = setup()
})
afterEach(async () => {
  await t.cache.close()
})

describe('progress record: completing a lesson', () => {
  it('records the completion, measures it and publishes progress.updated with a growing version', async () => {
    const first = await t.complete(1, 5)
    expect(first.measure).toMatchObject({ completedLessons: [1], completionPercentage: 25 })
    const second = await t.complete(2, 3)
    expect(second.measure).toMatchObject({ completedLessons: [1, 2], completionPercentage: 50 })
    expect(second.row).toMatchObject({ timeSpentMinutes: 8, version: 2 })
    expect(
      t.published().map((event) => [event.type, event.payload.version, event.payload.completion_percentage]),
    ).toEqual([
      ['progress.updated', 1, 25],
      ['progress.updated', 2, 50],
    ])
  })

  it('asks the owners once, then writes from the cached facts', async () => {
    await t.complete(1)
    const asked = { courses: t.courses.state.calls, enrollments: t.enrollmentCalls.count }
    await t.complete(2)
    await t.complete(3)
    expect({ courses: t.courses.state.calls, enrollments: t.enrollmentCalls.count }).toEqual(asked)
  })

  it('repeats of one lesson count it once and add their time', async () => {
    await t.complete(1, 2)
    const again = await t.complete(1, 4)
    expect(again.measure.completedLessons).toEqual([1])
    expect(again.row.timeSpentMinutes).toBe(6)
  })

  it('sees the new outline once course.content_changed dropped the copy', async () => {
    await t.complete(1)
    const grown = outline()
    grown.lessons.push({ lesson_id: 8, module_id: 3, type: 'text', is_mandatory: true })
    t.courses.outlines.set(COURSE, grown)
    await t.facts.forgetOutline(COURSE)
    expect((await t.complete(2)).measure.completionPercentage).toBe(40)
  })

  it('never completes a course on a stale copy: a write reaching 100 % is measured again on the owner’s outline', async () => {
    const small = outline({
      modules: [{ module_id: 1, title: 'One' }],
      lessons: [{ lesson_id: 1, module_id: 1, type: 'text', is_mandatory: true }],
    })
    t.courses.outlines.set(COURSE, small)
    await t.complete(1, 2)
    // The owner adds a mandatory lesson; its event has not arrived yet.
    const grown = structuredClone(small)
    grown.lessons.push({ lesson_id: 2, module_id: 1, type: 'text', is_mandatory: true })
    t.courses.outlines.set(COURSE, grown)
    const repeat = await t.complete(1, 3)
    expect(repeat.measure.completionPercentage).toBe(50)
    // The first try was rolled back: its time is not counted twice, its event not written.
    expect(repeat.row).toMatchObject({ timeSpentMinutes: 5, version: 2 })
    expect(t.published().map((event) => event.payload.completion_percentage)).toEqual([100, 50])
  })

  it('decides a refusal on the owner’s answer, not on a copy', async () => {
    await t.complete(1)
    const grown = outline()
    grown.lessons.push({ lesson_id: 9, module_id: 3, type: 'text', is_mandatory: false })
    t.courses.outlines.set(COURSE, grown)
    expect((await t.complete(9)).measure.completedLessons).toEqual([1, 9])
  })

  it('refuses a dropped enrollment once enrollment.status_changed dropped the copy', async () => {
    await t.complete(1)
    t.enrollments.enrollments.get(ENROLLMENT)!.status = 'dropped'
    await t.facts.forgetEnrollment(ENROLLMENT)
    await expect(t.complete(2)).rejects.toMatchObject({ code: 'ENROLLMENT_NOT_ACTIVE' })
    expect(t.fake.tables().completions.map((c) => c.lessonId)).toEqual([1])
  })

  it('asks the owners when the cache cannot answer, and fails with them, never open', async () => {
    const broken = createCache({})
    const fail = async () => {
      throw new Error('cache down')
    }
    Object.assign(broken, { mustGetMany: fail, mustSet: fail })
    t = setup(broken)
    expect((await t.complete(1)).measure.completedLessons).toEqual([1])
    expect((await t.complete(2)).measure.completedLessons).toEqual([1, 2])
    expect(t.enrollmentCalls.count).toBe(2)
    t.enrollments.state.down = true
    await expect(t.complete(3)).rejects.toMatchObject({ statusCode: 503 })
    await expect(t.facts.forgetOutline(COURSE)).rejects.toThrow('cache down')
  })
})

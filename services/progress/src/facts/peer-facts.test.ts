// The cached outline and enrollment facts (peer-facts.ts) on the in-memory cache, counting the
// cache's round trips: no HTTP, no database.
import type { InternalEnrollment } from '@smartcourse/contracts'
import { createFakeCourses, createFakeEnrollments } from '@smartcourse/contracts/testing'
import { type Cache, CacheUnavailableError, createCache } from '@smartcourse/service-kit'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPeerFacts } from './peer-facts.js'

const ENROLLMENT = 41
const COURSE = 9

/** The in-memory cache, counting its `must*` calls; `failing` makes them throw like Redis down. */
function countingCache() {
  const inner = createCache({})
  const calls: string[] = []
  const control = { failing: false }
  const counted = <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) => {
    return async (...args: A) => {
      calls.push(name)
      if (control.failing) throw new CacheUnavailableError()
      return call(...args)
    }
  }
  const cache: Cache = {
    ...inner,
    mustGetMany: counted('mustGetMany', inner.mustGetMany),
    mustSet: counted('mustSet', inner.mustSet),
  }
  return { cache, inner, calls, control }
}

function enrollment(status: InternalEnrollment['status'] = 'active'): InternalEnrollment {
  return { id: ENROLLMENT, student_id: 5, course_id: COURSE, status, completed_at: null }
}

function setup() {
  const counting = countingCache()
  const courses = createFakeCourses()
  const enrollments = createFakeEnrollments()
  enrollments.enrollments.set(ENROLLMENT, enrollment())
  courses.add({ course_id: COURSE, instructor_id: 1 })
  let clock = 0
  const time = {
    advance(ms: number) {
      clock += ms
    },
  }
  const facts = createPeerFacts({
    cache: counting.cache,
    courses: courses.client,
    enrollments: enrollments.client,
    now: () => clock,
  })
  return { ...counting, courses, enrollments, facts, time }
}

let t: ReturnType<typeof setup>
beforeEach(() => {
  t = setup()
})
afterEach(async () => {
  await t.inner.close()
})

describe('peer facts', () => {
  it('answer a warm read from the cache in one round trip', async () => {
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment(), fromCache: false })
    t.calls.length = 0
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment(), fromCache: true })
    expect(await t.facts.outline(COURSE)).toMatchObject({ fromCache: false })
    t.calls.length = 0
    expect(await t.facts.outline(COURSE)).toMatchObject({ value: { course_id: COURSE }, fromCache: true })
    expect(t.calls).toEqual(['mustGetMany'])
    expect({ courses: t.courses.state.calls, enrollments: t.enrollments.state.calls }).toEqual({
      courses: 1,
      enrollments: 1,
    })
  })

  it('remember the course of an enrollment once read, so its outline can be read alongside', async () => {
    expect(t.facts.courseOf(ENROLLMENT)).toBeUndefined()
    await t.facts.enrollment(ENROLLMENT)
    expect(t.facts.courseOf(ENROLLMENT)).toBe(COURSE)
    expect(t.facts.courseOf(ENROLLMENT + 1)).toBeUndefined()
  })

  it('store a copy in one more round trip when the generation is there but the copy is not', async () => {
    await t.facts.enrollment(ENROLLMENT)
    await t.facts.forgetEnrollment(ENROLLMENT)
    t.calls.length = 0
    expect(await t.facts.enrollment(ENROLLMENT)).toMatchObject({ fromCache: false })
    expect(t.calls).toEqual(['mustGetMany', 'mustSet'])
  })

  it('follow an invalidation: the next read asks the owner', async () => {
    await t.facts.enrollment(ENROLLMENT)
    t.enrollments.enrollments.set(ENROLLMENT, enrollment('dropped'))
    await t.facts.forgetEnrollment(ENROLLMENT)
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('dropped'), fromCache: false })
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('dropped'), fromCache: true })
  })

  it('never let a slow reader undo an invalidation that passed it', async () => {
    // The reader fetches the old enrollment; the owner changes it and its event arrives before
    // the reader stores what it fetched.
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const findEnrollment = t.enrollments.client.findEnrollment
    const facts = createPeerFacts({
      cache: t.cache,
      courses: t.courses.client,
      enrollments: {
        ...t.enrollments.client,
        findEnrollment: async (id: number) => {
          const answer = await findEnrollment(id)
          await gate
          return answer
        },
      },
    })
    const slow = facts.enrollment(ENROLLMENT)
    await new Promise((resolve) => setTimeout(resolve, 10))
    t.enrollments.enrollments.set(ENROLLMENT, enrollment('dropped'))
    await t.facts.forgetEnrollment(ENROLLMENT)
    release()
    expect(await slow).toEqual({ value: enrollment('active'), fromCache: false })
    // The stale copy was stored, tagged with the old generation: it is never answered.
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('dropped'), fromCache: false })
  })

  it('give a lost generation a new random one: the copy left behind is not answered', async () => {
    await t.facts.enrollment(ENROLLMENT)
    const key = `progress:facts:enrollment:${ENROLLMENT}:generation`
    const [before] = await t.inner.mustGetMany([key])
    await t.inner.del(key)
    t.enrollments.enrollments.set(ENROLLMENT, enrollment('suspended'))
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('suspended'), fromCache: false })
    const [after] = await t.inner.mustGetMany([key])
    expect(after).toBeTruthy()
    expect(after).not.toBe(before)
  })

  it('ask the owner when the cache fails, and store nothing', async () => {
    await t.facts.enrollment(ENROLLMENT)
    t.control.failing = true
    t.calls.length = 0
    t.enrollments.enrollments.set(ENROLLMENT, enrollment('dropped'))
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('dropped'), fromCache: false })
    expect(t.calls).toEqual(['mustGetMany'])
    t.control.failing = false
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('active'), fromCache: true })
  })

  it('ask the owner when the copy cannot be read', async () => {
    await t.facts.enrollment(ENROLLMENT)
    await t.inner.mustSet(`progress:facts:enrollment:${ENROLLMENT}:copy`, '{not json')
    expect(await t.facts.enrollment(ENROLLMENT)).toMatchObject({ fromCache: false })
    expect(await t.facts.enrollment(ENROLLMENT)).toMatchObject({ fromCache: true })
  })

  it('with `fresh`, ask the owner and keep its answer', async () => {
    await t.facts.enrollment(ENROLLMENT)
    t.enrollments.enrollments.set(ENROLLMENT, enrollment('completed'))
    expect(await t.facts.enrollment(ENROLLMENT, { fresh: true })).toEqual({
      value: enrollment('completed'),
      fromCache: false,
    })
    expect(await t.facts.enrollment(ENROLLMENT)).toEqual({ value: enrollment('completed'), fromCache: true })
  })

  it('never cache not found', async () => {
    expect(await t.facts.outline(404)).toEqual({ value: undefined, fromCache: false })
    expect(await t.facts.outline(404)).toEqual({ value: undefined, fromCache: false })
    expect(t.courses.state.calls).toBe(2)
  })

  it('do not store an answer that took longer than MAX_FILL_MS', async () => {
    const findOutline = t.courses.client.findOutline
    t.courses.client.findOutline = async (id: number) => {
      const answer = await findOutline(id)
      t.time.advance(10_000)
      return answer
    }
    await t.facts.outline(COURSE)
    expect(await t.facts.outline(COURSE)).toMatchObject({ fromCache: false })
    // The only write was the new generation's.
    expect(t.calls.filter((call) => call === 'mustSet')).toHaveLength(1)
    expect(t.courses.state.calls).toBe(2)
  })
})

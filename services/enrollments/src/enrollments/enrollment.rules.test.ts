import { type CourseOutline, EligibilityReasonCode } from '@smartcourse/contracts'
import { describe, expect, it } from 'vitest'
import { decideEnrollment, type EnrollmentFacts, EnrollmentRefusedError } from './enrollment.rules.js'

const NOW = new Date('2026-06-01T12:00:00Z')

function outline(overrides: Partial<CourseOutline> = {}): CourseOutline {
  return {
    course_id: 7,
    status: 'published',
    instructor_id: 1,
    title: 'Course',
    price: '0.00',
    max_students: null,
    modules: [],
    lessons: [],
    ...overrides,
  }
}

function facts(overrides: Partial<EnrollmentFacts> = {}): EnrollmentFacts {
  return {
    outline: outline(),
    studentId: 2,
    now: NOW,
    completedCourseIds: new Set(),
    seatsTaken: 0,
    waitlisted: 0,
    checkout: false,
    ...overrides,
  }
}

const codes = (f: EnrollmentFacts) => decideEnrollment(f).reasons.map((r) => r.code)

describe('decideEnrollment', () => {
  it('lets a student into an open free course as active, or pending_payment when it goes to checkout', () => {
    expect(decideEnrollment(facts())).toEqual({ reasons: [], enrollsAs: 'active' })
    expect(decideEnrollment(facts({ checkout: true })).enrollsAs).toBe('pending_payment')
  })

  it('gives every reason that applies at once, in a fixed order', () => {
    const all = facts({
      outline: outline({
        status: 'draft',
        instructor_id: 2,
        max_students: 1,
        enrollment_start: '2026-07-01T00:00:00Z',
        enrollment_end: '2026-05-01T00:00:00Z',
        prerequisite_course_ids: [3, 4],
      }),
      existingStatus: 'active',
      seatsTaken: 1,
      completedCourseIds: new Set([3]),
    })
    // Every code the contract names, in the contract's order.
    expect(codes(all)).toEqual(EligibilityReasonCode.enum)
    expect(decideEnrollment(all).reasons.at(-1)).toMatchObject({ missing_course_ids: [4] })
    expect(decideEnrollment(all).enrollsAs).toBeNull()
  })

  it('treats the window as [start, end): open at its start, closed at its end', () => {
    const window = { enrollment_start: NOW.toISOString(), enrollment_end: '2026-06-02T00:00:00Z' }
    expect(codes(facts({ outline: outline(window) }))).toEqual([])
    expect(codes(facts({ outline: outline(window), now: new Date(NOW.getTime() - 1) }))).toEqual([
      'ENROLLMENT_NOT_OPEN',
    ])
    expect(codes(facts({ outline: outline(window), now: new Date('2026-06-02T00:00:00Z') }))).toEqual([
      'ENROLLMENT_CLOSED',
    ])
  })

  it('counts a dropped enrollment as none, and a waitlisted one as already enrolled', () => {
    expect(codes(facts({ existingStatus: 'dropped' }))).toEqual([])
    expect(codes(facts({ existingStatus: 'waitlisted' }))).toEqual(['ALREADY_ENROLLED'])
  })

  it('waitlists instead of COURSE_FULL when the free course has a waitlist, and while anyone waits', () => {
    const capped = outline({ max_students: 2, waitlist_enabled: true })
    expect(decideEnrollment(facts({ outline: capped, seatsTaken: 2 }))).toEqual({
      reasons: [],
      enrollsAs: 'waitlisted',
    })
    // A seat is free but someone is already waiting: the newcomer queues behind them.
    expect(decideEnrollment(facts({ outline: capped, seatsTaken: 1, waitlisted: 1 })).enrollsAs).toBe(
      'waitlisted',
    )
    expect(decideEnrollment(facts({ outline: capped, seatsTaken: 1 })).enrollsAs).toBe('active')
    // A paid course never waitlists.
    const paid = outline({ max_students: 2, waitlist_enabled: true, price: '10.00' })
    expect(codes(facts({ outline: paid, seatsTaken: 2, checkout: true }))).toEqual(['COURSE_FULL'])
  })

  it('needs every prerequisite completed', () => {
    const needs = outline({ prerequisite_course_ids: [3, 4] })
    expect(codes(facts({ outline: needs, completedCourseIds: new Set([3, 4]) }))).toEqual([])
    expect(decideEnrollment(facts({ outline: needs })).reasons).toEqual([
      { code: 'PREREQUISITES_NOT_MET', message: expect.any(String), missing_course_ids: [3, 4] },
    ])
  })
})

describe('EnrollmentRefusedError', () => {
  it('answers the first reason as a 409 with every reason in details', () => {
    const reasons = decideEnrollment(
      facts({ outline: outline({ status: 'archived', prerequisite_course_ids: [9] }) }),
    ).reasons
    const error = new EnrollmentRefusedError(reasons)
    expect(error.statusCode).toBe(409)
    expect(error.code).toBe('COURSE_NOT_PUBLISHED')
    expect(error.details).toEqual({ reasons, missing_course_ids: [9] })
  })
})

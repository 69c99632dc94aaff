// The rules of enrolling and changing status against in-memory storage and peers: no HTTP, no
// database. The API tests in test/ check the same rules through the routes and real SQL.
import type { CourseOutline, EventPayloads } from '@smartcourse/contracts'
import { createFakeCourses } from '@smartcourse/contracts/testing'
import type { Actor, Database, Outbox } from '@smartcourse/service-kit'
import { nextId } from '@smartcourse/service-kit/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import { createFakeEnrollmentStorage } from '../../test/enrollment-storage.fake.js'
import type { PaymentProvider } from '../payments/payment-provider.js'
import { createEnrollmentService } from './enrollment.service.js'

const NOW = new Date('2026-03-01T10:00:00Z')

function setUp() {
  const storage = createFakeEnrollmentStorage()
  const courses = createFakeCourses()
  const published: { type: string; payload: unknown }[] = []
  const outbox = {
    async publish(_executor: unknown, type: string, payload: unknown) {
      published.push({ type, payload })
    },
    async nudge() {},
  } as unknown as Outbox<EventPayloads>
  const checkouts: string[] = []
  const provider = {
    name: 'test',
    async createCheckout() {
      const sessionId = `cs_${checkouts.length + 1}`
      checkouts.push(sessionId)
      return { sessionId, url: `http://pay.test/${sessionId}` }
    },
    async refund() {},
  } as unknown as PaymentProvider
  const service = createEnrollmentService({
    db: {} as Database, // never used: `storage` replaces the tables
    storage: storage.storage,
    courses: courses.client,
    clock: { now: () => NOW },
    outbox,
    inbox: {} as never,
    payments: { provider, currency: 'usd', holdMinutes: 30, refundWindowDays: 14 },
  })

  function course(overrides: Partial<CourseOutline> = {}): CourseOutline {
    const outline: CourseOutline = {
      course_id: nextId(),
      status: 'published',
      instructor_id: nextId(),
      title: 'Testing',
      price: '0.00',
      max_students: null,
      modules: [],
      lessons: [],
      ...overrides,
    }
    courses.outlines.set(outline.course_id, outline)
    return outline
  }
  const person = (role: Actor['role'] = 'student', id = nextId()): Actor => ({ id, role }) as Actor

  return { service, storage, course, person, published, checkouts }
}

let t: ReturnType<typeof setUp>
beforeEach(() => {
  t = setUp()
})

describe('enroll', () => {
  it('enrolls a student in a free course: active, one history row, enrollment.activated published', async () => {
    const outline = t.course()
    const student = t.person()
    const { enrollment, created } = await t.service.enroll(student, { course_id: outline.course_id })
    expect(created).toBe(true)
    expect(enrollment).toMatchObject({ studentId: student.id, status: 'active', courseTitle: 'Testing' })
    expect(t.storage.historyOf(enrollment.id)).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'active',
        reason: 'Enrolled',
        changedBy: student.id,
      }),
    ])
    expect(t.published.map((event) => event.type)).toEqual(['enrollment.activated'])
  })

  it('refuses a second enrollment in the same course (ALREADY_ENROLLED) and writes nothing', async () => {
    const outline = t.course()
    const student = t.person()
    const first = await t.service.enroll(student, { course_id: outline.course_id })
    await expect(t.service.enroll(student, { course_id: outline.course_id })).rejects.toMatchObject({
      code: 'ALREADY_ENROLLED',
    })
    expect(t.storage.historyOf(first.enrollment.id)).toHaveLength(1)
  })

  it('fills a capped course, then puts the next student on the waitlist in order', async () => {
    const outline = t.course({ max_students: 1, waitlist_enabled: true })
    const seated = await t.service.enroll(t.person(), { course_id: outline.course_id })
    const second = await t.service.enroll(t.person(), { course_id: outline.course_id })
    const third = await t.service.enroll(t.person(), { course_id: outline.course_id })
    expect(seated.enrollment.status).toBe('active')
    expect(second.enrollment).toMatchObject({ status: 'waitlisted', waitlistNumber: 1 })
    expect(third.enrollment).toMatchObject({ status: 'waitlisted', waitlistNumber: 2 })
    expect(t.storage.historyOf(second.enrollment.id)[0]).toMatchObject({
      toStatus: 'waitlisted',
      reason: 'Course full; on the waitlist',
    })
    expect(t.published.map((event) => event.type)).toEqual(['enrollment.activated'])
  })

  it('refuses a full course without a waitlist (COURSE_FULL) and creates nothing', async () => {
    const outline = t.course({ max_students: 1 })
    await t.service.enroll(t.person(), { course_id: outline.course_id })
    const late = t.person()
    await expect(t.service.enroll(late, { course_id: outline.course_id })).rejects.toMatchObject({
      code: 'COURSE_FULL',
    })
    expect(t.storage.row(2)).toBeUndefined()
  })

  it('holds a seat of a paid course for payment and opens a checkout; nothing is activated', async () => {
    const outline = t.course({ price: '49.00' })
    const { enrollment } = await t.service.enroll(t.person(), { course_id: outline.course_id })
    expect(enrollment).toMatchObject({
      status: 'pending_payment',
      paymentStatus: 'pending',
      paymentAmount: '49.00',
      checkoutSessionId: 'cs_1',
      holdExpiresAt: new Date(NOW.getTime() + 30 * 60_000),
    })
    expect(t.storage.historyOf(enrollment.id)[0]).toMatchObject({ reason: 'Awaiting payment' })
    expect(t.published).toEqual([])
  })

  it('refuses payment fields from a student: a paid course is paid at checkout', async () => {
    const outline = t.course({ price: '49.00' })
    await expect(
      t.service.enroll(t.person(), { course_id: outline.course_id, payment_id: 'pay_1' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_ERROR' })
    expect(t.checkouts).toEqual([])
  })

  it('lets an admin grant a paid course with a payment id: active at once', async () => {
    const outline = t.course({ price: '49.00' })
    const student = t.person()
    const { enrollment } = await t.service.enroll(t.person('admin'), {
      course_id: outline.course_id,
      student_id: student.id,
      payment_id: 'manual-1',
    })
    expect(enrollment).toMatchObject({ studentId: student.id, status: 'active' })
    expect(t.storage.historyOf(enrollment.id)[0]).toMatchObject({ reason: 'Granted by admin' })
    expect(t.checkouts).toEqual([])
  })

  it('re-enrolls a dropped student in the same row (created false), history from dropped', async () => {
    const outline = t.course()
    const student = t.person()
    const first = await t.service.enroll(student, { course_id: outline.course_id })
    await t.service.drop(student, first.enrollment.id)
    const again = await t.service.enroll(student, { course_id: outline.course_id })
    expect(again).toMatchObject({ created: false, enrollment: { id: first.enrollment.id, status: 'active' } })
    expect(t.storage.historyOf(first.enrollment.id).map((h) => [h.fromStatus, h.toStatus, h.reason])).toEqual(
      [
        [null, 'active', 'Enrolled'],
        ['active', 'dropped', null],
        ['dropped', 'active', 'Re-enrolled'],
      ],
    )
  })
})

describe('changeStatus', () => {
  async function enrolled(overrides: Partial<CourseOutline> = {}) {
    const outline = t.course(overrides)
    const student = t.person()
    const { enrollment } = await t.service.enroll(student, { course_id: outline.course_id })
    const instructor = t.person('instructor', outline.instructor_id)
    return { outline, student, instructor, enrollment }
  }

  it("lets the course's instructor suspend and reactivate, each with a history row", async () => {
    const { instructor, enrollment } = await enrolled()
    await t.service.changeStatus(instructor, enrollment.id, { status: 'suspended', reason: 'Spam' })
    const back = await t.service.changeStatus(instructor, enrollment.id, { status: 'active' })
    expect(back.status).toBe('active')
    expect(t.storage.historyOf(enrollment.id).slice(1)).toEqual([
      expect.objectContaining({
        fromStatus: 'active',
        toStatus: 'suspended',
        reason: 'Spam',
        changedBy: instructor.id,
      }),
      expect.objectContaining({ fromStatus: 'suspended', toStatus: 'active', reason: null }),
    ])
  })

  it('lets an admin change any enrollment; the student and other instructors get 403', async () => {
    const { student, enrollment } = await enrolled()
    for (const actor of [student, t.person('instructor')])
      await expect(
        t.service.changeStatus(actor, enrollment.id, { status: 'suspended' }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    const changed = await t.service.changeStatus(t.person('admin'), enrollment.id, { status: 'suspended' })
    expect(changed.status).toBe('suspended')
  })

  it('answers the row unchanged and records nothing when the status is already the target', async () => {
    const { instructor, enrollment } = await enrolled()
    const same = await t.service.changeStatus(instructor, enrollment.id, { status: 'active' })
    expect(same.status).toBe('active')
    expect(t.storage.historyOf(enrollment.id)).toHaveLength(1)
  })

  it('dropping frees the seat for the head of the waitlist, who is promoted', async () => {
    const { instructor, enrollment, outline } = await enrolled({ max_students: 1, waitlist_enabled: true })
    const waiting = await t.service.enroll(t.person(), { course_id: outline.course_id })
    await t.service.changeStatus(instructor, enrollment.id, { status: 'dropped' })
    expect(t.storage.row(enrollment.id)).toMatchObject({ status: 'dropped', droppedAt: NOW })
    expect(t.storage.row(waiting.enrollment.id)).toMatchObject({ status: 'active', waitlistNumber: null })
    expect(t.storage.historyOf(waiting.enrollment.id).at(-1)).toMatchObject({
      fromStatus: 'waitlisted',
      toStatus: 'active',
    })
    // The dropped and the promoted enrollment each announce their new status to progress-service.
    expect(t.published.map((event) => event.type)).toEqual([
      'enrollment.activated',
      'enrollment.status_changed',
      'enrollment.status_changed',
      'enrollment.promoted',
    ])
  })

  it('refuses to reactivate into a full course (COURSE_FULL) and changes nothing', async () => {
    const { instructor, enrollment, outline } = await enrolled({ max_students: 1 })
    await t.service.changeStatus(instructor, enrollment.id, { status: 'suspended' })
    await t.service.enroll(t.person(), { course_id: outline.course_id })
    await expect(
      t.service.changeStatus(instructor, enrollment.id, { status: 'active' }),
    ).rejects.toMatchObject({
      code: 'COURSE_FULL',
    })
    expect(t.storage.row(enrollment.id)?.status).toBe('suspended')
  })

  it('refuses anything but dropping while payment is pending, and suspending a waitlisted one', async () => {
    const paid = t.course({ price: '10.00' })
    const instructor = t.person('instructor', paid.instructor_id)
    const { enrollment: pending } = await t.service.enroll(t.person(), { course_id: paid.course_id })
    await expect(t.service.changeStatus(instructor, pending.id, { status: 'active' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    const capped = await enrolled({ max_students: 1, waitlist_enabled: true })
    const { enrollment: waiting } = await t.service.enroll(t.person(), {
      course_id: capped.outline.course_id,
    })
    await expect(
      t.service.changeStatus(capped.instructor, waiting.id, { status: 'suspended' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(t.storage.row(waiting.id)?.status).toBe('waitlisted')
  })
})

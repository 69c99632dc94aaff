import { publishActivation } from './activation-event.js'
import {
  CourseCapacityChangedPayload,
  type CourseOutline,
  type CoursesClient,
  type Eligibility,
  EventTypes,
  type EnrollmentCompletedPayload,
  ProgressUpdatedPayload,
  UserDeletedPayload,
} from '@smartcourse/contracts'
import {
  type Actor,
  type Clock,
  type createEventInbox,
  type Database,
  type EventEnvelope,
  ForbiddenError,
  isAdmin,
  NotFoundError,
  type Outbox,
  ServiceUnavailableError,
  toMoney,
  ValidationError,
} from '@smartcourse/service-kit'
import type { Static, TSchema } from 'typebox'
import { Value } from 'typebox/value'
import type { EnrollmentRow, EnrollmentStatus } from '../db/tables.js'
import type { PaymentProvider } from '../payments/payment-provider.js'
import {
  PAYMENT_NOT_COMPLETED_REASON as PAYMENT_NOT_COMPLETED,
  releaseHold,
} from '../payments/payment.service.js'
import {
  AlreadyEnrolledError,
  CourseFullError,
  EnrollmentCompletedError,
  PaymentPendingError,
  WaitlistedError,
} from './enrollment.errors.js'
import {
  createEnrollmentRepository,
  type EnrollmentChanges,
  type EnrollmentRepository,
  inTransaction,
  SEAT_HOLDING_STATUSES,
} from './enrollment.repository.js'
import { decideEnrollment, EnrollmentRefusedError } from './enrollment.rules.js'
import type { EnrollmentCreateBody, EnrollmentStatusBody } from './enrollment.schemas.js'
import { fillFreedSeats, promoteWaitlisted } from './waitlist.js'

export interface EnrollmentServiceDeps {
  db: Database
  courses: CoursesClient
  clock: Clock
  outbox: Outbox
  inbox: ReturnType<typeof createEventInbox>
  payments: {
    provider: PaymentProvider
    currency: string
    holdMinutes: number
    refundWindowDays: number
  }
}

/** A paid enrollment dropped before this much of the course is done may be refunded. */
export const REFUND_MAX_COMPLETION = 30

interface PageRequest<S> {
  page: number
  page_size: number
  status?: S
}

const isPaid = (price: string) => Number(price) > 0

/**
 * The payment fields of an enrollment that needs no checkout: none for a free course, or an
 * admin's grant by hand (a school with its own billing) recorded as `manual`.
 */
export function paymentFor(
  price: string,
  input: Pick<EnrollmentCreateBody, 'payment_amount' | 'payment_id'>,
  now: Date,
) {
  if (!isPaid(price) || !input.payment_id) {
    return { paymentStatus: null, paymentAmount: null, paymentId: null, paymentProvider: null, paidAt: null }
  }
  return {
    paymentStatus: 'completed' as const,
    paymentAmount: toMoney(input.payment_amount ?? price),
    paymentId: input.payment_id,
    paymentProvider: 'manual',
    paidAt: now,
  }
}

/** The history reason of enrollments dropped because their student's account was deleted. */
export const ACCOUNT_DELETED_REASON = 'Account deleted'

/** The event's payload, checked against its contract schema (422 VALIDATION_ERROR otherwise). */
function checkPayload<S extends TSchema>(schema: S, event: EventEnvelope): Static<S> {
  if (!Value.Check(schema, event.payload)) {
    throw new ValidationError(
      `Invalid ${event.type} payload`,
      [...Value.Errors(schema, event.payload)].map((e) => e.message),
    )
  }
  return event.payload
}

const holdsSeat = (status: EnrollmentStatus | undefined) =>
  status !== undefined && SEAT_HOLDING_STATUSES.includes(status)

/** Whether moving from `from` to `to` takes one of the course's seats. */
export function takesSeat(from: EnrollmentStatus | undefined, to: EnrollmentStatus) {
  return !holdsSeat(from) && holdsSeat(to)
}

/** Whether moving from `from` to `to` gives one of the course's seats back (to the waitlist). */
export function freesSeat(from: EnrollmentStatus, to: EnrollmentStatus) {
  return holdsSeat(from) && !holdsSeat(to)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The rules of enrolling, dropping, changing status and applying progress. */
export function createEnrollmentService(deps: EnrollmentServiceDeps) {
  const { db, courses, clock, outbox, inbox, payments } = deps
  const repository = createEnrollmentRepository(db)

  async function getEnrollment(id: number) {
    const row = await repository.findById(id)
    if (!row) throw new NotFoundError(`Enrollment ${id} not found`)
    return row
  }

  async function isCourseInstructor(actor: Actor, courseId: number) {
    if (actor.role !== 'instructor') return false
    const outline = await courses.findOutline(courseId)
    return outline?.instructor_id === actor.id
  }

  /** The enrollment, if the actor is its student, the course's instructor or an admin. */
  async function getVisible(actor: Actor, id: number) {
    const row = await getEnrollment(id)
    if (isAdmin(actor) || row.studentId === actor.id || (await isCourseInstructor(actor, row.courseId))) {
      return row
    }
    throw new ForbiddenError('You may not see this enrollment')
  }

  async function assertSeatFree(tx: EnrollmentRepository, outline: CourseOutline) {
    if (outline.max_students === null) return
    const taken = await tx.countSeatsTaken(outline.course_id)
    if (taken >= outline.max_students) throw new CourseFullError(outline.course_id)
  }

  /** Who the enrollment is for: the caller, or (admins only) the student named in the body. */
  function enrollee(actor: Actor, input: EnrollmentCreateBody) {
    if (!isAdmin(actor)) {
      const fields = (['student_id', 'payment_id', 'payment_amount'] as const).filter(
        (field) => input[field] !== undefined && input[field] !== null,
      )
      if (fields.length > 0) {
        throw new ValidationError('Only an admin may set these fields; paid courses are paid at checkout', {
          fields,
        })
      }
    }
    return input.student_id ?? actor.id
  }

  /** The facts the rules need, read in `tx` (under the seat lock when enrolling). */
  async function factsFor(
    tx: EnrollmentRepository,
    outline: CourseOutline,
    studentId: number,
    now: Date,
    checkout: boolean,
  ) {
    const capped = outline.max_students !== null
    const [existing, completedCourseIds, seatsTaken, waitlisted] = await Promise.all([
      tx.findByStudentAndCourse(studentId, outline.course_id),
      tx.completedCourseIds(studentId, outline.prerequisite_course_ids ?? []),
      capped ? tx.countSeatsTaken(outline.course_id) : 0,
      capped ? tx.countWaitlisted(outline.course_id) : 0,
    ])
    const facts = {
      outline,
      studentId,
      now,
      existingStatus: existing?.status,
      completedCourseIds,
      seatsTaken,
      waitlisted,
      checkout,
    }
    return { existing, decision: decideEnrollment(facts) }
  }

  /** GET /courses/{id}/eligibility (through course-service): the rules of enroll, without enrolling. */
  async function eligibility(studentId: number, courseId: number): Promise<Eligibility> {
    const outline = await courses.getOutline(courseId)
    const checkout = isPaid(outline.price)
    const { existing, decision } = await factsFor(repository, outline, studentId, clock.now(), checkout)
    const positions = existing ? await repository.waitlistPositions([existing]) : new Map<number, number>()
    return {
      can_enroll: decision.reasons.length === 0,
      reasons: decision.reasons,
      waitlist_position: existing ? (positions.get(existing.id) ?? null) : null,
      enrolls_as: decision.enrollsAs,
    }
  }

  async function enroll(actor: Actor, input: EnrollmentCreateBody) {
    const studentId = enrollee(actor, input)
    const outline = await courses.getOutline(input.course_id)
    const now = clock.now()
    const checkout = isPaid(outline.price) && !input.payment_id
    const payment = checkout
      ? {
          paymentStatus: 'pending' as const,
          paymentAmount: toMoney(outline.price),
          paymentId: null,
          paymentProvider: payments.provider.name,
          paidAt: null,
          paymentIssue: null,
          holdExpiresAt: new Date(now.getTime() + payments.holdMinutes * 60_000),
        }
      : paymentFor(outline.price, input, now)
    const result = await inTransaction(db, async (tx) => {
      // Capped courses: one enrollment at a time per course, so the seat count below stays true;
      // seats freed meanwhile (expired holds, a cap raised) go to the waitlist first.
      if (outline.max_students !== null) {
        await tx.lockCourseSeats(outline.course_id, outline.max_students)
        for (const held of await tx.listExpiredHolds(now, outline.course_id)) await releaseHold(tx, held, now)
        await promoteWaitlisted(tx, outbox, outline.course_id, outline.max_students, clock.now())
      }
      const { existing, decision } = await factsFor(tx, outline, studentId, now, checkout)
      if (decision.enrollsAs === null) throw new EnrollmentRefusedError(decision.reasons)
      const status: EnrollmentStatus = decision.enrollsAs
      const waitlisted = status === 'waitlisted'
      const waitlistNumber = waitlisted ? await tx.nextWaitlistNumber(outline.course_id) : null
      const reason = waitlisted
        ? 'Course full; on the waitlist'
        : checkout
          ? 'Awaiting payment'
          : input.payment_id && isPaid(outline.price)
            ? 'Granted by admin'
            : undefined
      if (existing) {
        const keepPayment = existing.paymentStatus === 'completed' && !waitlisted
        const reactivated = await tx.update(
          existing.id,
          {
            status: keepPayment ? 'active' : status,
            droppedAt: null,
            courseTitle: outline.title,
            updatedAt: now,
            checkoutSessionId: null,
            checkoutUrl: null,
            waitlistNumber,
            ...(keepPayment ? {} : payment),
          },
          'dropped',
        )
        if (!reactivated) throw new AlreadyEnrolledError(outline.course_id)
        await tx.addHistory({
          enrollmentId: existing.id,
          fromStatus: 'dropped',
          toStatus: reactivated.status,
          reason: keepPayment ? 'Re-enrolled' : (reason ?? 'Re-enrolled'),
          changedBy: actor.id,
          changedAt: now,
        })
        if (reactivated.status === 'active') await publishActivation(outbox, tx, reactivated, now)
        return { enrollment: reactivated, created: false }
      }
      const created = await tx.insert({
        studentId,
        courseId: outline.course_id,
        courseTitle: outline.title,
        status,
        enrolledAt: now,
        enrollmentSource: input.enrollment_source ?? 'web',
        waitlistNumber,
        createdAt: now,
        updatedAt: now,
        ...payment,
      })
      if (!created) throw new AlreadyEnrolledError(outline.course_id)
      await tx.addHistory({
        enrollmentId: created.id,
        fromStatus: null,
        toStatus: status,
        reason: reason ?? 'Enrolled',
        changedBy: actor.id,
        changedAt: now,
      })
      if (created.status === 'active') await publishActivation(outbox, tx, created, now)
      return { enrollment: created, created: true }
    })
    if (result.enrollment.status === 'active') void outbox.nudge()
    if (result.enrollment.status !== 'pending_payment') return result
    return { ...result, enrollment: await startCheckout(result.enrollment, outline.title) }
  }

  /** Opens the provider's checkout for a fresh hold; without one, the hold is given back (503). */
  async function startCheckout(row: EnrollmentRow, courseTitle: string) {
    let session: { sessionId: string; url: string }
    try {
      session = await payments.provider.createCheckout({
        enrollmentId: row.id,
        courseTitle,
        amount: row.paymentAmount!,
        currency: payments.currency,
        expiresAt: row.holdExpiresAt!,
      })
    } catch (error) {
      await inTransaction(db, async (tx) => {
        const seats = await tx.lockKnownCourseSeats(row.courseId)
        const current = await tx.findById(row.id, { forUpdate: true })
        if (current?.status === 'pending_payment' && (await releaseHold(tx, current, clock.now()))) {
          await fillFreedSeats(tx, outbox, seats, clock.now())
        }
      })
      throw new ServiceUnavailableError(`The payment provider is unavailable: ${(error as Error).message}`)
    }
    const updated = await repository.update(
      row.id,
      { checkoutSessionId: session.sessionId, checkoutUrl: session.url },
      'pending_payment',
    )
    if (!updated) throw new ServiceUnavailableError('The seat hold ended before checkout could start')
    return updated
  }

  /** Whether dropping this enrollment now gives the money back (the rule change of issue 12). */
  function refundable(row: EnrollmentRow, now: Date) {
    return (
      row.paymentStatus === 'completed' &&
      row.paymentProvider === payments.provider.name &&
      row.paymentId !== null &&
      row.paidAt !== null &&
      now.getTime() - row.paidAt.getTime() <= payments.refundWindowDays * DAY_MS &&
      Number(row.completionPercentage) < REFUND_MAX_COMPLETION
    )
  }

  async function drop(actor: Actor, id: number) {
    const row = await getEnrollment(id)
    if (!isAdmin(actor) && row.studentId !== actor.id) {
      throw new ForbiddenError('Only the student or an admin may drop this enrollment')
    }
    const now = clock.now()
    const refund = row.status !== 'completed' && row.status !== 'dropped' && refundable(row, now)
    // The provider is asked first (one idempotency key per payment, so repeats never refund
    // twice); should the write below then fail, the provider's refund webhook drops it.
    if (refund) {
      try {
        await payments.provider.refund(row.paymentId!, `refund-${row.id}-${row.paymentId}`)
      } catch (error) {
        throw new ServiceUnavailableError(`The payment provider is unavailable: ${(error as Error).message}`)
      }
    }
    return inTransaction(db, async (tx) => {
      // The course's seat row first, then the enrollment: the lock order of every path.
      const seats = await tx.lockKnownCourseSeats(row.courseId)
      const current = (await tx.findById(id, { forUpdate: true }))!
      if (current.status === 'completed') throw new EnrollmentCompletedError(id)
      if (current.status === 'dropped') return { dropped: false, refunded: false }
      await tx.update(id, {
        status: 'dropped',
        droppedAt: now,
        updatedAt: now,
        holdExpiresAt: null,
        checkoutUrl: null,
        waitlistNumber: null,
        ...(refund ? { paymentStatus: 'refunded' as const } : {}),
      })
      await tx.addHistory({
        enrollmentId: id,
        fromStatus: current.status,
        toStatus: 'dropped',
        reason: refund
          ? 'Dropped; payment refunded'
          : current.status === 'pending_payment'
            ? PAYMENT_NOT_COMPLETED
            : current.status === 'waitlisted'
              ? 'Left the waitlist'
              : null,
        changedBy: actor.id,
        changedAt: now,
      })
      if (freesSeat(current.status, 'dropped')) await fillFreedSeats(tx, outbox, seats, clock.now())
      return { dropped: true, refunded: refund }
    })
  }

  async function changeStatus(actor: Actor, id: number, input: EnrollmentStatusBody) {
    const row = await getEnrollment(id)
    // Read the course before the transaction: no peer call may happen inside one.
    const outline = await courses.findOutline(row.courseId)
    if (!isAdmin(actor) && outline?.instructor_id !== actor.id) {
      throw new ForbiddenError("Only the course's instructor or an admin may change this enrollment")
    }
    const target = input.status
    const now = clock.now()
    return inTransaction(db, async (tx) => {
      const capped = outline !== undefined && outline.max_students !== null
      const seats = capped
        ? await tx.lockCourseSeats(row.courseId, outline.max_students)
        : await tx.lockKnownCourseSeats(row.courseId)
      const current = (await tx.findById(id, { forUpdate: true }))!
      if (current.status === 'completed') throw new EnrollmentCompletedError(id)
      if (current.status === target) return current
      if (current.status === 'pending_payment' && target !== 'dropped') throw new PaymentPendingError(id)
      if (current.status === 'waitlisted' && target === 'suspended') throw new WaitlistedError(id)
      if (capped && takesSeat(current.status, target)) await assertSeatFree(tx, outline)
      const changes: EnrollmentChanges = { status: target, updatedAt: now, waitlistNumber: null }
      if (target === 'dropped')
        Object.assign(changes, { droppedAt: now, holdExpiresAt: null, checkoutUrl: null })
      else if (current.status === 'dropped') changes.droppedAt = null
      const updated = (await tx.update(id, changes))!
      await tx.addHistory({
        enrollmentId: id,
        fromStatus: current.status,
        toStatus: target,
        reason: input.reason ?? null,
        changedBy: actor.id,
        changedAt: now,
      })
      if (freesSeat(current.status, target)) await fillFreedSeats(tx, outbox, seats, clock.now())
      return updated
    })
  }

  /** Current course titles from course-service; a course it cannot answer for keeps no entry. */
  async function currentTitles(courseIds: number[]) {
    const titles = new Map<number, string>()
    await Promise.all(
      [...new Set(courseIds)].map(async (courseId) => {
        const outline = await courses.findOutline(courseId).catch(() => undefined)
        if (outline) titles.set(courseId, outline.title)
      }),
    )
    return titles
  }

  /**
   * The student's enrollments with each course's current title; the title stored at enroll
   * time stands in only when course-service cannot answer, so the list never fails for it.
   */
  async function listMine(actor: Actor, query: PageRequest<EnrollmentStatus>) {
    const { rows, total } = await repository.listByStudent(
      actor.id,
      query.status,
      query.page,
      query.page_size,
    )
    const titles = await currentTitles(rows.map((row) => row.courseId))
    return {
      rows: rows.map((row) => ({ ...row, courseTitle: titles.get(row.courseId) ?? row.courseTitle })),
      total,
    }
  }

  async function listRoster(actor: Actor, query: PageRequest<EnrollmentStatus> & { course_id: number }) {
    if (!isAdmin(actor)) {
      const outline = await courses.getOutline(query.course_id)
      if (outline.instructor_id !== actor.id) {
        throw new ForbiddenError("Only the course's instructor or an admin may see its roster")
      }
    }
    return repository.listByCourse(query.course_id, query.status, query.page, query.page_size)
  }

  async function history(actor: Actor, id: number) {
    await getVisible(actor, id)
    return repository.listHistory(id)
  }

  /**
   * Applies a progress.updated event once: newer versions move completion_percentage and
   * last_accessed_at; reaching 100 % completes an active enrollment exactly once and publishes
   * enrollment.completed in the same transaction.
   */
  async function recordProgress(event: EventEnvelope) {
    const payload = checkPayload(ProgressUpdatedPayload, event)
    let completed: EnrollmentRow | undefined
    const applied = await inbox.runOnce(event, async (executor) => {
      const tx = createEnrollmentRepository(executor)
      const row = await tx.findById(payload.enrollment_id, { forUpdate: true })
      if (!row || payload.version <= row.progressVersion) return
      const now = clock.now()
      const lastAccessedAt = new Date(payload.last_accessed_at)
      const changes: EnrollmentChanges = {
        progressVersion: payload.version,
        lastAccessedAt,
        startedAt: row.startedAt ?? lastAccessedAt,
        updatedAt: now,
      }
      // A completed enrollment keeps its 100 %, even if the course grows later.
      if (row.status !== 'completed') changes.completionPercentage = payload.completion_percentage.toFixed(2)
      await tx.update(row.id, changes)
      if (payload.completion_percentage < 100) return
      completed = await tx.update(row.id, { status: 'completed', completedAt: now, updatedAt: now }, 'active')
      if (!completed) return
      await tx.addHistory({
        enrollmentId: row.id,
        fromStatus: 'active',
        toStatus: 'completed',
        reason: 'All mandatory lessons completed',
        changedBy: null,
        changedAt: now,
      })
      const completion: EnrollmentCompletedPayload = {
        enrollment_id: row.id,
        student_id: row.studentId,
        course_id: row.courseId,
        completed_at: now.toISOString(),
      }
      await outbox.publish(executor, EventTypes.enrollmentCompleted, completion)
    })
    if (completed) void outbox.nudge()
    return applied
  }

  /**
   * Applies a user.deleted event once: every active, suspended, pending or waitlisted enrollment
   * of that student is dropped with a history entry by the system, and each freed seat goes to
   * its course's waitlist in the same transaction. Completed enrollments stay completed, so
   * their certificates remain valid.
   */
  async function dropDeletedStudent(event: EventEnvelope) {
    const payload = checkPayload(UserDeletedPayload, event)
    const statuses: EnrollmentStatus[] = ['active', 'suspended', 'pending_payment', 'waitlisted']
    return inbox.runOnce(event, async (executor) => {
      const tx = createEnrollmentRepository(executor)
      // Seat rows first (ascending course id), then the enrollments: the lock order of every path.
      const courseIds = await tx.courseIdsOfStudent(payload.user_id, statuses)
      const seats = []
      for (const courseId of courseIds) {
        seats.push(await tx.lockKnownCourseSeats(courseId))
      }
      const held = await tx.listByStudentForUpdate(payload.user_id, statuses)
      const now = clock.now()
      for (const row of held) {
        await tx.update(
          row.id,
          { status: 'dropped', droppedAt: now, updatedAt: now, waitlistNumber: null },
          row.status,
        )
        await tx.addHistory({
          enrollmentId: row.id,
          fromStatus: row.status,
          toStatus: 'dropped',
          reason: ACCOUNT_DELETED_REASON,
          changedBy: null,
          changedAt: now,
        })
      }
      for (const seat of seats) await fillFreedSeats(tx, outbox, seat, clock.now())
    })
  }

  /**
   * Applies course.capacity_changed once: with the course's current cap (read from course-service
   * first, so events arriving out of order still end right), waitlisted students are promoted
   * into every seat the new cap opens.
   */
  async function applyCapacityChange(event: EventEnvelope) {
    const payload = checkPayload(CourseCapacityChangedPayload, event)
    const outline = await courses.findOutline(payload.course_id)
    return inbox.runOnce(event, async (executor) => {
      if (!outline) return
      const tx = createEnrollmentRepository(executor)
      await tx.lockCourseSeats(outline.course_id, outline.max_students)
      await promoteWaitlisted(tx, outbox, outline.course_id, outline.max_students, clock.now())
    })
  }

  /** The rows with their waitlist positions (null unless waitlisted), for the responses. */
  async function withPositions<R extends EnrollmentRow>(rows: R[]) {
    const positions = await repository.waitlistPositions(rows)
    return rows.map((row) => ({ ...row, waitlistPosition: positions.get(row.id) ?? null }))
  }

  return {
    enroll,
    eligibility,
    applyCapacityChange,
    withPositions,
    drop,
    changeStatus,
    listMine,
    listRoster,
    history,
    get: getVisible,
    recordProgress,
    dropDeletedStudent,
    findById: (id: number) => repository.findById(id),
    findByStudentAndCourse: (studentId: number, courseId: number) =>
      repository.findByStudentAndCourse(studentId, courseId),
  }
}

export type EnrollmentService = ReturnType<typeof createEnrollmentService>

import { toMoney } from '@smartcourse/contracts'
import type { CourseOutline, CoursesClient, EventPayloads } from '@smartcourse/contracts'
import {
  type Actor,
  type Clock,
  type createEventInbox,
  type Database,
  ForbiddenError,
  isAdmin,
  type Outbox,
  ServiceUnavailableError,
  ValidationError,
} from '@smartcourse/service-kit'
import type { EnrollmentStatus } from '../db/tables.js'
import type { PaymentProvider } from '../payments/payment-provider.js'
import {
  PAYMENT_NOT_COMPLETED_REASON as PAYMENT_NOT_COMPLETED,
  releaseHold,
} from '../payments/payment.service.js'
import { publishActivation } from './activation-event.js'
import { createEnrollmentCheckout } from './enrollment-checkout.js'
import { createEligibilityCheck } from './enrollment-eligibility.js'
import { createEnrollmentEventsService } from './enrollment-events.service.js'
import {
  AlreadyEnrolledError,
  CourseFullError,
  EnrollmentCompletedError,
  PaymentPendingError,
  WaitlistedError,
} from './enrollment.errors.js'
import { freesSeat, isPaid, paymentFor, takesSeat } from './enrollment.policy.js'
import { createEnrollmentQueries } from './enrollment.queries.js'
import {
  type EnrollmentChanges,
  type EnrollmentRepository,
  type EnrollmentStorage,
  enrollmentStorageOf,
} from './enrollment.repository.js'
import { EnrollmentRefusedError } from './enrollment.rules.js'
import type { EnrollmentCreateBody, EnrollmentStatusBody } from './enrollment.schemas.js'
import { fillFreedSeats, promoteWaitlisted } from './waitlist.js'
import { recordStatusChange } from './status-change.js'

export interface EnrollmentServiceDeps {
  db: Database
  /** Defaults to the tables in `db`. */
  storage?: EnrollmentStorage
  courses: CoursesClient
  clock: Clock
  outbox: Outbox<EventPayloads>
  inbox: ReturnType<typeof createEventInbox>
  payments: {
    provider: PaymentProvider
    currency: string
    holdMinutes: number
    refundWindowDays: number
  }
}

/** The rules of enrolling, dropping and changing status; the reads and the consumed events in their own files. */
export function createEnrollmentService(deps: EnrollmentServiceDeps) {
  const { db, courses, clock, outbox, payments } = deps
  const storage = deps.storage ?? enrollmentStorageOf(db)
  const { repository } = storage
  const queries = createEnrollmentQueries({ repository, courses })
  const { getEnrollment, getVisible } = queries
  const { factsFor, eligibility } = createEligibilityCheck({ repository, courses, clock })
  const { startCheckout, refundable } = createEnrollmentCheckout({ storage, clock, outbox, payments })

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
    const result = await storage.transaction(async (tx) => {
      // Capped courses: one enrollment at a time per course, so the seat count below stays true;
      // seats freed meanwhile (expired holds, a cap raised) go to the waitlist first.
      if (outline.max_students !== null) {
        await tx.lockCourseSeats(outline.course_id, outline.max_students)
        for (const held of await tx.listExpiredHolds(now, outline.course_id))
          await releaseHold(tx, outbox, held, now)
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
        await recordStatusChange(tx, outbox, {
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
      await recordStatusChange(tx, outbox, {
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
    const result = await storage.transaction(async (tx) => {
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
      await recordStatusChange(tx, outbox, {
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
    if (result.dropped) void outbox.nudge()
    return result
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
    const changed = await storage.transaction(async (tx) => {
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
      await recordStatusChange(tx, outbox, {
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
    void outbox.nudge()
    return changed
  }

  return {
    enroll,
    eligibility,
    drop,
    changeStatus,
    ...queries,
    get: getVisible,
    ...createEnrollmentEventsService(deps),
    findById: (id: number) => repository.findById(id),
    findByStudentAndCourse: (studentId: number, courseId: number) =>
      repository.findByStudentAndCourse(studentId, courseId),
  }
}

export type EnrollmentService = ReturnType<typeof createEnrollmentService>

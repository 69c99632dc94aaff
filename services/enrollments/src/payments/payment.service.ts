import type { EventPayloads } from '@smartcourse/contracts'
import { type Clock, type Database, NotFoundError, type Outbox } from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { publishActivation } from '../enrollments/activation-event.js'
import type { EnrollmentRow } from '../db/tables.js'
import {
  createEnrollmentRepository,
  type EnrollmentRepository,
  inTransaction,
} from '../enrollments/enrollment.repository.js'
import { fillFreedSeats } from '../enrollments/waitlist.js'
import type { PaymentEvent, PaymentProvider } from './payment-provider.js'
import { recordStatusChange } from '../enrollments/status-change.js'

/** The history reason when a seat held for payment is given back. */
export const PAYMENT_NOT_COMPLETED_REASON = 'Payment not completed'

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored'

/** Drops a pending_payment hold, freeing its seat (the caller holds the row lock). */
export async function releaseHold(
  tx: EnrollmentRepository,
  outbox: Pick<Outbox, 'publish'>,
  row: EnrollmentRow,
  now: Date,
) {
  const dropped = await tx.update(
    row.id,
    { status: 'dropped', droppedAt: now, updatedAt: now, holdExpiresAt: null, checkoutUrl: null },
    'pending_payment',
  )
  if (!dropped) return false
  await recordStatusChange(tx, outbox, {
    enrollmentId: row.id,
    fromStatus: 'pending_payment',
    toStatus: 'dropped',
    reason: PAYMENT_NOT_COMPLETED_REASON,
    changedBy: null,
    changedAt: now,
  })
  return true
}

/** What the provider's webhooks do to enrollments, once per event id. */
export function createPaymentService(deps: {
  db: Database
  clock: Clock
  provider: PaymentProvider
  currency: string
  logger: Logger
  /** enrollment.activated goes out when a payment makes an enrollment active. */
  outbox: Pick<Outbox<EventPayloads>, 'publish' | 'nudge'>
}) {
  const { db, clock, provider, logger } = deps

  async function completed(tx: EnrollmentRepository, event: Extract<PaymentEvent, { kind: 'completed' }>) {
    const row = await tx.findByCheckoutSession(event.sessionId)
    if (!row) {
      logger.warn(
        { sessionId: event.sessionId, eventId: event.id },
        'payment for an unknown checkout session',
      )
      return 'ignored' as const
    }
    const now = clock.now()
    if (row.status === 'pending_payment') {
      if (event.amount !== row.paymentAmount || event.currency !== deps.currency) {
        const issue = `Paid ${event.amount} ${event.currency.toUpperCase()}, expected ${row.paymentAmount} ${deps.currency.toUpperCase()} (payment ${event.paymentId})`
        logger.error({ enrollmentId: row.id, eventId: event.id }, `payment amount mismatch: ${issue}`)
        await tx.update(row.id, { paymentIssue: issue, updatedAt: now })
        return 'processed' as const
      }
      const activated = await tx.update(
        row.id,
        {
          status: 'active',
          paymentStatus: 'completed',
          paymentId: event.paymentId,
          paidAt: now,
          holdExpiresAt: null,
          checkoutUrl: null,
          paymentIssue: null,
          updatedAt: now,
        },
        'pending_payment',
      )
      await recordStatusChange(tx, deps.outbox, {
        enrollmentId: row.id,
        fromStatus: 'pending_payment',
        toStatus: 'active',
        reason: 'Payment completed',
        changedBy: null,
        changedAt: now,
      })
      if (activated) await publishActivation(deps.outbox, tx, activated, now)
      return 'processed' as const
    }
    if (row.status === 'dropped' && row.paymentStatus === 'pending') {
      // Paid after the hold was released: the seat may be gone, so the money goes back.
      // Inside the transaction on purpose: if the refund fails, the event is not recorded and
      // the provider delivers it again.
      await provider.refund(event.paymentId, `late-payment-${row.id}-${event.paymentId}`)
      await tx.update(row.id, {
        paymentStatus: 'refunded',
        paymentId: event.paymentId,
        paymentIssue: 'Paid after the seat hold had expired; refunded',
        updatedAt: now,
      })
      logger.warn({ enrollmentId: row.id, eventId: event.id }, 'payment after the hold expired was refunded')
      return 'processed' as const
    }
    return 'ignored' as const
  }

  /** The course's seat row, locked before the enrollment row (the lock order of every path). */
  async function lockSeatsOf(tx: EnrollmentRepository, find: () => Promise<EnrollmentRow | undefined>) {
    const peek = await find()
    return peek ? tx.lockKnownCourseSeats(peek.courseId) : undefined
  }

  async function expired(tx: EnrollmentRepository, sessionId: string) {
    const seats = await lockSeatsOf(tx, () => tx.findByCheckoutSession(sessionId, { forUpdate: false }))
    const row = await tx.findByCheckoutSession(sessionId)
    // An expiry after completion (events arrive out of order) changes nothing.
    if (row?.status !== 'pending_payment') return 'ignored' as const
    if (await releaseHold(tx, deps.outbox, row, clock.now()))
      await fillFreedSeats(tx, deps.outbox, seats, clock.now())
    return 'processed' as const
  }

  async function refunded(tx: EnrollmentRepository, paymentId: string) {
    const seats = await lockSeatsOf(tx, () => tx.findByPaymentId(paymentId, { forUpdate: false }))
    const row = await tx.findByPaymentId(paymentId)
    if (!row || row.paymentStatus === 'refunded') return 'ignored' as const
    const now = clock.now()
    const drops = row.status === 'active' || row.status === 'suspended'
    await tx.update(row.id, {
      paymentStatus: 'refunded',
      updatedAt: now,
      ...(drops ? { status: 'dropped' as const, droppedAt: now } : {}),
    })
    if (drops) {
      await recordStatusChange(tx, deps.outbox, {
        enrollmentId: row.id,
        fromStatus: row.status,
        toStatus: 'dropped',
        reason: 'Payment refunded',
        changedBy: null,
        changedAt: now,
      })
      await fillFreedSeats(tx, deps.outbox, seats, clock.now())
    }
    return 'processed' as const
  }

  /** Verifies and applies one webhook delivery; replays of an event id change nothing. */
  async function handleWebhook(
    rawBody: string,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<WebhookOutcome> {
    const event = provider.parseWebhook(rawBody, headers)
    if (event.kind === 'other') return 'ignored'
    const outcome = await inTransaction(db, async (tx) => {
      if (!(await tx.recordPaymentEvent(event.id, event.kind, clock.now()))) return 'duplicate'
      if (event.kind === 'completed') return completed(tx, event)
      if (event.kind === 'expired') return expired(tx, event.sessionId)
      return refunded(tx, event.paymentId)
    })
    if (event.kind === 'completed') void deps.outbox.nudge()
    return outcome
  }

  /**
   * Releases every hold whose time is up, one course per transaction: its seat row locked
   * first, then its holds, and the freed seats go to its waitlist. Returns how many.
   */
  async function expireHolds() {
    const now = clock.now()
    const courseIds = [
      ...new Set(
        (await createEnrollmentRepository(db).listExpiredHolds(now, undefined, false)).map(
          (row) => row.courseId,
        ),
      ),
    ]
    let released = 0
    for (const courseId of courseIds) {
      released += await inTransaction(db, async (tx) => {
        const seats = await tx.lockKnownCourseSeats(courseId)
        let count = 0
        for (const row of await tx.listExpiredHolds(now, courseId))
          if (await releaseHold(tx, deps.outbox, row, now)) count++
        if (count > 0) await fillFreedSeats(tx, deps.outbox, seats, clock.now())
        return count
      })
    }
    return released
  }

  /** The enrollment a checkout session belongs to (the test provider's page). */
  async function findCheckout(sessionId: string) {
    const row = await inTransaction(db, (tx) => tx.findByCheckoutSession(sessionId))
    if (!row) throw new NotFoundError(`Checkout ${sessionId} not found`)
    return row
  }

  return { handleWebhook, expireHolds, findCheckout, provider }
}

export type PaymentService = ReturnType<typeof createPaymentService>

import type { EventPayloads } from '@smartcourse/contracts'
import { type Clock, type Outbox, ServiceUnavailableError } from '@smartcourse/service-kit'
import type { EnrollmentRow } from '../db/tables.js'
import type { PaymentProvider } from '../payments/payment-provider.js'
import { releaseHold } from '../payments/payment.service.js'
import { REFUND_MAX_COMPLETION } from './enrollment.policy.js'
import type { EnrollmentStorage } from './enrollment.repository.js'
import { fillFreedSeats } from './waitlist.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** A paid enrollment's money: opening the provider's checkout, and whether a drop refunds. */
export function createEnrollmentCheckout(deps: {
  storage: EnrollmentStorage
  clock: Clock
  outbox: Outbox<EventPayloads>
  payments: { provider: PaymentProvider; currency: string; refundWindowDays: number }
}) {
  const { storage, clock, outbox, payments } = deps
  const { repository } = storage

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
      await storage.transaction(async (tx) => {
        const seats = await tx.lockKnownCourseSeats(row.courseId)
        const current = await tx.findById(row.id, { forUpdate: true })
        if (current?.status === 'pending_payment' && (await releaseHold(tx, outbox, current, clock.now()))) {
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

  return { startCheckout, refundable }
}

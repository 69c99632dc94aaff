import { toMoney } from '@smartcourse/contracts'
import type { EnrollmentStatus } from '../db/tables.js'
import { SEAT_HOLDING_STATUSES } from './enrollment.repository.js'
import type { EnrollmentCreateBody } from './enrollment.schemas.js'

/** A paid enrollment dropped before this much of the course is done may be refunded. */
export const REFUND_MAX_COMPLETION = 30

export const isPaid = (price: string) => Number(price) > 0

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

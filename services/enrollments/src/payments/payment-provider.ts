import { AppError } from '@smartcourse/service-kit'

/** What enrollment-service asks of whoever takes the money (Stripe, or the test provider). */
export interface PaymentProvider {
  readonly name: 'stripe' | 'test'
  /** A hosted checkout for one enrollment's seat, open until `expiresAt`. */
  createCheckout(request: CheckoutRequest): Promise<Checkout>
  /**
   * The webhook's event, after verifying its signature against the raw body;
   * throws InvalidSignatureError when it is not the provider's.
   */
  parseWebhook(rawBody: string, headers: Record<string, string | string[] | undefined>): PaymentEvent
  /** Refunds a payment in full; the same idempotency key never refunds twice. */
  refund(paymentId: string, idempotencyKey: string): Promise<void>
}

export interface CheckoutRequest {
  enrollmentId: number
  courseTitle: string
  /** Decimal string with two places, e.g. "199.00". */
  amount: string
  /** ISO 4217, lower case. */
  currency: string
  expiresAt: Date
}

export interface Checkout {
  sessionId: string
  url: string
}

/** A provider's webhook event, reduced to what the enrollment rules need. */
export type PaymentEvent =
  | { id: string; kind: 'completed'; sessionId: string; paymentId: string; amount: string; currency: string }
  | { id: string; kind: 'expired'; sessionId: string }
  | { id: string; kind: 'refunded'; paymentId: string }
  | { id: string; kind: 'other'; type: string }

/** 400 INVALID_SIGNATURE: the webhook was not signed by the provider (or is too old to trust). */
export class InvalidSignatureError extends AppError {
  constructor(message: string) {
    super(400, 'INVALID_SIGNATURE', message)
  }
}

/** "49.99" → 4999, without floating point. */
export function toMinorUnits(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2))
}

/** 4999 → "49.99". */
export function fromMinorUnits(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`
}

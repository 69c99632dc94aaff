import type Stripe from 'stripe'
import {
  fromMinorUnits,
  InvalidSignatureError,
  type PaymentEvent,
  type PaymentProvider,
} from './payment-provider.js'

function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) return undefined
  return typeof value === 'string' ? value : value.id
}

/** A verified Stripe event as the enrollment rules see it. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object
      const paymentId = idOf(session.payment_intent)
      // Delayed payment methods complete the session unpaid; only money received counts.
      if (session.payment_status !== 'paid' || !paymentId || session.amount_total === null) break
      return {
        id: event.id,
        kind: 'completed',
        sessionId: session.id,
        paymentId,
        amount: fromMinorUnits(session.amount_total),
        currency: (session.currency ?? '').toLowerCase(),
      }
    }
    case 'checkout.session.expired':
      return { id: event.id, kind: 'expired', sessionId: event.data.object.id }
    case 'charge.refunded': {
      const charge = event.data.object
      const paymentId = idOf(charge.payment_intent)
      // A partial refund leaves the student paid; only a full one undoes the enrollment.
      if (!charge.refunded || !paymentId) break
      return { id: event.id, kind: 'refunded', paymentId }
    }
  }
  return { id: event.id, kind: 'other', type: event.type }
}

/** `parseWebhook` of both Stripe-signed providers: the event, once its signature verifies. */
export function verifiedPaymentEvent(
  stripe: Stripe,
  webhookSecret: string,
  ...[rawBody, headers]: Parameters<PaymentProvider['parseWebhook']>
): PaymentEvent {
  const signature = headers['stripe-signature']
  if (typeof signature !== 'string') throw new InvalidSignatureError('Missing Stripe-Signature header')
  let event: Stripe.Event
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature, webhookSecret)
  } catch {
    throw new InvalidSignatureError('Webhook signature does not verify')
  }
  return toPaymentEvent(event)
}

import { randomBytes, randomUUID } from 'node:crypto'
import Stripe from 'stripe'
import {
  type Checkout,
  type CheckoutRequest,
  type PaymentProvider,
  toMinorUnits,
} from './payment-provider.js'
import { verifiedPaymentEvent } from './stripe-events.js'

export interface TestPaymentProvider extends PaymentProvider {
  readonly name: 'test'
  /** A webhook for the checkout page's Pay/Cancel buttons, signed as the provider signs them. */
  signedEvent(
    type: 'checkout.session.completed' | 'checkout.session.expired',
    session: { id: string; amount: string; currency: string },
  ): { rawBody: string; headers: Record<string, string> }
}

/**
 * The embedded default: no money moves. Checkout is the platform's own /checkout/{session} page
 * (marked TEST MODE), whose buttons send Stripe-shaped events signed with Stripe's scheme, so
 * they take exactly the webhook path real payments take.
 */
export function createTestProvider(options: {
  webhookSecret: string
  publicBaseUrl: string
}): TestPaymentProvider {
  // No API key is ever used: only the SDK's offline signature helpers.
  const stripe = new Stripe('sk_test_offline')
  const base = options.publicBaseUrl.replace(/\/$/, '')

  return {
    name: 'test',

    async createCheckout(_request: CheckoutRequest): Promise<Checkout> {
      const sessionId = `cs_test_${randomBytes(16).toString('hex')}`
      return { sessionId, url: `${base}/checkout/${sessionId}` }
    },

    parseWebhook: (rawBody, headers) => verifiedPaymentEvent(stripe, options.webhookSecret, rawBody, headers),

    async refund() {
      // Test mode: nothing was charged, so nothing is sent anywhere.
    },

    signedEvent(type, session) {
      const paid = type === 'checkout.session.completed'
      const rawBody = JSON.stringify({
        id: `evt_test_${randomUUID().replaceAll('-', '')}`,
        object: 'event',
        type,
        created: Math.floor(Date.now() / 1000),
        data: {
          object: {
            id: session.id,
            object: 'checkout.session',
            payment_status: paid ? 'paid' : 'unpaid',
            payment_intent: paid ? `pi_test_${randomBytes(12).toString('hex')}` : null,
            amount_total: toMinorUnits(session.amount),
            currency: session.currency,
          },
        },
      })
      const header = stripe.webhooks.generateTestHeaderString({
        payload: rawBody,
        secret: options.webhookSecret,
      })
      return { rawBody, headers: { 'stripe-signature': header } }
    },
  }
}

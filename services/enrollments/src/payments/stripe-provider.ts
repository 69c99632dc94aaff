import Stripe from 'stripe'
import {
  type Checkout,
  type CheckoutRequest,
  type PaymentProvider,
  toMinorUnits,
} from './payment-provider.js'
import { verifiedPaymentEvent } from './stripe-events.js'

export interface StripeProviderOptions {
  secretKey: string
  webhookSecret: string
  /** Where the student lands after paying or cancelling. */
  publicBaseUrl: string
  /** Only to point the SDK at a local fake in tests. */
  api?: { host: string; port: number; protocol: 'http' | 'https' }
}

/** Stripe Checkout Sessions, refunds and signed webhooks through the official SDK. */
export function createStripeProvider(options: StripeProviderOptions): PaymentProvider {
  const stripe = new Stripe(options.secretKey, { maxNetworkRetries: 2, timeout: 10_000, ...options.api })
  const base = options.publicBaseUrl.replace(/\/$/, '')

  return {
    name: 'stripe',

    async createCheckout(request: CheckoutRequest): Promise<Checkout> {
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          client_reference_id: String(request.enrollmentId),
          metadata: { enrollment_id: String(request.enrollmentId) },
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: request.currency,
                unit_amount: toMinorUnits(request.amount),
                product_data: { name: request.courseTitle },
              },
            },
          ],
          expires_at: Math.floor(request.expiresAt.getTime() / 1000),
          success_url: `${base}/?payment=success`,
          cancel_url: `${base}/?payment=cancelled`,
        },
        { idempotencyKey: `checkout-${request.enrollmentId}-${request.expiresAt.getTime()}` },
      )
      if (!session.url) throw new Error('Stripe returned a checkout session without a url')
      return { sessionId: session.id, url: session.url }
    },

    parseWebhook: (rawBody, headers) => verifiedPaymentEvent(stripe, options.webhookSecret, rawBody, headers),

    async refund(paymentId, idempotencyKey) {
      await stripe.refunds.create({ payment_intent: paymentId }, { idempotencyKey })
    },
  }
}

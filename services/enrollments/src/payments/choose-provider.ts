import { createHmac } from 'node:crypto'
import type { EnrollmentsConfig } from '../config.js'
import type { PaymentProvider } from './payment-provider.js'
import { createStripeProvider } from './stripe-provider.js'
import { createTestProvider } from './test-provider.js'

/** The configured provider; refuses to start on what could take (or fake) money wrongly. */
export function choosePaymentProvider(config: EnrollmentsConfig): PaymentProvider {
  if (config.PAYMENTS_PROVIDER === 'stripe') {
    if (!config.STRIPE_SECRET_KEY || !config.STRIPE_WEBHOOK_SECRET) {
      throw new Error('PAYMENTS_PROVIDER=stripe needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET')
    }
    return createStripeProvider({
      secretKey: config.STRIPE_SECRET_KEY,
      webhookSecret: config.STRIPE_WEBHOOK_SECRET,
      publicBaseUrl: config.PUBLIC_BASE_URL,
    })
  }
  if (config.NODE_ENV === 'production') {
    throw new Error('PAYMENTS_PROVIDER=test is refused in production: set PAYMENTS_PROVIDER=stripe')
  }
  // A per-install secret nobody has to configure: derived from the JWT secret, never the secret itself.
  const webhookSecret = `whsec_${createHmac('sha256', config.JWT_SECRET_KEY).update('smartcourse test payments').digest('hex')}`
  return createTestProvider({ webhookSecret, publicBaseUrl: config.PUBLIC_BASE_URL })
}

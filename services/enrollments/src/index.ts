export { buildApp, type EnrollmentsDeps } from './app.js'
export { type EnrollmentsConfig, EnrollmentsConfigSchema, PAYMENT_CONFIG_DEFAULTS } from './config.js'
export type { PaymentProvider } from './payments/payment-provider.js'
export { createStripeProvider } from './payments/stripe-provider.js'

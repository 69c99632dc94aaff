import { baseConfigProperties, eventRetentionConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

/** The payment settings' defaults (also for code that builds a config by hand, such as tests). */
export const PAYMENT_CONFIG_DEFAULTS = {
  PUBLIC_BASE_URL: 'http://localhost:8080',
  PAYMENTS_PROVIDER: 'test',
  PAYMENTS_CURRENCY: 'usd',
  PAYMENT_HOLD_MINUTES: 30,
  REFUND_WINDOW_DAYS: 14,
} as const

export const EnrollmentsConfigSchema = Type.Object({
  ...baseConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8003 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  COURSE_SERVICE_URL: Type.String({ default: 'http://localhost:8002' }),
  /** Where enrollment.completed is delivered (POST /internal/events). */
  CERTIFICATE_SERVICE_URL: Type.String({ default: 'http://localhost:8005' }),
  /** Where enrollment.activated is delivered (user-service's POST /internal/events: the confirmation mail). */
  USER_SERVICE_URL: Type.String({ default: 'http://localhost:8001' }),
  /** Where enrollment.status_changed is delivered (progress-service's POST /internal/events: its cache). */
  PROGRESS_SERVICE_URL: Type.String({ default: 'http://localhost:8004' }),
  /** How often the outbox relay looks for undelivered events. */
  OUTBOX_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000 }),
  ...eventRetentionConfigProperties,
  /** Where checkout links and the test checkout page live. */
  PUBLIC_BASE_URL: Type.String({ default: PAYMENT_CONFIG_DEFAULTS.PUBLIC_BASE_URL }),
  /** `test` (no money moves; refused in production) or `stripe`. */
  PAYMENTS_PROVIDER: Type.Enum(['test', 'stripe'], { default: PAYMENT_CONFIG_DEFAULTS.PAYMENTS_PROVIDER }),
  STRIPE_SECRET_KEY: Type.Optional(Type.String()),
  STRIPE_WEBHOOK_SECRET: Type.Optional(Type.String()),
  /** Course prices are in this currency (ISO 4217). */
  PAYMENTS_CURRENCY: Type.String({
    pattern: '^[a-z]{3}$',
    default: PAYMENT_CONFIG_DEFAULTS.PAYMENTS_CURRENCY,
  }),
  /** How long a pending_payment enrollment holds its seat. */
  PAYMENT_HOLD_MINUTES: Type.Integer({
    minimum: 1,
    maximum: 1440,
    default: PAYMENT_CONFIG_DEFAULTS.PAYMENT_HOLD_MINUTES,
  }),
  /** A paid enrollment dropped within this many days of paying (and under 30 % done) is refunded. */
  REFUND_WINDOW_DAYS: Type.Integer({ minimum: 0, default: PAYMENT_CONFIG_DEFAULTS.REFUND_WINDOW_DAYS }),
})
export type EnrollmentsConfig = Static<typeof EnrollmentsConfigSchema>

import { baseConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

export const EnrollmentsConfigSchema = Type.Object({
  ...baseConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8003 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  COURSE_SERVICE_URL: Type.String({ default: 'http://localhost:8002' }),
  /** Where enrollment.completed is delivered (POST /internal/events). */
  CERTIFICATE_SERVICE_URL: Type.String({ default: 'http://localhost:8005' }),
  /** How often the outbox relay looks for undelivered events. */
  OUTBOX_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000 }),
})
export type EnrollmentsConfig = Static<typeof EnrollmentsConfigSchema>

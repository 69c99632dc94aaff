import { baseConfigProperties, eventRetentionConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

export const ProgressConfigSchema = Type.Object({
  ...baseConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8004 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  COURSE_SERVICE_URL: Type.String({ default: 'http://localhost:8002' }),
  /** Enrollment lookups and delivery of progress.updated (POST /internal/events). */
  ENROLLMENT_SERVICE_URL: Type.String({ default: 'http://localhost:8003' }),
  /** How often the outbox relay looks for undelivered events. */
  OUTBOX_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000 }),
  ...eventRetentionConfigProperties,
})
export type ProgressConfig = Static<typeof ProgressConfigSchema>

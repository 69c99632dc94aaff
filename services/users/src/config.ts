import {
  baseConfigProperties,
  eventRetentionConfigProperties,
  mailConfigProperties,
} from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

export const UsersConfigSchema = Type.Object({
  ...baseConfigProperties,
  ...mailConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8001 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
  /** Where user.deleted is delivered (enrollment-service's POST /internal/events). */
  ENROLLMENT_SERVICE_URL: Type.String({ default: 'http://localhost:8003' }),
  /** Where the public reaches the platform: the links in mails start with it. */
  PUBLIC_BASE_URL: Type.String({ default: 'http://localhost:8080' }),
  /** The platform's name in mails. */
  PLATFORM_NAME: Type.String({ minLength: 1, maxLength: 100, default: 'SmartCourse' }),
  /** How often the outbox relay looks for undelivered events. */
  OUTBOX_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000 }),
  ...eventRetentionConfigProperties,
  /** Refresh-token rows are deleted this many days after they expired (default 7). */
  REFRESH_TOKEN_RETENTION_DAYS: Type.Optional(Type.Integer({ minimum: 1 })),
})

/** REFRESH_TOKEN_RETENTION_DAYS when unset. */
export const DEFAULT_REFRESH_TOKEN_RETENTION_DAYS = 7
export type UsersConfig = Static<typeof UsersConfigSchema>

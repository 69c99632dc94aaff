import { baseConfigProperties, eventRetentionConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

export const CoursesConfigSchema = Type.Object({
  ...baseConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8002 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  /** Course content goes to MongoDB when set, otherwise to Postgres jsonb. */
  MONGODB_URL: Type.Optional(Type.String({ minLength: 1 })),
  MONGODB_DATABASE: Type.String({ minLength: 1, default: 'smartcourse' }),
  ENROLLMENT_SERVICE_URL: Type.String({ default: 'http://localhost:8003' }),
  /** How often the outbox relay looks for course.capacity_changed events to deliver. */
  OUTBOX_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000 }),
  ...eventRetentionConfigProperties,
  /**
   * Serve plain catalog pages from the rendered-page cache (catalog-pages.ts). `false` reads every
   * page from the database (counts stay cached): the search bench compares searches with that.
   */
  CATALOG_PAGE_CACHE: Type.Optional(Type.Boolean({ default: true })),
  /** Quiz attempt statistics for instructors. */
  PROGRESS_SERVICE_URL: Type.String({ default: 'http://localhost:8004' }),
})
export type CoursesConfig = Static<typeof CoursesConfigSchema>

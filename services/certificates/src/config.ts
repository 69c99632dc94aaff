import { baseConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

export const CertificatesConfigSchema = Type.Object({
  ...baseConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8005 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  USER_SERVICE_URL: Type.String({ default: 'http://localhost:8001' }),
  COURSE_SERVICE_URL: Type.String({ default: 'http://localhost:8002' }),
  ENROLLMENT_SERVICE_URL: Type.String({ default: 'http://localhost:8003' }),
  PROGRESS_SERVICE_URL: Type.String({ default: 'http://localhost:8004' }),
  /** Where the public reaches the platform: used in `certificate_url` and the verification URL. */
  PUBLIC_BASE_URL: Type.String({ default: 'http://localhost:8080' }),
})
export type CertificatesConfig = Static<typeof CertificatesConfigSchema>

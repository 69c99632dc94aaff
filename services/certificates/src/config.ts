import { baseConfigProperties, eventRetentionConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

export const CertificatesConfigSchema = Type.Object({
  ...baseConfigProperties,
  ...eventRetentionConfigProperties,
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8005 }),
  /** PGlite directory when DATABASE_URL is unset (standalone development only). */
  DATA_DIR: Type.Optional(Type.String()),
  USER_SERVICE_URL: Type.String({ default: 'http://localhost:8001' }),
  COURSE_SERVICE_URL: Type.String({ default: 'http://localhost:8002' }),
  ENROLLMENT_SERVICE_URL: Type.String({ default: 'http://localhost:8003' }),
  PROGRESS_SERVICE_URL: Type.String({ default: 'http://localhost:8004' }),
  /** How often the outbox relay (certificate.issued / certificate.revoked) looks for undelivered events. */
  OUTBOX_POLL_INTERVAL_MS: Type.Integer({ minimum: 10, default: 1000 }),
  /**
   * true: a certificate is issued only once the student's e-mail is verified (the completion
   * event is retried until then; an admin's manual issue answers 409 EMAIL_NOT_VERIFIED).
   */
  REQUIRE_VERIFIED_FOR_CERTIFICATES: Type.Boolean({ default: false }),
  /** Where the public reaches the platform: used in `certificate_url` and the verification URL. */
  PUBLIC_BASE_URL: Type.String({ default: 'http://localhost:8080' }),
  /** Who issues the certificates: printed on them, named as the credentials' issuer. */
  PLATFORM_NAME: Type.String({ minLength: 1, maxLength: 100, default: 'SmartCourse' }),
  /** A PNG or JPEG printed at the top of every certificate. */
  PLATFORM_LOGO_PATH: Type.Optional(Type.String({ minLength: 1 })),
  /** Who signs the certificates; unset: the course's instructor, as "Course instructor". */
  CERTIFICATE_SIGNATORY_NAME: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  CERTIFICATE_SIGNATORY_TITLE: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  /**
   * Ed25519 private key (JWK JSON) signing the Open Badges credentials. Unset with DATA_DIR set:
   * generated once and kept in DATA_DIR/credential-signing-key.jwk; unset without DATA_DIR: refused.
   */
  CREDENTIAL_SIGNING_KEY: Type.Optional(Type.String({ minLength: 1 })),
})
export type CertificatesConfig = Static<typeof CertificatesConfigSchema>

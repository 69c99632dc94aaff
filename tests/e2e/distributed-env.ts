import { generateKeyPairSync } from 'node:crypto'

export const SERVICE_NAMES = ['user', 'course', 'enrollment', 'progress', 'certificate'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]

/** What every service of the distributed form is given: a credential signing key and each peer's URL. */
export function peerEnv(url: (name: ServiceName) => string) {
  return {
    CREDENTIAL_SIGNING_KEY: JSON.stringify(
      generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }),
    ),
    USER_SERVICE_URL: url('user'),
    COURSE_SERVICE_URL: url('course'),
    ENROLLMENT_SERVICE_URL: url('enrollment'),
    PROGRESS_SERVICE_URL: url('progress'),
    CERTIFICATE_SERVICE_URL: url('certificate'),
  }
}

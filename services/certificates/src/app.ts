import {
  createCoursesClient,
  createEnrollmentsClient,
  createProgressClient,
  createUsersClient,
} from '@smartcourse/contracts'
import { buildServiceApp, type ServiceDeps } from '@smartcourse/service-kit'
import { loadBranding } from './branding.js'
import * as certificateSchemas from './certificates/certificate.schemas.js'
import type { CertificatesConfig } from './config.js'
import { loadSigningKey } from './credentials/signing-key.js'
import { type CertificatesModuleDeps, createCertificatesModule } from './module.js'

/** The peers (module.ts) come from the config unless a test passes its own. */
export interface CertificatesDeps
  extends ServiceDeps,
    Pick<CertificatesModuleDeps, 'users' | 'courses' | 'enrollments' | 'progress' | 'userEvents'> {}

/** The composition root of certificate-service: used by main.ts, the tests and all-in-one. */
export function buildApp(config: CertificatesConfig, overrides: Partial<CertificatesDeps> = {}) {
  const branding = loadBranding(config)
  return buildServiceApp(config, overrides, {
    name: 'certificate-service',
    description:
      'Certificates: automatic issue on course completion, public verification, revocation, PDF, Open Badges 3.0 credentials.',
    database: { schema: 'certificates', migrations: new URL('../migrations', import.meta.url) },
    schemas: [certificateSchemas],
    module: async (deps, host) =>
      createCertificatesModule({
        ...deps,
        config,
        branding,
        // After the database: PGlite must create its directory (DATA_DIR alone) before a key is kept in it.
        signingKey: await loadSigningKey(config),
        users: overrides.users ?? createUsersClient(host.peer('user-service')),
        courses: overrides.courses ?? createCoursesClient(host.peer('course-service')),
        enrollments: overrides.enrollments ?? createEnrollmentsClient(host.peer('enrollment-service')),
        progress: overrides.progress ?? createProgressClient(host.peer('progress-service')),
        userEvents: overrides.userEvents ?? host.peer('user-service'),
      }),
  })
}

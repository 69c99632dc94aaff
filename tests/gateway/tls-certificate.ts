import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCertificate {
  certificateFile: string
  keyFile: string
  /** The certificate in PEM, to trust it as its own authority. */
  pem: string
}

/**
 * A fresh self-signed certificate for `localhost` and 127.0.0.1 (one day, P-256), made with
 * openssl as gateway/ssl/README.md tells developers to. Throws when openssl is missing.
 */
export async function createTestCertificate(): Promise<TestCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'smartcourse-tls-'))
  const certificateFile = join(dir, 'fullchain.pem')
  const keyFile = join(dir, 'privkey.pem')
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certificateFile,
    ],
    { encoding: 'utf8' },
  )
  if (result.error) {
    throw new Error(
      `openssl is needed for the HTTPS tests (apt-get install -y openssl): ${result.error.message}`,
    )
  }
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`)
  return { certificateFile, keyFile, pem: readFileSync(certificateFile, 'utf8') }
}

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { defineGatewaySuite } from '../gateway/gateway.suite.js'
import { header, send, trustCertificate } from '../gateway/http-client.js'
import { createTestCertificate, type TestCertificate } from '../gateway/tls-certificate.js'
import { type RunningSystem, startAllInOne } from './all-in-one.js'

// Two all-in-one boots (PGlite, five services' migrations) in this file: slow on a busy machine.
vi.setConfig({ hookTimeout: 180_000 })

let certificate: TestCertificate
beforeAll(async () => {
  certificate = await createTestCertificate()
  trustCertificate(certificate.pem)
})

const tlsEnv = () => ({ TLS_CERT_FILE: certificate.certificateFile, TLS_KEY_FILE: certificate.keyFile })

// The gateway behaviour suite against `npm start` serving HTTPS itself.
defineGatewaySuite('embedded gateway over HTTPS (TLS_CERT_FILE/TLS_KEY_FILE)', () =>
  startAllInOne({ env: tlsEnv() }),
)

describe('embedded gateway HTTPS', () => {
  let system: RunningSystem
  beforeAll(async () => {
    system = await startAllInOne({ env: tlsEnv() })
  })
  afterAll(async () => {
    await system?.stop()
  })

  it('puts HSTS on answers, errors included', async () => {
    for (const [path, status] of [
      ['/health', 200],
      ['/nope', 404],
    ] as const) {
      const response = await send(system.baseUrl, { path })
      expect(response.status).toBe(status)
      expect(header(response, 'strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    }
  })

  it('answers no plain HTTP on its port', async () => {
    await expect(send(system.baseUrl.replace('https:', 'http:'), { path: '/health' })).rejects.toThrow()
  })

  it('refuses to start with only one of the two files', async () => {
    await expect(startAllInOne({ env: { TLS_CERT_FILE: certificate.certificateFile } })).rejects.toThrow(
      /exited/,
    )
  })
})

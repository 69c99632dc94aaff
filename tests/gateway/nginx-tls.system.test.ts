import { connect as http2Connect } from 'node:http2'
import { createServer as createTlsServer, connect as tlsConnect } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineGatewaySuite, jsonPost } from './gateway.suite.js'
import { header, type RawRequest, send, trustCertificate } from './http-client.js'
import { type NginxWithFakes, startNginxWithFakes } from './nginx-with-fakes.js'
import { createTestCertificate, type TestCertificate } from './tls-certificate.js'

const HSTS = 'max-age=31536000; includeSubDomains'

let certificate: TestCertificate
beforeAll(async () => {
  certificate = await createTestCertificate()
  trustCertificate(certificate.pem)
})

// The whole public gateway contract, over HTTPS this time.
defineGatewaySuite('nginx gateway over HTTPS', async () => {
  const pair = await createTestCertificate()
  trustCertificate(pair.pem)
  const { nginx, stop } = await startNginxWithFakes({ tls: pair })
  return { baseUrl: nginx.httpsUrl!, stop }
})

/** The TLS version a handshake with these client settings ends in, or the error it fails with. */
function handshake(port: number, version: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3') {
  return new Promise<string>((resolve) => {
    const socket = tlsConnect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      minVersion: version,
      maxVersion: version,
      // Let this client offer the old protocols at all (OpenSSL refuses them by default).
      ciphers: 'DEFAULT@SECLEVEL=0',
      rejectUnauthorized: false,
    })
    socket.once('secureConnect', () => {
      resolve(socket.getProtocol() ?? 'unknown')
      socket.end()
    })
    socket.once('error', (error) => resolve(`error: ${error.message}`))
  })
}

describe('nginx gateway with a certificate mounted', () => {
  let gateway: NginxWithFakes
  let httpsPort: number
  const https = (request: RawRequest) => send(gateway.nginx.httpsUrl!, request)
  const http = (request: RawRequest) => send(gateway.nginx.baseUrl, request)
  const seenByCourseAndUser = () =>
    gateway.fakes.fakes.course.seen.length + gateway.fakes.fakes.user.seen.length

  beforeAll(async () => {
    gateway = await startNginxWithFakes({ down: ['progress'], tls: certificate })
    httpsPort = Number(new URL(gateway.nginx.httpsUrl!).port)
  })
  afterAll(() => gateway?.stop())

  it.each([
    ['200 from the gateway', { path: '/health' }, 200],
    ['the banner', { path: '/' }, 200],
    ['404 from the gateway', { path: '/nope' }, 404],
    ['404 for an internal path', { path: '/internal/users/1' }, 404],
    ['200 from a service', { path: '/api/v1/courses/__echo' }, 200],
    ['500 from a service', { path: '/api/v1/courses/__status/500' }, 500],
    ['502 with the service down', { path: '/api/v1/progress/1' }, 502],
    ['413 for a body over 1 MiB', jsonPost('/api/v1/courses', { d: 'x'.repeat(1_100_000) }), 413],
    ['422 for a header over 8 KB', { path: '/health', headers: { 'x-big': 'a'.repeat(9000) } }, 422],
    ['204 preflight', { method: 'OPTIONS', path: '/api/v1/courses' }, 204],
  ] as Array<[string, RawRequest, number]>)('puts HSTS, once, on a %s', async (_label, request, status) => {
    const response = await https(request)
    expect(response.status).toBe(status)
    expect(header(response, 'strict-transport-security')).toBe(HSTS)
    expect(header(response, 'x-frame-options')).toBe('DENY')
  })

  it.each([
    ['GET', '/api/v1/courses?page=2&page_size=5'],
    ['POST', '/api/v1/auth/login'],
    ['GET', '/'],
    ['GET', '/docs'],
  ])('redirects plain HTTP %s %s to the same path on HTTPS (301)', async (method, path) => {
    const before = seenByCourseAndUser()
    const response = await http({ method, path })
    expect(response.status).toBe(301)
    expect(header(response, 'location')).toBe(`https://127.0.0.1:${httpsPort}${path}`)
    // HSTS means nothing over plain HTTP and must not be sent there.
    expect(header(response, 'strict-transport-security')).toBeUndefined()
    expect(seenByCourseAndUser()).toBe(before)
  })

  it('keeps /health on plain HTTP for probes', async () => {
    const response = await http({ path: '/health' })
    expect(response.status).toBe(200)
    expect(response.json()).toMatchObject({ status: 'healthy', service: 'api-gateway' })
    expect(header(response, 'strict-transport-security')).toBeUndefined()
  })

  it('a client that can speak TLS 1.0 and 1.1 does so with a server that allows them', async () => {
    // The control for the refusal below: the refusal is the gateway's, not this client's.
    const server = createTlsServer({
      cert: certificate.pem,
      key: await import('node:fs').then((fs) => fs.readFileSync(certificate.keyFile, 'utf8')),
      minVersion: 'TLSv1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    })
    server.on('secureConnection', (socket) => socket.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      expect(await handshake(port, 'TLSv1.1')).toBe('TLSv1.1')
      expect(await handshake(port, 'TLSv1')).toBe('TLSv1')
    } finally {
      server.close()
    }
  })

  it.each(['TLSv1', 'TLSv1.1'] as const)('refuses a %s handshake', async (version) => {
    expect(await handshake(httpsPort, version)).toMatch(
      /^error: .*(protocol version|alert|wrong version|handshake)/i,
    )
  })

  it.each(['TLSv1.2', 'TLSv1.3'] as const)('accepts %s', async (version) => {
    expect(await handshake(httpsPort, version)).toBe(version)
  })

  it('speaks HTTP/2 (ALPN h2), with HSTS', async () => {
    const session = http2Connect(gateway.nginx.httpsUrl!, { ca: certificate.pem, servername: 'localhost' })
    try {
      const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const stream = session.request({ ':path': '/health' })
        stream.on('response', (received) => {
          resolve(received)
          stream.resume()
        })
        stream.on('error', reject)
        stream.end()
      })
      expect(session.alpnProtocol).toBe('h2')
      expect(headers[':status']).toBe(200)
      expect(headers['strict-transport-security']).toBe(HSTS)
    } finally {
      session.close()
    }
  })

  it('resumes sessions from its cache, without tickets', async () => {
    const connectOnce = (session?: Buffer) =>
      new Promise<{ reused: boolean; ticket: boolean; session?: Buffer }>((resolve, reject) => {
        let ticket = false
        let saved: Buffer | undefined
        const socket = tlsConnect({
          host: '127.0.0.1',
          port: httpsPort,
          servername: 'localhost',
          ca: certificate.pem,
          maxVersion: 'TLSv1.2',
          session,
        })
        socket.on('session', (data) => {
          saved = data
        })
        socket.once('secureConnect', () => {
          ticket = socket.getTLSTicket() !== undefined
          const reused = socket.isSessionReused()
          setTimeout(() => {
            resolve({ reused, ticket, session: saved ?? socket.getSession() })
            socket.end()
          }, 50)
        })
        socket.once('error', reject)
      })
    const first = await connectOnce()
    expect(first.ticket).toBe(false)
    const second = await connectOnce(first.session)
    expect(second.reused).toBe(true)
    expect(second.ticket).toBe(false)
  })
})

describe('nginx gateway without a certificate', () => {
  let gateway: NginxWithFakes
  beforeAll(async () => {
    gateway = await startNginxWithFakes()
  })
  afterAll(() => gateway?.stop())

  it('serves plain HTTP as before: no redirect, no HSTS', async () => {
    const response = await send(gateway.nginx.baseUrl, { path: '/api/v1/courses/__echo' })
    expect(response.status).toBe(200)
    expect(response.json().service).toBe('course')
    expect(header(response, 'strict-transport-security')).toBeUndefined()
    expect(gateway.nginx.httpsUrl).toBeUndefined()
  })
})

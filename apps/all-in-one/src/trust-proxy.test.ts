import { createHttpServer, type HttpServer } from '@smartcourse/service-kit'
import { afterAll, describe, expect, it } from 'vitest'
import { createGateway } from './gateway.js'
import type { ServiceName } from './routes-table.js'

const NAMES: ServiceName[] = ['users', 'courses', 'enrollments', 'progress', 'certificates']
const config = { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 1024 }
const opened: HttpServer[] = []
afterAll(async () => {
  for (const app of opened) await app.close()
})

/** The embedded gateway in front of services that answer 200 to everything; auth burst of 2. */
async function gateway(trustProxy?: string) {
  const services = {} as Record<ServiceName, HttpServer>
  for (const name of NAMES) {
    const app = await createHttpServer({ name, config })
    app.post('/auth/login', async () => ({ ok: true }))
    await app.ready()
    opened.push(app)
    services[name] = app
  }
  // Two at once (burst 1 plus the first), then one a thousand seconds: the third is refused.
  const window = { perSecond: 0.001, burst: 1 }
  const app = await createGateway({
    services,
    corsOrigins: '*',
    limits: { auth: window, api: window, verify: window },
    authConnectionLimit: 10,
    bodyLimitBytes: 1024,
    trustProxy,
    upstreamTimeoutMs: 5_000,
    logLevel: 'silent',
    nodeEnv: 'test',
    version: 'test',
  })
  opened.push(app as unknown as HttpServer)
  return app
}

/** Three logins from one socket address (127.0.0.1), each claiming another client. */
async function threeLogins(app: Awaited<ReturnType<typeof gateway>>) {
  const statuses: number[] = []
  for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': client },
    })
    statuses.push(response.statusCode)
  }
  return statuses
}

describe('TRUST_PROXY in the embedded gateway (issue 9.10)', () => {
  it('unset: X-Forwarded-For from a client buys nothing, the socket address is the rate-limit key', async () => {
    expect(await threeLogins(await gateway())).toEqual([200, 200, 429])
  })

  it('naming the proxy (address or hop count): each forwarded client gets its own bucket', async () => {
    expect(await threeLogins(await gateway('127.0.0.1'))).toEqual([200, 200, 200])
    expect(await threeLogins(await gateway('1'))).toEqual([200, 200, 200])
  })

  it('a proxy that is not trusted cannot name the client', async () => {
    expect(await threeLogins(await gateway('10.0.0.0/8'))).toEqual([200, 200, 429])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeUpstreams } from './fake-upstreams.js'
import { jsonPost } from './gateway.suite.js'
import { type RawRequest, send } from './http-client.js'
import { startNginx } from './nginx-harness.js'
import { type NginxWithFakes, startNginxWithFakes } from './nginx-with-fakes.js'

// Issue 9.10: Nginx takes the client's address from X-Forwarded-For only when the hop that sent
// it is listed in TRUSTED_PROXIES; rate limits key on that address. 127.0.0.2 plays the trusted
// load balancer, 127.0.0.1 an ordinary client (both reach Nginx on 127.0.0.1 over loopback).
const TRUSTED_HOP = '127.0.0.2'
const CLIENT = '127.0.0.1'

/** `total` login attempts, 5 at a time (under the 10-connection limit); their statuses in order. */
async function loginWaves(total: number, request: (index: number) => RawRequest, baseUrl: string) {
  const statuses: number[] = []
  for (let sent = 0; sent < total; sent += 5) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(5, total - sent) }, (_, offset) => send(baseUrl, request(sent + offset))),
    )
    statuses.push(...wave.map((response) => response.status))
  }
  return statuses
}

const forgedLogin = (forwardedFor: string, localAddress: string): RawRequest => {
  const request = jsonPost('/api/v1/auth/login', {})
  return { ...request, localAddress, headers: { ...request.headers, 'x-forwarded-for': forwardedFor } }
}

/** 40 logins sent from `localAddress`, each with an X-Forwarded-For of its own; their statuses. */
const forgingLogins = (baseUrl: string, localAddress: string, forwardedFor: (index: number) => string) =>
  loginWaves(40, (index) => forgedLogin(forwardedFor(index), localAddress), baseUrl)

/** A new forged address for every request. */
const newForgery = (index: number) => `203.0.113.${index + 1}`

/** One bucket: burst 20 at 10 r/s, so about 21 pass, then 429s. */
function expectLimited(statuses: number[]) {
  expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(10)
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(10)
}

/** The access-log entry of the last request for `uri`. */
const lastLogged = (gateway: NginxWithFakes, uri: string) =>
  gateway.nginx
    .accessLog()
    .map((line) => JSON.parse(line))
    .findLast((line) => line.uri === uri)

describe('nginx gateway without TRUSTED_PROXIES: X-Forwarded-For buys nothing', () => {
  let gateway: NginxWithFakes
  beforeAll(async () => {
    gateway = await startNginxWithFakes()
  })
  afterAll(() => gateway?.stop())

  it('keeps the socket address as the client, whatever X-Forwarded-For claims', async () => {
    const response = await send(gateway.nginx.baseUrl, {
      path: '/api/v1/courses/__echo',
      localAddress: TRUSTED_HOP,
      headers: { 'x-forwarded-for': '198.51.100.7' },
    })
    expect(response.status).toBe(200)
    const { headers } = response.json()
    expect(headers['x-real-ip']).toBe(TRUSTED_HOP)
    // Passed on with the real address last: a service trusting one hop (the gateway) reads that.
    expect(headers['x-forwarded-for']).toBe(`198.51.100.7, ${TRUSTED_HOP}`)
    // Nginx writes the access log line after the response: wait for it.
    await expect.poll(() => lastLogged(gateway, '/api/v1/courses/__echo')?.remote_addr).toBe(TRUSTED_HOP)
  })

  it('puts a client that forges a new X-Forwarded-For on every request in one bucket: it is limited', async () => {
    const statuses = await forgingLogins(gateway.nginx.baseUrl, CLIENT, newForgery)
    // As without the header.
    expectLimited(statuses)
    expect(statuses.every((status) => status === 422 || status === 429)).toBe(true)
  })
})

describe('nginx gateway with TRUSTED_PROXIES: only a trusted hop names the client', () => {
  let gateway: NginxWithFakes
  const seen = async (request: RawRequest) => (await send(gateway.nginx.baseUrl, request)).json().headers

  beforeAll(async () => {
    gateway = await startNginxWithFakes({ trustedProxies: `${TRUSTED_HOP}/32, ::1` })
  })
  afterAll(() => gateway?.stop())

  it("honours the trusted hop's X-Forwarded-For: the services and the log see the client", async () => {
    const headers = await seen({
      path: '/api/v1/courses/__echo',
      localAddress: TRUSTED_HOP,
      headers: { 'x-forwarded-for': '198.51.100.7' },
    })
    expect(headers['x-real-ip']).toBe('198.51.100.7')
    expect(headers['x-forwarded-for'].split(', ').at(-1)).toBe('198.51.100.7')
    // Nginx writes the access log line after the response: wait for it.
    await expect.poll(() => lastLogged(gateway, '/api/v1/courses/__echo')?.remote_addr).toBe('198.51.100.7')
  })

  it('takes the right-most untrusted address: what a client prepended through the hop is ignored', async () => {
    const headers = await seen({
      path: '/api/v1/courses/__echo',
      localAddress: TRUSTED_HOP,
      headers: { 'x-forwarded-for': `192.0.2.1, 198.51.100.5, ${TRUSTED_HOP}` },
    })
    expect(headers['x-real-ip']).toBe('198.51.100.5')
  })

  it('ignores X-Forwarded-For from a client that is not a trusted hop', async () => {
    const headers = await seen({
      path: '/api/v1/courses/__echo',
      localAddress: CLIENT,
      headers: { 'x-forwarded-for': '198.51.100.7' },
    })
    expect(headers['x-real-ip']).toBe(CLIENT)
  })

  it('gives each client behind the trusted hop its own bucket', async () => {
    // 40 attempts from 40 clients through the hop: each is far under its own limit.
    const statuses = await forgingLogins(
      gateway.nginx.baseUrl,
      TRUSTED_HOP,
      (index) => `198.51.100.${index + 1}`,
    )
    expect(statuses.every((status) => status === 422)).toBe(true)
  })

  it('still limits one client behind the hop that prepends a new forged address each time', async () => {
    const statuses = await forgingLogins(
      gateway.nginx.baseUrl,
      TRUSTED_HOP,
      (index) => `${newForgery(index)}, 198.51.100.200`,
    )
    expectLimited(statuses)
  })

  it('still limits an untrusted client that forges a new X-Forwarded-For each time', async () => {
    expectLimited(await forgingLogins(gateway.nginx.baseUrl, CLIENT, newForgery))
  })
})

describe('enable-real-ip.sh', () => {
  it('refuses a TRUSTED_PROXIES entry that is not an address or CIDR, so the gateway does not start', async () => {
    const fakes = await startFakeUpstreams()
    try {
      await expect(
        startNginx({ upstreams: fakes.upstreams, trustedProxies: '10.0.0.0/8, 0.0.0.0/0;allow all' }),
      ).rejects.toThrow(/enable-real-ip\.sh failed: .*is not an address or CIDR/)
    } finally {
      await fakes.close()
    }
  })
})

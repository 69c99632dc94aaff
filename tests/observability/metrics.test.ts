import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AllInOneConfigSchema, createMetricsServer, type System, startSystem } from '@smartcourse/all-in-one'
import { loadConfig } from '@smartcourse/service-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let system: System
let dataDir: string
const metricsServer = createMetricsServer()

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-metrics-'))
  system = await startSystem(
    loadConfig(AllInOneConfigSchema, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'development' }),
  )
})
afterAll(async () => {
  await metricsServer.close()
  await system?.close()
  await rm(dataDir, { recursive: true, force: true })
})

/** The value of one series in Prometheus text, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue
    const [series, value] = line.split(' ')
    if (wanted.every((label) => series!.includes(label))) return Number(value)
  }
  return undefined
}

describe('/metrics', () => {
  it('counts requests by service, route template and status, with latency histograms', async () => {
    const scrape = async () => (await metricsServer.inject({ method: 'GET', url: '/metrics' })).body
    const labels = { service: 'course-service', method: 'GET', route: '/courses/:id', status: '404' }
    const before = sample(await scrape(), 'http_requests_total', labels) ?? 0
    for (const id of [910001, 910002, 910003]) {
      expect((await system.gateway.inject({ method: 'GET', url: `/api/v1/courses/${id}` })).statusCode).toBe(
        404,
      )
    }
    const text = await scrape()
    expect(sample(text, 'http_requests_total', labels)).toBe(before + 3)
    expect(sample(text, 'http_request_duration_seconds_count', labels)).toBe(before + 3)
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*le="0.1"[^}]*route="\/courses\/:id"/)
    // The gateway counts the same requests under its own route.
    expect(
      sample(text, 'http_requests_total', {
        service: 'api-gateway',
        route: '/api/v1/courses/*',
        status: '404',
      }),
    ).toBeGreaterThanOrEqual(3)
  })

  it('reports outbox depth per producer and the process metrics', async () => {
    const text = (await metricsServer.inject({ method: 'GET', url: '/metrics' })).body
    for (const service of ['user-service', 'enrollment-service', 'progress-service']) {
      expect(sample(text, 'outbox_pending_events', { service })).toBe(0)
    }
    expect(text).toContain('# TYPE outbox_delivery_latency_seconds histogram')
    expect(text).toContain('# TYPE outbox_delivery_failures_total counter')
    expect(text).toContain('# TYPE cache_errors_total counter')
    expect(text).toContain('# TYPE db_pool_connections gauge')
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m)
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m)
  })

  it('is Prometheus text on every service, and never served on the public port', async () => {
    const fromService = await system.services.users.inject({ method: 'GET', url: '/metrics' })
    expect(fromService.statusCode).toBe(200)
    expect(fromService.headers['content-type']).toMatch(/^text\/plain; version=0.0.4/)
    for (const url of ['/metrics', '/api/v1/metrics', '/api/v1/users/../../metrics']) {
      const response = await system.gateway.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(404)
      expect(response.body).not.toContain('http_requests_total')
    }
  })
})

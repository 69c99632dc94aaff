import { readFileSync } from 'node:fs'
import { collectProcessMetrics, metricsRegistry } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const dashboard = JSON.parse(read('deploy/observability/grafana-dashboard.json'))
const prometheus = parse(read('deploy/observability/prometheus.yml'))
const compose = parse(read('docker-compose.yml'))

describe('deploy/observability', () => {
  it('the Grafana dashboard queries only metrics the processes export', async () => {
    collectProcessMetrics()
    const exported = new Set((await metricsRegistry.getMetricsAsJSON()).map((metric) => metric.name))
    const expressions: string[] = dashboard.panels.flatMap((panel: any) =>
      panel.targets.map((target: any) => target.expr),
    )
    expect(expressions.length).toBeGreaterThanOrEqual(10)
    for (const expression of expressions) {
      const names = expression.match(/\b(?:http|outbox|db_pool|cache|process|nodejs)_[a-z0-9_]+/g) ?? []
      expect(names.length, expression).toBeGreaterThan(0)
      for (const name of names) {
        expect(exported.has(name) || exported.has(name.replace(/_(bucket|count|sum)$/, '')), name).toBe(true)
      }
    }
  })

  it('Prometheus scrapes /metrics of every compose service on the port it listens on', () => {
    const job = prometheus.scrape_configs.find((config: any) => config.job_name === 'smartcourse-services')
    const [discovery] = job.dns_sd_configs
    const services = Object.keys(compose.services).filter((name) => name.endsWith('-service'))
    expect(services).toHaveLength(5)
    expect([...discovery.names].sort()).toEqual(services.sort())
    expect(String(discovery.port)).toBe(String(compose['x-service-environment'].PORT))
    expect(job.metrics_path).toBe('/metrics')
  })
})

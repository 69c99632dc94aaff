import type { FastifyReply, FastifyRequest } from 'fastify'
import client from 'prom-client'

/**
 * Prometheus metrics of this process (prom-client's default registry). Every series carries the
 * `service` it belongs to, so all-in-one (five services and the gateway in one process) exposes
 * one /metrics whose series still tell the services apart.
 */
export const metricsRegistry = client.register

let processMetrics = false
/** Node process metrics (CPU, memory, event-loop lag, GC, handles), once per process. */
export function collectProcessMetrics() {
  if (processMetrics) return
  processMetrics = true
  client.collectDefaultMetrics({ register: metricsRegistry })
}

const httpRequests = new client.Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by route template and status',
  labelNames: ['service', 'method', 'route', 'status'] as const,
})
const httpDuration = new client.Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by route template and status',
  labelNames: ['service', 'method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
})

/** Counts the request and its latency; unmatched paths share one `route` label value. */
export function observeRequest(service: string, request: FastifyRequest, reply: FastifyReply) {
  const labels = {
    service,
    method: request.method,
    route: request.routeOptions.url ?? 'unmatched',
    status: String(reply.statusCode),
  }
  httpRequests.inc(labels)
  httpDuration.observe(labels, reply.elapsedTime / 1000)
}

const outboxDelivered = new client.Histogram({
  name: 'outbox_delivery_latency_seconds',
  help: 'Time from an event being written to the outbox to its delivery to the subscriber',
  labelNames: ['service', 'event', 'destination'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
})
const outboxFailures = new client.Counter({
  name: 'outbox_delivery_failures_total',
  help: 'Event deliveries that failed and will be retried',
  labelNames: ['service', 'event', 'destination'] as const,
})

export function observeOutboxDelivery(
  labels: { service: string; event: string; destination: string },
  occurredAt: Date,
) {
  outboxDelivered.observe(labels, Math.max(0, Date.now() - occurredAt.getTime()) / 1000)
}

export function countOutboxFailure(labels: { service: string; event: string; destination: string }) {
  outboxFailures.inc(labels)
}

/** Pending and parked rows per service's outbox, read at scrape time. */
const outboxDepthProbes = new Map<string, () => Promise<number>>()
const outboxParkedProbes = new Map<string, () => Promise<number>>()
function probedGauge(name: string, help: string, probes: Map<string, () => Promise<number>>) {
  new client.Gauge({
    name,
    help,
    labelNames: ['service'] as const,
    async collect() {
      this.reset()
      for (const [service, probe] of probes) {
        const value = await probe().catch(() => undefined)
        if (value !== undefined) this.set({ service }, value)
      }
    },
  })
}
probedGauge(
  'outbox_pending_events',
  'Events in the outbox not yet delivered (parked ones excluded)',
  outboxDepthProbes,
)
probedGauge(
  'outbox_parked_events',
  'Dead letters: events parked after failing for OUTBOX_DEAD_LETTER_AFTER_MINUTES, awaiting a redrive',
  outboxParkedProbes,
)

/** Registers how to count a service's pending outbox rows; returns the unregistration. */
export function registerOutboxDepth(
  service: string,
  probe: () => Promise<number>,
  parkedProbe?: () => Promise<number>,
) {
  outboxDepthProbes.set(service, probe)
  if (parkedProbe) outboxParkedProbes.set(service, parkedProbe)
  return () => {
    if (outboxDepthProbes.get(service) === probe) outboxDepthProbes.delete(service)
    if (parkedProbe && outboxParkedProbes.get(service) === parkedProbe) outboxParkedProbes.delete(service)
  }
}

export interface PoolStats {
  totalCount: number
  idleCount: number
  waitingCount: number
}
const pools = new Set<PoolStats>()
new client.Gauge({
  name: 'db_pool_connections',
  help: 'PostgreSQL pool: open connections (total), idle ones, and queries waiting for one',
  labelNames: ['state'] as const,
  collect() {
    this.reset()
    const sum = (pick: (pool: PoolStats) => number) =>
      [...pools].reduce((total, pool) => total + pick(pool), 0)
    if (pools.size === 0) return
    this.set(
      { state: 'total' },
      sum((pool) => pool.totalCount),
    )
    this.set(
      { state: 'idle' },
      sum((pool) => pool.idleCount),
    )
    this.set(
      { state: 'waiting' },
      sum((pool) => pool.waitingCount),
    )
  },
})

/** A pg.Pool (or anything with its counters) to report; returns the unregistration. */
export function registerPool(pool: PoolStats) {
  pools.add(pool)
  return () => void pools.delete(pool)
}

const cacheErrors = new client.Counter({
  name: 'cache_errors_total',
  help: 'Cache (Redis) failures: commands answered without the cache, and connection errors',
  labelNames: ['kind'] as const,
})

export function countCacheError(kind: 'command' | 'connection') {
  cacheErrors.inc({ kind })
}

/** The text Prometheus scrapes. */
export async function renderMetrics() {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() }
}

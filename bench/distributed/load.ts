import autocannon from 'autocannon'
import { cpuMicrosOf } from './processes.js'

export interface LoadResult {
  rps: number
  p50: number
  p99: number
  requests: number
  non2xx: number
  errors: number
  /** CPU microseconds the measured processes spent per request (robust to a shared machine). */
  cpuPerRequest: number
}

export interface NextRequest {
  path: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

/**
 * autocannon against `base` for `seconds`; `next` picks each request (rotating ids, tokens), so
 * the load is spread over many rows and users instead of one hot key.
 */
export async function load(
  base: string,
  options: { connections: number; seconds: number; next: () => NextRequest; pids: number[] },
): Promise<LoadResult> {
  const cpu = () => options.pids.reduce((sum, pid) => sum + cpuMicrosOf(pid), 0)
  const cpuBefore = cpu()
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request: any) => {
          const next = options.next()
          return {
            ...request,
            path: next.path,
            method: next.method ?? 'GET',
            headers: { ...next.headers, ...(next.body ? { 'content-type': 'application/json' } : {}) },
            body: next.body,
          }
        },
      },
    ],
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuPerRequest: result.requests.total > 0 ? (cpu() - cpuBefore) / result.requests.total : 0,
  }
}

/** Round-robin over `items`. */
export function rotate<T>(items: readonly T[]): () => T {
  let index = 0
  return () => {
    const item = items[index % items.length]!
    index += 1
    return item
  }
}

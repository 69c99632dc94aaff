import autocannon from 'autocannon'

export interface LoadResult {
  rps: number
  p50: number
  p99: number
  requests: number
  non2xx: number
  errors: number
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
  options: { connections: number; seconds: number; next: () => NextRequest },
): Promise<LoadResult> {
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

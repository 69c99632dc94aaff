/** A rate of `perSecond` requests per second with `burst` extra requests allowed at once. */
export interface RateLimit {
  perSecond: number
  burst: number
}

/** Keys idle this long with nothing left to drain are forgotten (Nginx does the same). */
const IDLE_MS = 60_000

/**
 * Nginx's `limit_req zone=... rate=r burst=b nodelay` (ngx_http_limit_req_module), with the same
 * integer arithmetic: per key, `excess` counts thousandths of a request above the rate; each
 * request adds 1000 less what drained since the key's last accepted request, never below 0, and
 * is refused when the result would exceed `burst * 1000`. A refused request changes nothing.
 * The first request of a key costs nothing, so b + 1 requests pass at once, then one every 1/r s.
 * This is GCRA, i.e. a token bucket of b + 1 tokens refilled at r per second.
 */
export function createRateLimiter(limit: RateLimit, options: { maxKeys?: number; now?: () => number } = {}) {
  const rate = Math.round(limit.perSecond * 1000)
  const ceiling = limit.burst * 1000
  const maxKeys = options.maxKeys ?? 100_000
  const now = options.now ?? Date.now
  /** Insertion order is recency order: every accepted request re-inserts its key. */
  const keys = new Map<string, { excess: number; last: number }>()

  const drained = (state: { excess: number; last: number }, ms: number) =>
    state.excess - Math.floor((rate * ms) / 1000)

  function forgetIdle(at: number) {
    // Like Nginx: look at the two least recently used keys per request.
    for (let looked = 0; looked < 2; looked++) {
      const oldest = keys.entries().next()
      if (oldest.done) return
      const [key, state] = oldest.value
      const ms = at - state.last
      if (ms < IDLE_MS || drained(state, ms) > 0) return
      keys.delete(key)
    }
  }

  return {
    /** Whether a request from `key` may pass now; counts it when it does. */
    allow(key: string): boolean {
      const at = now()
      forgetIdle(at)
      const state = keys.get(key)
      if (!state) {
        if (keys.size >= maxKeys) keys.delete(keys.keys().next().value as string)
        keys.set(key, { excess: 0, last: at })
        return true
      }
      const ms = Math.max(0, at - state.last)
      const excess = Math.max(0, drained(state, ms) + 1000)
      if (excess > ceiling) return false
      state.excess = excess
      if (ms > 0) state.last = at
      keys.delete(key)
      keys.set(key, state)
      return true
    },
  }
}

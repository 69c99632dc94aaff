/**
 * The cache of a single process (`npm start`, the tests): the Redis commands `Cache` uses, over a
 * Map. Keys expire like Redis keys: a read of an expired key finds nothing, and a sweep once a
 * minute drops the expired ones nobody reads again.
 */
export function createMemoryStore(now: () => number = Date.now) {
  const entries = new Map<string, { value: string; expiresAt: number }>()
  const live = (key: string) => {
    const entry = entries.get(key)
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key)
      return undefined
    }
    return entry
  }
  const sweep = setInterval(() => {
    for (const [key, entry] of entries) if (entry.expiresAt <= now()) entries.delete(key)
  }, 60_000)
  sweep.unref()

  return {
    get: (key: string) => live(key)?.value ?? null,
    set(key: string, value: string, ttlSeconds: number) {
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 })
    },
    del(...keys: string[]) {
      for (const key of keys) entries.delete(key)
    },
    /** INCR, plus EXPIRE when the counter is new (as Cache.increment does on Redis). */
    increment(key: string, ttlSeconds: number) {
      const entry = live(key)
      const count = entry ? Number(entry.value) + 1 : 1
      entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? now() + ttlSeconds * 1000 })
      return count
    },
    /** Whole seconds left, rounded as Redis's TTL rounds them; 0 when absent. */
    ttl(key: string) {
      const entry = live(key)
      return entry ? Math.max(0, Math.round((entry.expiresAt - now()) / 1000)) : 0
    },
    close() {
      clearInterval(sweep)
      entries.clear()
    },
  }
}

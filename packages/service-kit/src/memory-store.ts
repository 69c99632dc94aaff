/** How often expired entries are swept (reads also ignore them as soon as they expire). */
const SWEEP_INTERVAL_MS = 60_000

/**
 * The cache of one process when there is no Redis: strings with an optional time-to-live and
 * counters, kept in a Map. Expired entries are dropped on read and by a periodic sweep.
 */
export function createMemoryStore(now: () => number = Date.now) {
  const entries = new Map<string, { value: string; expiresAt: number | undefined }>()
  const live = (key: string) => {
    const entry = entries.get(key)
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now()) {
      entries.delete(key)
      return undefined
    }
    return entry
  }
  const sweeper = setInterval(() => {
    for (const key of entries.keys()) live(key)
  }, SWEEP_INTERVAL_MS)
  sweeper.unref()

  return {
    get: (key: string) => live(key)?.value ?? null,
    set(key: string, value: string, ttlSeconds?: number, onlyIfAbsent = false) {
      if (onlyIfAbsent && live(key)) return false
      entries.set(key, { value, expiresAt: ttlSeconds === undefined ? undefined : now() + ttlSeconds * 1000 })
      return true
    },
    del(keys: string[]) {
      for (const key of keys) entries.delete(key)
    },
    increment(key: string, ttlSeconds: number) {
      const entry = live(key)
      const count = (entry ? Number(entry.value) || 0 : 0) + 1
      entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? now() + ttlSeconds * 1000 })
      return count
    },
    /** Seconds left, or 0 for an absent key or one without expiry. */
    ttl(key: string) {
      const expiresAt = live(key)?.expiresAt
      return expiresAt === undefined ? 0 : Math.max(0, Math.ceil((expiresAt - now()) / 1000))
    },
    close() {
      clearInterval(sweeper)
      entries.clear()
    },
  }
}

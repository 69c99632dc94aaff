import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import { countCacheError } from './metrics.js'
import { createMemoryStore } from './memory-cache.js'

/**
 * Ephemeral state only (revocation markers, counters, read caches). Every call fails open:
 * with Redis down a read answers "nothing cached" and the service keeps serving.
 */
export interface Cache {
  get(key: string): Promise<string | null>
  set(key: string, value: string, ttlSeconds: number): Promise<void>
  del(...keys: string[]): Promise<void>
  /** Increments a counter, starting its time-to-live on first use; returns the new value. */
  increment(key: string, ttlSeconds: number): Promise<number>
  /** Seconds until the key expires, or 0 when absent. */
  ttl(key: string): Promise<number>
  ping(): Promise<void>
  close(): Promise<void>
}

/** Redis when a URL is given, otherwise an in-process store of this process only. */
export function createCache(options: { redisUrl?: string; logger?: Logger; keyPrefix?: string }): Cache {
  if (!options.redisUrl) return memoryCache()
  const redis = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
    keyPrefix: options.keyPrefix,
  })
  redis.on('error', (error: Error) => {
    countCacheError('connection')
    options.logger?.warn({ err: error }, 'cache error')
  })

  async function failOpen<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      countCacheError('command')
      options.logger?.warn({ err: error }, 'cache unavailable')
      return fallback
    }
  }

  return {
    get: (key) => failOpen(() => redis.get(key), null),
    set: (key, value, ttlSeconds) =>
      failOpen(async () => void (await redis.set(key, value, 'EX', ttlSeconds)), undefined),
    del: (...keys) => failOpen(async () => void (keys.length > 0 && (await redis.del(...keys))), undefined),
    increment: (key, ttlSeconds) =>
      failOpen(async () => {
        const count = await redis.incr(key)
        if (count === 1) await redis.expire(key, ttlSeconds)
        return count
      }, 0),
    ttl: (key) => failOpen(async () => Math.max(0, await redis.ttl(key)), 0),
    ping: async () => void (await redis.ping()),
    close: async () => void redis.disconnect(),
  }
}

function memoryCache(): Cache {
  const store = createMemoryStore()
  return {
    get: async (key) => store.get(key),
    set: async (key, value, ttlSeconds) => store.set(key, value, ttlSeconds),
    del: async (...keys) => store.del(...keys),
    increment: async (key, ttlSeconds) => store.increment(key, ttlSeconds),
    ttl: async (key) => store.ttl(key),
    ping: async () => {},
    close: async () => store.close(),
  }
}

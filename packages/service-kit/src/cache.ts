import { Redis } from 'ioredis'
import type { Logger } from 'pino'
import { ServiceUnavailableError } from './errors.js'
import { countCacheError } from './metrics.js'
import { createMemoryStore } from './memory-store.js'

/** The cache could not answer: whoever needed a definite answer answers 503. */
export class CacheUnavailableError extends ServiceUnavailableError {
  constructor() {
    super('The cache is unavailable; retry shortly')
  }
}

/**
 * Redis (or an in-process store). Two kinds of call:
 * - best effort (`get`, `set`, `del`, `increment`, `ttl`): read caches and the like; with the
 *   cache down a read answers "nothing cached" and a write is dropped;
 * - `must*`: security state (revocations, login throttling); they throw CacheUnavailableError
 *   when the cache cannot answer, so the caller never takes "unknown" for "no".
 */
export interface Cache {
  get(key: string): Promise<string | null>
  set(key: string, value: string, ttlSeconds: number): Promise<void>
  del(...keys: string[]): Promise<void>
  /** Increments a counter, starting its time-to-live on first use; returns the new value. */
  increment(key: string, ttlSeconds: number): Promise<number>
  /** Seconds until the key expires, or 0 when absent. */
  ttl(key: string): Promise<number>
  mustGetMany(keys: string[]): Promise<Array<string | null>>
  /** Without `ttlSeconds` the key never expires; `onlyIfAbsent` keeps an existing value. */
  mustSet(
    key: string,
    value: string,
    options?: { ttlSeconds?: number; onlyIfAbsent?: boolean },
  ): Promise<void>
  mustIncrement(key: string, ttlSeconds: number): Promise<number>
  ping(): Promise<void>
  /** 'down' from the first failed command or lost connection until it answers again. */
  state(): 'up' | 'down'
  close(): Promise<void>
  /** Set on the in-process store: a read costs a Map lookup, far less than any query. */
  readonly inProcess?: boolean
}

/** Bounds on every Redis round trip: a hung Redis costs a request this much, not its whole timeout. */
export const CACHE_TIMEOUTS = { connectMs: 500, commandMs: 500 }

/** Redis when a URL is given, otherwise an in-process store (one process, lost on restart). */
export function createCache(options: { redisUrl?: string; logger?: Logger; keyPrefix?: string }): Cache {
  return options.redisUrl
    ? createRedisCache(options.redisUrl, options.logger, options.keyPrefix)
    : createMemoryCache(options.keyPrefix)
}

function createMemoryCache(keyPrefix = ''): Cache {
  const store = createMemoryStore()
  const k = (key: string) => keyPrefix + key
  return {
    get: async (key) => store.get(k(key)),
    set: async (key, value, ttlSeconds) => void store.set(k(key), value, ttlSeconds),
    del: async (...keys) => store.del(keys.map(k)),
    increment: async (key, ttlSeconds) => store.increment(k(key), ttlSeconds),
    ttl: async (key) => store.ttl(k(key)),
    mustGetMany: async (keys) => keys.map((key) => store.get(k(key))),
    mustSet: async (key, value, { ttlSeconds, onlyIfAbsent } = {}) =>
      void store.set(k(key), value, ttlSeconds, onlyIfAbsent),
    mustIncrement: async (key, ttlSeconds) => store.increment(k(key), ttlSeconds),
    ping: async () => {},
    state: () => 'up',
    close: async () => store.close(),
    inProcess: true,
  }
}

function createRedisCache(url: string, logger: Logger | undefined, keyPrefix: string | undefined): Cache {
  const redis = new Redis(url, {
    keyPrefix,
    connectTimeout: CACHE_TIMEOUTS.connectMs,
    commandTimeout: CACHE_TIMEOUTS.commandMs,
    // Fail now rather than queue: a request must not wait for Redis to come back.
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  })
  // An outage is logged once when it starts and once when it ends, not per command.
  let up = true
  let closing = false
  const wentDown = (error: unknown) => {
    if (!up || closing) return
    countCacheError('connection')
    up = false
    logger?.error(
      { err: error },
      'cache unavailable: revocation checks and logins answer 503 until it is back',
    )
  }
  redis.on('error', wentDown)
  redis.on('close', () => wentDown(new Error('connection to Redis closed')))
  const cameBack = () => {
    if (up || closing) return
    up = true
    logger?.info('cache is back')
  }
  redis.on('ready', cameBack)

  async function strict<T>(operation: () => Promise<T>): Promise<T> {
    try {
      const result = await operation()
      cameBack() // e.g. after a command timed out on a connection that stayed open
      return result
    } catch (error) {
      countCacheError('command')
      wentDown(error)
      throw new CacheUnavailableError()
    }
  }
  async function bestEffort<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    return strict(operation).catch(() => fallback)
  }
  async function incrementWithExpiry(key: string, ttlSeconds: number) {
    const count = await redis.incr(key)
    if (count === 1) await redis.expire(key, ttlSeconds)
    return count
  }

  return {
    get: (key) => bestEffort(() => redis.get(key), null),
    set: (key, value, ttlSeconds) =>
      bestEffort(async () => void (await redis.set(key, value, 'EX', ttlSeconds)), undefined),
    del: (...keys) => bestEffort(async () => void (keys.length > 0 && (await redis.del(...keys))), undefined),
    increment: (key, ttlSeconds) => bestEffort(() => incrementWithExpiry(key, ttlSeconds), 0),
    ttl: (key) => bestEffort(async () => Math.max(0, await redis.ttl(key)), 0),
    mustGetMany: (keys) => strict(() => (keys.length === 0 ? Promise.resolve([]) : redis.mget(...keys))),
    mustSet: (key, value, { ttlSeconds, onlyIfAbsent } = {}) =>
      strict(async () => {
        if (ttlSeconds !== undefined && onlyIfAbsent) await redis.set(key, value, 'EX', ttlSeconds, 'NX')
        else if (ttlSeconds !== undefined) await redis.set(key, value, 'EX', ttlSeconds)
        else if (onlyIfAbsent) await redis.set(key, value, 'NX')
        else await redis.set(key, value)
      }),
    mustIncrement: (key, ttlSeconds) => strict(() => incrementWithExpiry(key, ttlSeconds)),
    ping: () => strict(async () => void (await redis.ping())),
    state: () => (up && redis.status === 'ready' ? 'up' : 'down'),
    async close() {
      closing = true
      redis.disconnect()
    },
  }
}

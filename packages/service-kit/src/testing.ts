import { createTokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import { openDatabase } from './db.js'

/** Test wiring: real Postgres/Redis when DATABASE_URL/REDIS_URL are set, otherwise PGlite in memory. */
export async function createTestDeps() {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 5 })
  const cache = createCache({ redisUrl: process.env.REDIS_URL })
  const secret = 'test-secret-that-is-at-least-32-characters-long'
  const tokens = createTokenService({ secret, cache })
  const config = {
    NODE_ENV: 'test' as const,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    JWT_SECRET_KEY: secret,
    JWT_ALGORITHM: 'HS256' as const,
    BODY_LIMIT_BYTES: 1_048_576,
    DATABASE_URL: process.env.DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL,
  }
  return {
    database,
    cache,
    tokens,
    config,
    async close() {
      await cache.close()
      await database.close()
    },
  }
}

let counter = 0
/** A value no other test (or earlier run against the same database) has used. */
export function unique(prefix = 'u'): string {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`
}

import { type Database, type TokenService, USER_MARKER_SECONDS } from '@smartcourse/service-kit'
import type { Logger } from 'pino'
import { createRevocationRepository } from './revocation.repository.js'

const SYNC_INTERVAL_MS = 1_000
const CHUNK = 200

/**
 * Keeps the cache a complete copy of the live revocations in PostgreSQL. A cache that was lost
 * (Redis restarted empty, a new embedded process) has no "loaded" marker, so every service
 * answers 503 for user tokens until this has copied every revocation back and set it: seconds.
 */
export function createRevocationSync(deps: {
  db: Database
  tokens: TokenService
  logger: Logger
  intervalMs?: number
}) {
  const { db, tokens, logger } = deps
  const revocations = createRevocationRepository(db)
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let failing = false

  async function load() {
    const now = new Date()
    const since = new Date(now.getTime() - USER_MARKER_SECONDS * 1000)
    const [revoked, revokedUsers] = await Promise.all([
      revocations.liveRevokedTokens(now),
      revocations.usersRevokedSince(since),
    ])
    // Only if absent: a logout or deletion written meanwhile is newer than what was read here.
    const writes = [
      ...revoked.map(
        (row) => () =>
          tokens.revokeAccessToken(
            { jti: row.jti, expiresAt: Math.ceil(row.expiresAt.getTime() / 1000) },
            { onlyIfAbsent: true },
          ),
      ),
      ...revokedUsers.map(
        (row) => () =>
          tokens.revokeAllForUser(row.id, Math.floor(row.tokensValidAfter!.getTime() / 1000), {
            onlyIfAbsent: true,
          }),
      ),
    ]
    for (let index = 0; index < writes.length; index += CHUNK) {
      await Promise.all(writes.slice(index, index + CHUNK).map((write) => write()))
    }
    await tokens.markRevocationsLoaded()
    await revocations.pruneExpired(now)
    logger.info({ tokens: revoked.length, users: revokedUsers.length }, 'revocations loaded into the cache')
  }

  async function syncOnce() {
    try {
      if (!(await tokens.revocationsLoaded())) await load()
      if (failing) logger.info('revocation sync works again')
      failing = false
    } catch (error) {
      if (!failing) logger.warn({ err: error }, 'revocation sync failed; retrying every second')
      failing = true
    }
  }

  function tick() {
    running ??= syncOnce().finally(() => {
      running = undefined
    })
    return running
  }

  return {
    syncOnce: tick,
    async start() {
      await tick()
      timer ??= setInterval(() => void tick(), deps.intervalMs ?? SYNC_INTERVAL_MS)
      timer.unref()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = undefined
      await running
    },
  }
}

import { createHash, randomUUID } from 'node:crypto'
import type { Cache } from '@smartcourse/service-kit'
import type { CatalogFilter } from './course.repository.js'

const VERSION_KEY = 'courses:catalog:version'
const VERSION_TTL_SECONDS = 24 * 60 * 60
/** Bounds how long a count can be wrong if a version bump was lost (cache briefly down). */
const COUNT_TTL_SECONDS = 10 * 60

/** A short stable key of canonical JSON (cache keys stay small whatever the query). */
export function digestKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 24)
}

/**
 * `total` of catalog pages without COUNT(*) per request: counts are cached per filter set
 * under the current catalog version, and every course write replaces the version, so the
 * next read counts afresh. Versions are random tokens, so an expired or lost version key can
 * never bring old counts back. With the cache down every read simply counts.
 *
 * A write whose version bump the cache refused (down at that moment) is remembered: this
 * process bumps again before it trusts the version on its next read.
 */
export function createCatalogCounts(cache: Cache, count: (filter: CatalogFilter) => Promise<number>) {
  let bumpPending = false

  async function bump(): Promise<string> {
    const fresh = randomUUID()
    try {
      await cache.mustSet(VERSION_KEY, fresh, { ttlSeconds: VERSION_TTL_SECONDS })
      bumpPending = false
    } catch {
      bumpPending = true
    }
    return fresh
  }

  async function currentVersion(): Promise<string> {
    if (bumpPending) return bump()
    const version = await cache.get(VERSION_KEY)
    if (version) return version
    // Set before counting: a write that commits meanwhile replaces it after its commit.
    const fresh = randomUUID()
    await cache.set(VERSION_KEY, fresh, VERSION_TTL_SECONDS)
    return fresh
  }

  function filterKey(filter: CatalogFilter) {
    return digestKey([
      filter.status ?? null,
      filter.instructorId ?? null,
      filter.category ?? null,
      filter.level ?? null,
      filter.search ?? null,
      filter.searchTier ?? null,
    ])
  }

  return {
    /** The current catalog version: anything cached under an older one is never read again. */
    version: currentVersion,

    filterKey,

    /** How many courses match the filter (under `version` when the caller already read it). */
    async total(filter: CatalogFilter, version?: string): Promise<number> {
      const key = `courses:catalog:count:${version ?? (await currentVersion())}:${filterKey(filter)}`
      const cached = await cache.get(key)
      if (cached !== null) return Number(cached)
      const total = await count(filter)
      await cache.set(key, String(total), COUNT_TTL_SECONDS)
      return total
    },

    /** Call after every committed course write that can change a count or a catalog page. */
    async invalidate(): Promise<void> {
      await bump()
    },
  }
}

export type CatalogCounts = ReturnType<typeof createCatalogCounts>

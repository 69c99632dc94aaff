import { createHash, randomUUID } from 'node:crypto'
import type { Cache } from '@smartcourse/service-kit'
import type { CatalogFilter } from './course.repository.js'

const VERSION_KEY = 'courses:catalog:version'
const VERSION_TTL_SECONDS = 24 * 60 * 60
/** Bounds how long a count can be wrong if a version bump was lost (cache briefly down). */
const COUNT_TTL_SECONDS = 10 * 60

/**
 * `total` of catalog pages without COUNT(*) per request: counts are cached per filter set
 * under the current catalog version, and every course write replaces the version, so the
 * next read counts afresh. Versions are random tokens, so an expired or lost version key can
 * never bring old counts back. With the cache down every read simply counts.
 */
export function createCatalogCounts(cache: Cache, count: (filter: CatalogFilter) => Promise<number>) {
  async function currentVersion(): Promise<string> {
    const version = await cache.get(VERSION_KEY)
    if (version) return version
    // Set before counting: a write that commits meanwhile replaces it after its commit.
    const fresh = randomUUID()
    await cache.set(VERSION_KEY, fresh, VERSION_TTL_SECONDS)
    return fresh
  }

  function filterKey(filter: CatalogFilter) {
    const canonical = JSON.stringify([
      filter.status ?? null,
      filter.instructorId ?? null,
      filter.category ?? null,
      filter.level ?? null,
      filter.search ?? null,
      filter.searchTier ?? null,
    ])
    return createHash('sha256').update(canonical).digest('base64url').slice(0, 24)
  }

  return {
    /** How many courses match the filter. */
    async total(filter: CatalogFilter): Promise<number> {
      const key = `courses:catalog:count:${await currentVersion()}:${filterKey(filter)}`
      const cached = await cache.get(key)
      if (cached !== null) return Number(cached)
      const total = await count(filter)
      await cache.set(key, String(total), COUNT_TTL_SECONDS)
      return total
    },

    /** Call after every committed course write that can change a count. */
    async invalidate(): Promise<void> {
      await cache.set(VERSION_KEY, randomUUID(), VERSION_TTL_SECONDS)
    },
  }
}

export type CatalogCounts = ReturnType<typeof createCatalogCounts>

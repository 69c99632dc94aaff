import type { Cache } from '@smartcourse/service-kit'
import type { CatalogCounts } from './catalog-counts.js'

/** Versions do the invalidating; the time-to-live only bounds memory for courses no one reads. */
const COURSE_TTL_SECONDS = 10 * 60

/**
 * Rendered GET /courses/:id bodies of published courses (the same for every caller), under
 * the catalog version: every course write, and every content write that changes a course's
 * duration, replaces the version. Only with the in-process cache (embedded, no Redis): there a
 * hit costs a Map lookup instead of a statement on PGlite's single connection; against
 * PostgreSQL two Redis round trips would cost more than the primary-key SELECT they replace.
 */
export function createPublishedCourseCache(cache: Cache, counts: CatalogCounts) {
  return {
    async read(id: number, render: () => Promise<{ published: boolean; body: string }>): Promise<string> {
      if (!cache.inProcess) return (await render()).body
      const key = `courses:course:${await counts.version()}:${id}`
      const cached = await cache.get(key)
      if (cached !== null) return cached
      const { published, body } = await render()
      if (published) void cache.set(key, body, COURSE_TTL_SECONDS)
      return body
    },
  }
}

export type PublishedCourseCache = ReturnType<typeof createPublishedCourseCache>

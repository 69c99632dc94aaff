import type { Cache } from '@smartcourse/service-kit'
import { type CatalogCounts, digestKey } from './catalog-counts.js'

/** Pages are read far more often than courses change; the version does the invalidating. */
const PAGE_TTL_SECONDS = 60

/**
 * Rendered catalog pages (the response body) cached under the catalog version of the counts:
 * a course write replaces the version, so no page rendered before it is read again. A page is
 * rendered after its version was read, so it is never stored under a version older than its
 * data. With the cache down every read renders from the database; so does every read with
 * `enabled: false` (CATALOG_PAGE_CACHE=false), the counts still cached under the version.
 */
export function createCatalogPages(cache: Cache, counts: CatalogCounts, options = { enabled: true }) {
  return {
    async read(keyParts: unknown[], render: (version: string) => Promise<string>): Promise<string> {
      const version = await counts.version()
      if (!options.enabled) return render(version)
      const key = `courses:catalog:page:${version}:${digestKey(keyParts)}`
      const cached = await cache.get(key)
      if (cached !== null) return cached
      const body = await render(version)
      void cache.set(key, body, PAGE_TTL_SECONDS) // best effort: never rejects
      return body
    },
  }
}

export type CatalogPages = ReturnType<typeof createCatalogPages>

import { type Actor, type Clock, isAdmin, UnauthorizedError } from '@smartcourse/service-kit'
import type { CatalogCounts } from './catalog-counts.js'
import type { CatalogPages } from './catalog-pages.js'
import { StatusFilterForbiddenError } from './course.errors.js'
import {
  type CatalogFilter,
  type CatalogSort,
  type CourseListRow,
  type CourseRepository,
  tierCount,
} from './course.repository.js'
import type { CatalogQuery } from './course.schemas.js'

/** No user has this id (ids start at 1). */
const NO_INSTRUCTOR = 0

/**
 * The catalog's set of courses for a caller: the published catalog by default; `mine` lists
 * the caller's own courses in any status (optionally one); only admins filter the whole
 * catalog by status. Others asking for a status other than published get a 403.
 */
export function catalogFilterFor(actor: Actor | undefined, query: CatalogQuery): CatalogFilter {
  const base = {
    instructorId: query.instructor_id,
    category: query.category,
    level: query.level,
    search: query.search,
  }
  if (query.mine) {
    if (!actor) throw new UnauthorizedError('mine=true needs a signed-in user')
    // instructor_id narrows like every filter: asking for someone else's id within mine finds nothing.
    const conflicting = query.instructor_id !== undefined && query.instructor_id !== actor.id
    return { ...base, status: query.status, instructorId: conflicting ? NO_INSTRUCTOR : actor.id }
  }
  if (query.status && query.status !== 'published' && !isAdmin(actor)) throw new StatusFilterForbiddenError()
  return { ...base, status: query.status ?? 'published' }
}

/** The open=true filter at `now`. */
function withOpenWindow(filter: CatalogFilter, query: CatalogQuery, now: Date): CatalogFilter {
  return query.open ? { ...filter, openAt: now } : filter
}

/** The catalog: a query's filter, its page and total (cached counts), the page cache. */
export function createCatalogReader(deps: {
  repository: CourseRepository
  counts: CatalogCounts
  pages: CatalogPages
  clock: Clock
}) {
  const { repository, counts, pages, clock } = deps

  function catalogQueryOf(actor: Actor | undefined, query: CatalogQuery) {
    const filter = withOpenWindow(catalogFilterFor(actor, query), query, clock.now())
    const sort: CatalogSort | 'relevance' = query.sort ?? (query.search ? 'relevance' : 'newest')
    const window = { limit: query.page_size, offset: (query.page - 1) * query.page_size }
    return { filter, sort, window }
  }

  /** One catalog page and its total; counts under `version` when the caller already read it. */
  async function readList(
    { filter, sort, window }: ReturnType<typeof catalogQueryOf>,
    version?: string,
  ): Promise<{ items: CourseListRow[]; total: number }> {
    // A window opens or closes with time, not with a write: such counts are never cached.
    const total = (f: CatalogFilter) => (filter.openAt ? repository.count(f) : counts.total(f, version))
    if (filter.search === undefined) {
      const [items, matches] = await Promise.all([repository.listPage(filter, sort, window), total(filter)])
      return { items, total: matches }
    }
    // A search's page is read one way for a few matches and another for many (see
    // sortsAllMatches), per relevance tier: the counts first, from the cache except once per
    // catalog version.
    const tiers = sort === 'relevance' ? tierCount(filter.search) : 0
    const [matches, catalogSize, ...tierMatches] = await Promise.all([
      total(filter),
      total({ ...filter, search: undefined }),
      ...Array.from({ length: tiers }, (_, searchTier) => total({ ...filter, searchTier })),
    ])
    const page = { ...window, matches, catalogSize, tierMatches }
    const items = matches === 0 ? [] : await repository.listPage(filter, sort, page)
    return { items, total: matches }
  }

  return {
    /**
     * The catalog page as `render` makes the response body, from the page cache while no course
     * was written since it was rendered. Not cached: searches (their keys are whatever anyone
     * types, each holding up to a page of rows) and open=true (its set moves with time).
     */
    async list(
      actor: Actor | undefined,
      query: CatalogQuery,
      render: (page: { items: CourseListRow[]; total: number }) => string,
    ): Promise<string> {
      const catalogQuery = catalogQueryOf(actor, query)
      const { filter, sort, window } = catalogQuery
      if (filter.openAt || filter.search !== undefined) return render(await readList(catalogQuery))
      const keyParts = [deps.counts.filterKey(filter), sort, window.limit, window.offset]
      return pages.read(keyParts, async (version) => render(await readList(catalogQuery, version)))
    },
  }
}

import { type Database, type Executor, preparedOnce } from '@smartcourse/service-kit'
import {
  and,
  asc,
  eq,
  getTableColumns,
  gt,
  inArray,
  isNull,
  like,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm'
import { unionAll } from 'drizzle-orm/pg-core'
import { courses, SEARCH_CONFIG } from '../db/tables.js'
import { searchTerms } from './search-terms.js'
import { nextSlug } from './slug.js'

const { searchVector: _searchVector, titleVector: _titleVector, ...courseColumns } = getTableColumns(courses)

type Generated = 'searchVector' | 'titleVector'
export type CourseRow = Omit<typeof courses.$inferSelect, Generated>
export type CourseInsert = Omit<typeof courses.$inferInsert, 'slug' | Generated | 'id'>
export type CoursePatch = Partial<Omit<CourseInsert, 'instructorId' | 'createdAt'>>
export type CourseStatus = CourseRow['status']
export type CatalogSort = 'newest' | 'title' | 'price'

/** Which courses a catalog page is drawn from; every field narrows the set. */
export interface CatalogFilter {
  /** undefined: any status (an instructor's own list, an admin's unfiltered one). */
  status?: CourseStatus
  instructorId?: number
  category?: string
  level?: 'beginner' | 'intermediate' | 'advanced'
  search?: string
  /** With `search`: only the courses of this relevance tier's condition (0 = best); counts only. */
  searchTier?: number
  /** Only courses whose enrollment window is open at this time (or that have none). */
  openAt?: Date
}

/**
 * Which page; with a search, how many courses it matches, how many each relevance tier's
 * condition matches, and how many the filter matches without the search.
 */
export interface PageWindow {
  limit: number
  offset: number
  matches?: number
  tierMatches?: number[]
  catalogSize?: number
}

const MAX_SLUG_ATTEMPTS = 5

function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown } | undefined)?.cause]
  return candidates.some((e) => (e as { code?: string } | undefined)?.code === '23505')
}

const tsQuery = (text: string) => sql`to_tsquery(${sql.raw(`'${SEARCH_CONFIG}'`)}, ${text})`

/** Courses with at least one word of the search (the last one as a prefix); none if nothing is searchable. */
function searchCondition(search: string, tier?: number): SQL {
  const terms = searchTerms(search)
  if (!terms) return sql`false`
  if (tier !== undefined) return relevanceTiers(terms)[tier] ?? sql`false`
  return sql`${courses.searchVector} @@ ${tsQuery(terms.any)}`
}

/** How many relevance tiers a search has (their counts decide how each tier is read). */
export function tierCount(search: string): number {
  const terms = searchTerms(search)
  return terms ? relevanceTiers(terms).length : 0
}

/** Everything but the search: the part of the filter every relevance tier shares. */
function baseWhere(filter: CatalogFilter): SQL | undefined {
  return and(
    // A literal (not a parameter) so the planner can match the partial indexes.
    filter.status ? sql`${courses.status} = ${sql.raw(`'${filter.status}'`)}` : undefined,
    filter.instructorId === undefined ? undefined : eq(courses.instructorId, filter.instructorId),
    filter.category === undefined ? undefined : eq(courses.category, filter.category),
    filter.level === undefined ? undefined : eq(courses.level, filter.level),
    filter.openAt === undefined ? undefined : openAt(filter.openAt),
  )
}

/** The enrollment window includes `at`: started (or no start) and not yet ended (or no end). */
function openAt(at: Date): SQL | undefined {
  return and(
    or(isNull(courses.enrollmentStart), lte(courses.enrollmentStart, at)),
    or(isNull(courses.enrollmentEnd), gt(courses.enrollmentEnd, at)),
  )
}

function catalogWhere(filter: CatalogFilter): SQL | undefined {
  return and(
    baseWhere(filter),
    filter.search === undefined ? undefined : searchCondition(filter.search, filter.searchTier),
  )
}

/**
 * Relevance tiers, best first: every word in the title, every word anywhere, a word in the
 * title, a word anywhere (the last two only for several words). A course belongs to the best
 * tier it matches; the last tier is the whole result set.
 */
function relevanceTiers(terms: NonNullable<ReturnType<typeof searchTerms>>): [SQL, SQL, ...SQL[]] {
  const all = tsQuery(terms.all)
  const any = tsQuery(terms.any)
  const tiers: [SQL, SQL, ...SQL[]] = [
    sql`${courses.titleVector} @@ ${all}`,
    sql`${courses.searchVector} @@ ${all}`,
  ]
  if (terms.words > 1)
    tiers.push(sql`${courses.titleVector} @@ ${any}`, sql`${courses.searchVector} @@ ${any}`)
  return tiers
}

/** A match read through the GIN index (random heap block, recheck) costs this many rows of an index walk. */
const SORT_ROW_COST = 5

/**
 * Which way a search page is read. Sorting every match costs about `matches` rows at
 * SORT_ROW_COST each; walking an index already in page order until the page is full costs
 * about `window × catalog / matches` rows (the matches are spread through the catalog). Sorting
 * wins below √(window × catalog / SORT_ROW_COST) matches: 632 for page 1 of 100,000 courses
 * (measured: 1,000 matches sorted 23 ms, walked 2 ms). The planner cannot make this choice
 * itself: it puts every word it has no statistics for at 0.5 % of the table, walks the index
 * for a rare word and reads all 100,000 rows to find its ten.
 */
export function sortsAllMatches(page: PageWindow): boolean {
  const { matches = 0, catalogSize = 0 } = page
  return matches * matches * SORT_ROW_COST <= (page.offset + page.limit) * catalogSize
}

/**
 * ORDER BY terms written exactly as the indexes are, so an index scan can stop after one page;
 * `fenced`: the same order as expressions no index has, so the page comes from the filter's
 * own index (the search's GIN index) and a sort of what it found.
 */
function catalogOrder(sort: CatalogSort, fenced = false): SQL[] {
  if (fenced) {
    switch (sort) {
      case 'title':
        return [sql`lower(${courses.title}) || ''`, sql`${courses.id} + 0`]
      case 'price':
        return [sql`${courses.price} + 0`, sql`${courses.id} + 0`]
      default:
        return [sql`${courses.publishedAt} + interval '0 s' desc nulls last`, sql`${courses.id} + 0 desc`]
    }
  }
  switch (sort) {
    case 'title':
      return [sql`lower(${courses.title})`, asc(courses.id)]
    case 'price':
      return [asc(courses.price), asc(courses.id)]
    default:
      return [sql`${courses.publishedAt} desc nulls last`, sql`${courses.id} desc nulls last`]
  }
}

const listColumns = {
  id: courses.id,
  title: courses.title,
  slug: courses.slug,
  description: courses.description,
  instructorId: courses.instructorId,
  category: courses.category,
  level: courses.level,
  price: courses.price,
  currency: courses.currency,
  status: courses.status,
  thumbnailUrl: courses.thumbnailUrl,
  publishedAt: courses.publishedAt,
  enrollmentStart: courses.enrollmentStart,
  enrollmentEnd: courses.enrollmentEnd,
}
export type CourseListRow = { [K in keyof typeof listColumns]: (typeof courses.$inferSelect)[K] }

/** SQL for the courses table; returns plain rows. */
export function createCourseRepository(db: Database) {
  function sortedPage(
    filter: CatalogFilter,
    sort: CatalogSort,
    limit: number,
    offset: number,
    fenced: boolean,
  ) {
    return db
      .select(listColumns)
      .from(courses)
      .where(catalogWhere(filter))
      .orderBy(...catalogOrder(sort, fenced))
      .limit(limit)
      .offset(offset)
  }

  /**
   * A ranked search page without ranking every match: each tier takes its newest
   * `offset + limit` courses through an index that is already in newest order (or, for a rare
   * word, from the GIN index), so no tier reads more than a page's worth of a popular word.
   * A course in several tiers keeps its best; the page is then ordered by tier, newest first.
   * Exact: every course on the page is among the first `offset + limit` of its own tier.
   */
  function rankedPage(filter: CatalogFilter, search: string, page: PageWindow) {
    const { limit, offset } = page
    const terms = searchTerms(search)
    if (!terms) return sortedPage(filter, 'newest', limit, offset, true) // matches nothing
    // Each tier is read the way its own number of matches calls for.
    const tierOrder = (tier: number) =>
      catalogOrder('newest', sortsAllMatches({ ...page, matches: page.tierMatches?.[tier] ?? 0 }))
    const tierQuery = (condition: SQL, tier: number) =>
      db
        .select({ ...listColumns, tier: sql<number>`${sql.raw(String(tier))}`.as('tier') })
        .from(courses)
        .where(and(baseWhere(filter), condition))
        .orderBy(...tierOrder(tier))
        .limit(offset + limit)
    // A tier that alone fills `offset + limit` rows ends the list: every course on the page is
    // in it or in a better tier, so the tiers after it need not be read (a popular word, or a
    // phrase in many titles, reads one tier instead of four).
    const tiers = relevanceTiers(terms)
    const filling = tiers.findIndex((_, tier) => (page.tierMatches?.[tier] ?? 0) >= offset + limit)
    if (filling === 0) {
      return db
        .select(listColumns)
        .from(courses)
        .where(and(baseWhere(filter), tiers[0]))
        .orderBy(...tierOrder(0))
        .limit(limit)
        .offset(offset)
    }
    if (sortsAllMatches(page)) {
      // Few matches: one read of the whole result set through the GIN index, ranked by tier.
      const rank = sql.join(
        [
          sql`case`,
          ...tiers
            .slice(0, -1)
            .map((condition, tier) => sql`when ${condition} then ${sql.raw(String(tier))}`),
          sql`else ${sql.raw(String(tiers.length - 1))} end`,
        ],
        sql` `,
      )
      return db
        .select(listColumns)
        .from(courses)
        .where(and(baseWhere(filter), tiers[tiers.length - 1]))
        .orderBy(rank, ...catalogOrder('newest', true))
        .limit(limit)
        .offset(offset)
    }
    const [first, second, ...rest] = filling === -1 ? tiers : (tiers.slice(0, filling + 1) as typeof tiers)
    const matches = unionAll(
      tierQuery(first, 0),
      tierQuery(second, 1),
      ...rest.map((condition, i) => tierQuery(condition, i + 2)),
    ).as('matches')
    const best = db
      .selectDistinctOn([matches.id], matches._.selectedFields)
      .from(matches)
      .orderBy(matches.id, matches.tier)
      .as('best')
    const { tier: _tier, ...columns } = best._.selectedFields
    return db
      .select(columns)
      .from(best)
      .orderBy(best.tier, sql`${best.publishedAt} desc nulls last`, sql`${best.id} desc`)
      .limit(limit)
      .offset(offset)
  }

  function pageQuery(filter: CatalogFilter, sort: CatalogSort | 'relevance', page: PageWindow) {
    const { limit, offset } = page
    const fenced = filter.search !== undefined && sortsAllMatches(page)
    return sort === 'relevance' && filter.search !== undefined
      ? rankedPage(filter, filter.search, page)
      : sortedPage(filter, sort === 'relevance' ? 'newest' : sort, limit, offset, fenced)
  }

  function countQuery(filter: CatalogFilter) {
    return db.select({ count: sql<number>`count(*)::int` }).from(courses).where(catalogWhere(filter))
  }

  return {
    db,

    async findById(id: number): Promise<CourseRow | undefined> {
      const query = preparedOnce(db, 'courses_find_by_id', () =>
        db
          .select(courseColumns)
          .from(courses)
          .where(eq(courses.id, sql.placeholder('id')))
          .prepare('courses_find_by_id'),
      )
      const [row] = await query.execute({ id })
      return row
    },

    async findBySlug(slug: string): Promise<CourseRow | undefined> {
      const [row] = await db.select(courseColumns).from(courses).where(eq(courses.slug, slug))
      return row
    },

    /**
     * Inserts with the first free slug from `baseSlug`. Creations from one title take turns
     * (advisory lock on the base); a collision with another base's suffix is retried.
     */
    async insertWithUniqueSlug(values: CourseInsert, baseSlug: string): Promise<CourseRow> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await db.transaction(async (tx) => {
            await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`courses.slug:${baseSlug}`}))`)
            const taken = await tx
              .select({ slug: courses.slug })
              .from(courses)
              .where(or(eq(courses.slug, baseSlug), like(courses.slug, `${baseSlug}-%`)))
            const slug = nextSlug(
              baseSlug,
              taken.map((r) => r.slug),
            )
            const [row] = await tx
              .insert(courses)
              .values({ ...values, slug })
              .returning(courseColumns)
            return row!
          })
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= MAX_SLUG_ATTEMPTS) throw error
        }
      }
    },

    async update(id: number, patch: CoursePatch): Promise<CourseRow | undefined> {
      const [row] = await db.update(courses).set(patch).where(eq(courses.id, id)).returning(courseColumns)
      return row
    },

    /**
     * Updates in one transaction with `before` (checks that must see the same state) and `after`
     * (an outbox event of the change). With `lockPrerequisites`, prerequisite changes take turns,
     * so two concurrent updates cannot close a cycle neither saw.
     */
    async updateInTransaction(
      id: number,
      patch: CoursePatch,
      hooks: {
        lockPrerequisites?: boolean
        before?: (tx: Executor) => Promise<void>
        after?: (tx: Executor, row: CourseRow) => Promise<void>
      },
    ): Promise<CourseRow | undefined> {
      return db.transaction(async (tx) => {
        if (hooks.lockPrerequisites) {
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext('courses.prerequisites'))`)
        }
        await hooks.before?.(tx)
        const [row] = await tx.update(courses).set(patch).where(eq(courses.id, id)).returning(courseColumns)
        if (row) await hooks.after?.(tx, row)
        return row
      })
    },

    /** id, title, slug and status of these courses (missing ones are left out), in the order asked. */
    async findSummaries(ids: number[], executor: Executor = db) {
      if (ids.length === 0) return []
      const rows = await executor
        .select({ id: courses.id, title: courses.title, slug: courses.slug, status: courses.status })
        .from(courses)
        .where(inArray(courses.id, ids))
      const byId = new Map(rows.map((row) => [row.id, row]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    /** Whether `target` is among `from` or what they need, transitively (a prerequisite cycle). */
    async reaches(from: number[], target: number, executor: Executor = db): Promise<boolean> {
      if (from.length === 0) return false
      const ids = sql.raw(`ARRAY[${from.map((id) => Number(id)).join(',')}]::integer[]`)
      const result = await executor.execute<{ found: number }>(sql`
        with recursive reach(id) as (
          select unnest(${ids})
          union
          select unnest(c.prerequisite_course_ids) from ${courses} c join reach r on c.id = r.id
        )
        select 1 as found from reach where id = ${target} limit 1`)
      const rows = (result as unknown as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])
      return rows.length > 0
    },

    /** Stores the duration computed from content version `version`, unless a newer one is stored. */
    async updateDuration(id: number, durationHours: string, version: number): Promise<void> {
      await db
        .update(courses)
        .set({ durationHours, contentVersion: version })
        .where(and(eq(courses.id, id), lt(courses.contentVersion, version)))
    },

    listPage: (filter: CatalogFilter, sort: CatalogSort | 'relevance', page: PageWindow) =>
      pageQuery(filter, sort, page) as Promise<CourseListRow[]>,

    async count(filter: CatalogFilter): Promise<number> {
      const [row] = await countQuery(filter)
      return Number(row?.count ?? 0)
    },

    /** The queries of a page and of its count, for EXPLAIN in scripts/explain-catalog.ts. */
    catalogQueries(filter: CatalogFilter, sort: CatalogSort | 'relevance', page: PageWindow) {
      return { page: pageQuery(filter, sort, page), count: countQuery(filter) }
    },
  }
}

export type CourseRepository = ReturnType<typeof createCourseRepository>

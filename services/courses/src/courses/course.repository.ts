import type { Database } from '@smartcourse/service-kit'
import { and, asc, eq, getTableColumns, like, lt, or, type SQL, sql } from 'drizzle-orm'
import { courses, SEARCH_CONFIG } from '../db/tables.js'
import { nextSlug } from './slug.js'

const { searchVector: _searchVector, ...courseColumns } = getTableColumns(courses)

export type CourseRow = Omit<typeof courses.$inferSelect, 'searchVector'>
export type CourseInsert = Omit<typeof courses.$inferInsert, 'slug' | 'searchVector' | 'id'>
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
}

const MAX_SLUG_ATTEMPTS = 5

function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown } | undefined)?.cause]
  return candidates.some((e) => (e as { code?: string } | undefined)?.code === '23505')
}

const tsQuery = (search: string) => sql`websearch_to_tsquery(${sql.raw(`'${SEARCH_CONFIG}'`)}, ${search})`

function catalogWhere(filter: CatalogFilter): SQL | undefined {
  return and(
    // A literal (not a parameter) so the planner can match the partial indexes.
    filter.status ? sql`${courses.status} = ${sql.raw(`'${filter.status}'`)}` : undefined,
    filter.instructorId === undefined ? undefined : eq(courses.instructorId, filter.instructorId),
    filter.category === undefined ? undefined : eq(courses.category, filter.category),
    filter.level === undefined ? undefined : eq(courses.level, filter.level),
    filter.search === undefined ? undefined : sql`${courses.searchVector} @@ ${tsQuery(filter.search)}`,
  )
}

/** ORDER BY terms written exactly as the indexes are, so an index scan can stop after one page. */
function catalogOrder(sort: CatalogSort | 'relevance', search?: string): SQL[] {
  const newest = [sql`${courses.publishedAt} desc nulls last`, sql`${courses.id} desc nulls last`]
  switch (sort) {
    case 'title':
      return [sql`lower(${courses.title})`, asc(courses.id)]
    case 'price':
      return [asc(courses.price), asc(courses.id)]
    case 'relevance':
      return [sql`ts_rank(${courses.searchVector}, ${tsQuery(search ?? '')}) desc`, ...newest]
    default:
      return newest
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
}
export type CourseListRow = { [K in keyof typeof listColumns]: (typeof courses.$inferSelect)[K] }

/** SQL for the courses table; returns plain rows. */
export function createCourseRepository(db: Database) {
  function pageQuery(filter: CatalogFilter, sort: CatalogSort | 'relevance', limit: number, offset: number) {
    return db
      .select(listColumns)
      .from(courses)
      .where(catalogWhere(filter))
      .orderBy(...catalogOrder(sort, filter.search))
      .limit(limit)
      .offset(offset)
  }

  function countQuery(filter: CatalogFilter) {
    return db.select({ count: sql<number>`count(*)::int` }).from(courses).where(catalogWhere(filter))
  }

  return {
    async findById(id: number): Promise<CourseRow | undefined> {
      const [row] = await db.select(courseColumns).from(courses).where(eq(courses.id, id))
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

    /** Stores the duration computed from content version `version`, unless a newer one is stored. */
    async updateDuration(id: number, durationHours: string, version: number): Promise<void> {
      await db
        .update(courses)
        .set({ durationHours, contentVersion: version })
        .where(and(eq(courses.id, id), lt(courses.contentVersion, version)))
    },

    listPage: (filter: CatalogFilter, sort: CatalogSort | 'relevance', limit: number, offset: number) =>
      pageQuery(filter, sort, limit, offset) as Promise<CourseListRow[]>,

    async count(filter: CatalogFilter): Promise<number> {
      const [row] = await countQuery(filter)
      return Number(row?.count ?? 0)
    },

    /** The queries of a page and of its count, for EXPLAIN in scripts/explain-catalog.ts. */
    catalogQueries(filter: CatalogFilter, sort: CatalogSort | 'relevance', limit: number, offset: number) {
      return { page: pageQuery(filter, sort, limit, offset), count: countQuery(filter) }
    },
  }
}

export type CourseRepository = ReturnType<typeof createCourseRepository>

import { type Actor, type Clock, isAdmin, toMoney, UnauthorizedError } from '@smartcourse/service-kit'
import { hasLessons } from '../content/content-document.js'
import type { CourseContentStore } from '../content/content-store.js'
import type { CatalogCounts } from './catalog-counts.js'
import { assertManages, type CourseAccessRules } from './course-access.js'
import { CourseEmptyError, CourseNotFoundError, StatusFilterForbiddenError } from './course.errors.js'
import {
  type CatalogFilter,
  type CoursePatch,
  type CourseRepository,
  type CourseRow,
  tierCount,
} from './course.repository.js'
import type { CatalogQuery, CourseCreate, CourseUpdate } from './course.schemas.js'
import { slugify } from './slug.js'

/** Body fields (snake_case) → columns; money normalised to two decimals. */
function toColumns(input: CourseUpdate): CoursePatch {
  const patch: CoursePatch = {
    title: input.title,
    description: input.description,
    longDescription: input.long_description,
    category: input.category,
    level: input.level,
    language: input.language,
    price: input.price === undefined ? undefined : toMoney(input.price),
    currency: input.currency,
    maxStudents: input.max_students,
    prerequisites: input.prerequisites,
    learningObjectives: input.learning_objectives,
    thumbnailUrl: input.thumbnail_url,
    videoPreviewUrl: input.video_preview_url,
  }
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CoursePatch
}

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

/** Courses: creation, reading with visibility rules, update, publish, archive, the catalog. */
export function createCourseService(deps: {
  repository: CourseRepository
  counts: CatalogCounts
  access: CourseAccessRules
  contentStore: CourseContentStore
  clock: Clock
}) {
  const { repository, counts, access, contentStore, clock } = deps

  async function getRow(id: number): Promise<CourseRow> {
    const course = await repository.findById(id)
    if (!course) throw new CourseNotFoundError(id)
    return course
  }

  async function getManaged(actor: Actor, id: number): Promise<CourseRow> {
    const course = await getRow(id)
    assertManages(actor, course)
    return course
  }

  async function change(id: number, patch: CoursePatch): Promise<CourseRow> {
    const updated = await repository.update(id, { ...patch, updatedAt: clock.now() })
    if (!updated) throw new CourseNotFoundError(id)
    await counts.invalidate()
    return updated
  }

  return {
    async create(actor: Actor, input: CourseCreate): Promise<CourseRow> {
      const { title, ...rest } = toColumns(input)
      const course = await repository.insertWithUniqueSlug(
        { ...rest, title: title!, instructorId: actor.id, status: 'draft', createdAt: clock.now() },
        slugify(input.title),
      )
      await counts.invalidate()
      return course
    },

    async get(actor: Actor | undefined, id: number): Promise<CourseRow> {
      const course = await getRow(id)
      await access.readAccess(actor, course)
      return course
    },

    async getBySlug(actor: Actor | undefined, slug: string): Promise<CourseRow> {
      const course = await repository.findBySlug(slug)
      if (!course) throw new CourseNotFoundError(slug)
      await access.readAccess(actor, course)
      return course
    },

    /** The slug stays as it was: links to the course keep working after a title change. */
    async update(actor: Actor, id: number, input: CourseUpdate): Promise<CourseRow> {
      await getManaged(actor, id)
      return change(id, toColumns(input))
    },

    /** Hides the course from the catalog; enrolled students keep their access. Idempotent. */
    async archive(actor: Actor, id: number): Promise<void> {
      const course = await getManaged(actor, id)
      if (course.status !== 'archived') await change(id, { status: 'archived' })
    },

    /** Draft or archived → published (published_at = now); already published: unchanged. */
    async publish(actor: Actor, id: number): Promise<CourseRow> {
      const course = await getManaged(actor, id)
      if (course.status === 'published') return course
      if (!hasLessons(await contentStore.find(id))) throw new CourseEmptyError()
      return change(id, { status: 'published', publishedAt: clock.now() })
    },

    async list(actor: Actor | undefined, query: CatalogQuery) {
      const filter = catalogFilterFor(actor, query)
      const sort = query.sort ?? (query.search ? 'relevance' : 'newest')
      const offset = (query.page - 1) * query.page_size
      const window = { limit: query.page_size, offset }
      if (filter.search === undefined) {
        const [items, total] = await Promise.all([
          repository.listPage(filter, sort, window),
          counts.total(filter),
        ])
        return { items, total }
      }
      // A search's page is read one way for a few matches and another for many (see
      // sortsAllMatches), per relevance tier: the counts first, from the cache except once per
      // catalog version.
      const tiers = sort === 'relevance' ? tierCount(filter.search) : 0
      const [total, catalogSize, ...tierMatches] = await Promise.all([
        counts.total(filter),
        counts.total({ ...filter, search: undefined }),
        ...Array.from({ length: tiers }, (_, searchTier) => counts.total({ ...filter, searchTier })),
      ])
      const page = { ...window, matches: total, catalogSize, tierMatches }
      const items = total === 0 ? [] : await repository.listPage(filter, sort, page)
      return { items, total }
    },
  }
}

export type CourseService = ReturnType<typeof createCourseService>

import { type CourseCapacityChangedPayload, type EventPayloads, EventTypes } from '@smartcourse/contracts'
import {
  type Actor,
  type Clock,
  type Executor,
  isAdmin,
  type Outbox,
  toMoney,
  UnauthorizedError,
  ValidationError,
} from '@smartcourse/service-kit'
import { hasLessons } from '../content/content-document.js'
import type { CourseContentStore } from '../content/content-store.js'
import type { ContentChangeAnnouncer } from '../outline/content-changed.js'
import type { CatalogCounts } from './catalog-counts.js'
import type { CatalogPages } from './catalog-pages.js'
import type { PublishedCourseCache } from './published-course-cache.js'
import { assertManages, type CourseAccessRules } from './course-access.js'
import { CourseEmptyError, CourseNotFoundError, StatusFilterForbiddenError } from './course.errors.js'
import {
  type CatalogFilter,
  type CatalogSort,
  type CourseListRow,
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
    waitlistEnabled: input.waitlist_enabled,
    enrollmentStart: toDate(input.enrollment_start),
    enrollmentEnd: toDate(input.enrollment_end),
    prerequisiteCourseIds: input.prerequisite_course_ids,
  }
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CoursePatch
}

function toDate(value: string | null | undefined): Date | null | undefined {
  return value === undefined || value === null ? value : new Date(value)
}

/**
 * The enrollment rules of a course as they will be after `patch` (422 VALIDATION_ERROR otherwise):
 * a window that ends after it starts; a waitlist only on a free course (a waitlisted student of a
 * paid course would need a checkout when promoted, which no request is there to open).
 */
function checkEnrollmentRules(
  after: Pick<CourseRow, 'enrollmentStart' | 'enrollmentEnd' | 'waitlistEnabled' | 'price'>,
) {
  const { enrollmentStart: start, enrollmentEnd: end } = after
  if (start && end && end.getTime() <= start.getTime()) {
    throw new ValidationError('enrollment_end must be after enrollment_start', [
      { field: 'body.enrollment_end', message: 'must be after enrollment_start' },
    ])
  }
  if (after.waitlistEnabled && Number(after.price) > 0) {
    throw new ValidationError('A waitlist is only possible on a free course', [
      { field: 'body.waitlist_enabled', message: 'must be false while price is above 0' },
    ])
  }
}

const DEFAULT_RULES = { enrollmentStart: null, enrollmentEnd: null, waitlistEnabled: false, price: '0' }

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

/** Courses: creation, reading with visibility rules, update, publish, archive, the catalog. */
export function createCourseService(deps: {
  repository: CourseRepository
  counts: CatalogCounts
  pages: CatalogPages
  published: PublishedCourseCache
  access: CourseAccessRules
  contentStore: CourseContentStore
  clock: Clock
  outbox: Outbox<EventPayloads>
  /** course.content_changed: the outline carries status, owner, price and enrollment rules. */
  changes: ContentChangeAnnouncer
}) {
  const { repository, counts, pages, published, access, contentStore, clock, outbox, changes } = deps

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

  /**
   * Prerequisites must be other existing courses that are published or archived, and must not
   * lead back to this course (422 VALIDATION_ERROR naming the offending ids).
   */
  async function checkPrerequisites(tx: Executor, ids: number[], courseId?: number) {
    if (courseId !== undefined && ids.includes(courseId)) {
      throw new ValidationError('A course cannot be its own prerequisite', [
        { field: 'body.prerequisite_course_ids', message: 'must not contain the course itself' },
      ])
    }
    const found = await repository.findSummaries(ids, tx)
    const usable = new Set(found.filter((c) => c.status !== 'draft').map((c) => c.id))
    const invalid = ids.filter((id) => !usable.has(id))
    if (invalid.length > 0) {
      throw new ValidationError(
        `Prerequisites must be published or archived courses: ${invalid.join(', ')}`,
        [
          {
            field: 'body.prerequisite_course_ids',
            message: 'must name existing published or archived courses',
            invalid_course_ids: invalid,
          },
        ],
      )
    }
    if (courseId !== undefined && (await repository.reaches(ids, courseId, tx))) {
      throw new ValidationError('These prerequisites would make a cycle back to this course', [
        { field: 'body.prerequisite_course_ids', message: 'must not lead back to the course itself' },
      ])
    }
  }

  /** The row with its prerequisites' titles, for CourseResponse. */
  async function withPrerequisites(row: CourseRow) {
    return { ...row, prerequisiteCourses: await repository.findSummaries(row.prerequisiteCourseIds) }
  }

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
    await changes.announce(id)
    return updated
  }

  return {
    async create(actor: Actor, input: CourseCreate) {
      const { title, ...rest } = toColumns(input)
      checkEnrollmentRules({ ...DEFAULT_RULES, ...rest })
      if (rest.prerequisiteCourseIds?.length)
        await checkPrerequisites(repository.db, rest.prerequisiteCourseIds)
      const course = await repository.insertWithUniqueSlug(
        { ...rest, title: title!, instructorId: actor.id, status: 'draft', createdAt: clock.now() },
        slugify(input.title),
      )
      await counts.invalidate()
      return withPrerequisites(course)
    },

    /**
     * The course as `render` makes the response body; a published course's body is the same
     * for every caller, so the published-course cache may answer it.
     */
    async get(
      actor: Actor | undefined,
      id: number,
      render: (course: Awaited<ReturnType<typeof withPrerequisites>>) => string,
    ): Promise<string> {
      return published.read(id, async () => {
        const course = await getRow(id)
        await access.readAccess(actor, course)
        return { published: course.status === 'published', body: render(await withPrerequisites(course)) }
      })
    },

    async getBySlug(actor: Actor | undefined, slug: string) {
      const course = await repository.findBySlug(slug)
      if (!course) throw new CourseNotFoundError(slug)
      await access.readAccess(actor, course)
      return withPrerequisites(course)
    },

    /**
     * The slug stays as it was: links to the course keep working after a title change. A new
     * max_students is announced (course.capacity_changed, same transaction) so enrollment-service
     * moves waitlisted students into the seats it opens.
     */
    async update(actor: Actor, id: number, input: CourseUpdate) {
      const before = await getManaged(actor, id)
      const patch = toColumns(input)
      checkEnrollmentRules({ ...before, ...patch })
      const prerequisites = patch.prerequisiteCourseIds
      const capacityChanged = patch.maxStudents !== undefined && patch.maxStudents !== before.maxStudents
      const updated = await repository.updateInTransaction(
        id,
        { ...patch, updatedAt: clock.now() },
        {
          lockPrerequisites: prerequisites !== undefined,
          before: prerequisites === undefined ? undefined : (tx) => checkPrerequisites(tx, prerequisites, id),
          after: async (tx, row) => {
            await changes.inTransaction(tx, id)
            if (!capacityChanged) return
            const payload: CourseCapacityChangedPayload = { course_id: id, max_students: row.maxStudents }
            await outbox.publish(tx, EventTypes.courseCapacityChanged, payload)
          },
        },
      )
      if (!updated) throw new CourseNotFoundError(id)
      await counts.invalidate()
      void outbox.nudge()
      return withPrerequisites(updated)
    },

    /** Hides the course from the catalog; enrolled students keep their access. Idempotent. */
    async archive(actor: Actor, id: number): Promise<void> {
      const course = await getManaged(actor, id)
      if (course.status !== 'archived') await change(id, { status: 'archived' })
    },

    /** Draft or archived → published (published_at = now); already published: unchanged. */
    async publish(actor: Actor, id: number) {
      const course = await getManaged(actor, id)
      if (course.status === 'published') return withPrerequisites(course)
      if (!hasLessons(await contentStore.find(id))) throw new CourseEmptyError()
      return withPrerequisites(await change(id, { status: 'published', publishedAt: clock.now() }))
    },

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

export type CourseService = ReturnType<typeof createCourseService>

import {
  type CourseCapacityChangedPayload,
  type EventPayloads,
  EventTypes,
  toMoney,
} from '@smartcourse/contracts'
import { type Actor, type Clock, type Executor, type Outbox, ValidationError } from '@smartcourse/service-kit'
import { hasLessons } from '../content/content-document.js'
import type { CourseContentStore } from '../content/content-store.js'
import type { ContentChangeAnnouncer } from '../outline/content-changed.js'
import type { CatalogCounts } from './catalog-counts.js'
import type { CatalogPages } from './catalog-pages.js'
import { createCatalogReader } from './course-catalog.js'
import type { PublishedCourseCache } from './published-course-cache.js'
import { assertManages, type CourseAccessRules } from './course-access.js'
import { CourseEmptyError, CourseNotFoundError } from './course.errors.js'
import type { CoursePatch, CourseRepository, CourseRow } from './course.repository.js'
import type { CourseCreate, CourseUpdate } from './course.schemas.js'
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
  const { repository, counts, published, access, contentStore, clock, outbox, changes } = deps
  const catalog = createCatalogReader(deps)

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

    /** The catalog page as `render` makes the response body (course-catalog.ts). */
    list: catalog.list,
  }
}

export type CourseService = ReturnType<typeof createCourseService>

import { Money, MoneyInput, NullableTimestamp, Timestamp, toMoney } from '@smartcourse/contracts'
import { IdParam, PageOf, PageQueryProperties, StrictObject, toPage } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'
import { Nullable, Text, Title as TitleText } from '../text.schemas.js'
import type { CourseListRow, CourseRow } from './course.repository.js'

export const CourseLevel = Type.Enum(['beginner', 'intermediate', 'advanced'])
export const CourseStatus = Type.Enum(['draft', 'published', 'archived'])
export const CatalogSort = Type.Enum(['newest', 'title', 'price'])

const Title = TitleText({ minLength: 3, maxLength: 255 })
const LongText = (maxLength: number) => Nullable(Text({ maxLength }))
const Url = Nullable(Text({ maxLength: 500 }))
const Language = Text({ minLength: 2, maxLength: 50 })
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. USD' })
const MaxStudents = Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000_000 }))
export const MAX_PREREQUISITES = 10
const DateTimeInput = Nullable(Type.String({ format: 'date-time', maxLength: 64 }))

/** Fields an owner may write; creation and update share them (the guide's CourseBase/CourseUpdate). */
const writable = {
  description: Type.Optional(LongText(5000)),
  long_description: Type.Optional(LongText(50_000)),
  category: Type.Optional(Nullable(Text({ minLength: 1, maxLength: 100 }))),
  level: Type.Optional(Nullable(CourseLevel)),
  language: Type.Optional(Language),
  price: Type.Optional(MoneyInput),
  currency: Type.Optional(Currency),
  max_students: Type.Optional(MaxStudents),
  prerequisites: Type.Optional(LongText(10_000)),
  learning_objectives: Type.Optional(LongText(10_000)),
  thumbnail_url: Type.Optional(Url),
  video_preview_url: Type.Optional(Url),
  /** Full courses with a waitlist take students onto it (FIFO) instead of answering COURSE_FULL. */
  waitlist_enabled: Type.Optional(Type.Boolean()),
  enrollment_start: Type.Optional(DateTimeInput),
  enrollment_end: Type.Optional(DateTimeInput),
  prerequisite_course_ids: Type.Optional(
    Type.Array(IdParam, {
      maxItems: MAX_PREREQUISITES,
      uniqueItems: true,
      description: 'Published or archived courses a student must have completed to enroll',
    }),
  ),
}

export const CourseCreate = StrictObject({ title: Title, ...writable })
export type CourseCreate = Static<typeof CourseCreate>

export const CourseUpdate = StrictObject({ title: Type.Optional(Title), ...writable })
export type CourseUpdate = Static<typeof CourseUpdate>

export const CourseResponse = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  slug: Type.String(),
  description: Nullable(Type.String()),
  long_description: Nullable(Type.String()),
  instructor_id: Type.Integer(),
  category: Nullable(Type.String()),
  level: Nullable(CourseLevel),
  language: Type.String(),
  price: Money,
  currency: Type.String(),
  max_students: Nullable(Type.Integer()),
  prerequisites: Nullable(Type.String()),
  learning_objectives: Nullable(Type.String()),
  status: CourseStatus,
  published_at: NullableTimestamp,
  thumbnail_url: Nullable(Type.String()),
  video_preview_url: Nullable(Type.String()),
  duration_hours: Nullable(Type.Number()),
  waitlist_enabled: Type.Boolean(),
  enrollment_start: NullableTimestamp,
  enrollment_end: NullableTimestamp,
  prerequisite_course_ids: Type.Array(Type.Integer()),
  /** The prerequisite courses with their titles (a course since deleted is left out). */
  prerequisite_courses: Type.Array(
    Type.Object({ id: Type.Integer(), title: Type.String(), slug: Type.String(), status: CourseStatus }),
  ),
  created_at: Timestamp,
  updated_at: NullableTimestamp,
})
export type CourseResponse = Static<typeof CourseResponse>

/** A catalog entry: the guide's CourseListResponse plus currency and published_at. */
export const CourseListItem = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  slug: Type.String(),
  description: Nullable(Type.String()),
  instructor_id: Type.Integer(),
  category: Nullable(Type.String()),
  level: Nullable(CourseLevel),
  price: Money,
  currency: Type.String(),
  status: CourseStatus,
  thumbnail_url: Nullable(Type.String()),
  published_at: NullableTimestamp,
  enrollment_start: NullableTimestamp,
  enrollment_end: NullableTimestamp,
})

export const CourseListResponse = PageOf(CourseListItem)

export const CatalogQuery = Type.Object({
  ...PageQueryProperties,
  // An upper bound keeps OFFSET within what Postgres accepts; no catalog has that many pages.
  page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 }),
  category: Type.Optional(Text({ minLength: 1, maxLength: 100 })),
  level: Type.Optional(CourseLevel),
  instructor_id: Type.Optional(IdParam),
  search: Type.Optional(Text({ minLength: 1, maxLength: 200 })),
  sort: Type.Optional(CatalogSort),
  mine: Type.Optional(Type.Boolean({ description: "true: the caller's own courses, any status" })),
  open: Type.Optional(
    Type.Boolean({ description: 'true: only courses whose enrollment window is open now (or has none)' }),
  ),
  status: Type.Optional(
    Type.Enum(['draft', 'published', 'archived'], {
      description: 'admins: any course; with mine=true: own courses; others may only ask for published',
    }),
  ),
})
export type CatalogQuery = Static<typeof CatalogQuery>

export const CourseIdParams = Type.Object({ id: IdParam })
export const SlugParams = Type.Object({ slug: Text({ minLength: 1, maxLength: 255 }) })

const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString())

export interface PrerequisiteSummary {
  id: number
  title: string
  slug: string
  status: CourseRow['status']
}

/** CourseResponse of a row, with its prerequisite courses as read for it. */
export function courseView(row: CourseRow & { prerequisiteCourses?: PrerequisiteSummary[] }) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    long_description: row.longDescription,
    instructor_id: row.instructorId,
    category: row.category,
    level: row.level,
    language: row.language,
    price: toMoney(row.price),
    currency: row.currency,
    max_students: row.maxStudents,
    prerequisites: row.prerequisites,
    learning_objectives: row.learningObjectives,
    status: row.status,
    published_at: isoOrNull(row.publishedAt),
    thumbnail_url: row.thumbnailUrl,
    video_preview_url: row.videoPreviewUrl,
    duration_hours: row.durationHours === null ? null : Number(row.durationHours),
    waitlist_enabled: row.waitlistEnabled,
    enrollment_start: isoOrNull(row.enrollmentStart),
    enrollment_end: isoOrNull(row.enrollmentEnd),
    prerequisite_course_ids: row.prerequisiteCourseIds,
    prerequisite_courses: row.prerequisiteCourses ?? [],
    created_at: row.createdAt.toISOString(),
    updated_at: isoOrNull(row.updatedAt),
  }
}

/** A catalog item of a row. */
export function courseListItemView(row: CourseListRow) {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    description: row.description,
    instructor_id: row.instructorId,
    category: row.category,
    level: row.level,
    price: toMoney(row.price),
    currency: row.currency,
    status: row.status,
    thumbnail_url: row.thumbnailUrl,
    published_at: isoOrNull(row.publishedAt),
    enrollment_start: isoOrNull(row.enrollmentStart),
    enrollment_end: isoOrNull(row.enrollmentEnd),
  }
}

/** GET /courses: one page of the catalog. */
export function toCatalogPage(rows: CourseListRow[], total: number, query: CatalogQuery) {
  return toPage(rows.map(courseListItemView), total, query)
}

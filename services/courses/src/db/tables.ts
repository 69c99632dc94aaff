import { defineEventTables, defineIdempotencyTable } from '@smartcourse/service-kit'
import { sql } from 'drizzle-orm'
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core'

export const coursesSchema = pgSchema('courses')

export const courseLevel = coursesSchema.enum('course_level', ['beginner', 'intermediate', 'advanced'])
export const courseStatus = coursesSchema.enum('course_status', ['draft', 'published', 'archived'])

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** The text-search configuration of the catalog; queries must use the same one as the column. */
export const SEARCH_CONFIG = 'english'

export const courses = coursesSchema.table(
  'courses',
  {
    id: serial('id').primaryKey(),
    title: varchar('title', { length: 255 }).notNull(),
    slug: varchar('slug', { length: 255 }).notNull(),
    description: text('description'),
    longDescription: text('long_description'),
    instructorId: integer('instructor_id').notNull(),
    category: varchar('category', { length: 100 }),
    level: courseLevel('level'),
    language: varchar('language', { length: 50 }).notNull().default('en'),
    durationHours: numeric('duration_hours', { precision: 7, scale: 2 }),
    price: numeric('price', { precision: 10, scale: 2 }).notNull().default('0.00'),
    currency: varchar('currency', { length: 3 }).notNull().default('USD'),
    thumbnailUrl: varchar('thumbnail_url', { length: 500 }),
    videoPreviewUrl: varchar('video_preview_url', { length: 500 }),
    status: courseStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    maxStudents: integer('max_students'),
    prerequisites: text('prerequisites'),
    /** Courses whose completion enrolling needs (at most 10, published or archived, no cycles). */
    prerequisiteCourseIds: integer('prerequisite_course_ids').array().notNull().default(sql`'{}'::integer[]`),
    /** Students beyond max_students join a FIFO waitlist instead of being refused (free courses). */
    waitlistEnabled: boolean('waitlist_enabled').notNull().default(false),
    /** Enrolling is possible from enrollment_start (inclusive) until enrollment_end (exclusive). */
    enrollmentStart: timestamp('enrollment_start', { withTimezone: true }),
    enrollmentEnd: timestamp('enrollment_end', { withTimezone: true }),
    learningObjectives: text('learning_objectives'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    /** Kept from the guide's model; archiving (status) is how a course leaves the catalog. */
    isDeleted: boolean('is_deleted').notNull().default(false),
    /** Version of the content document that `duration_hours` was computed from. */
    contentVersion: integer('content_version').notNull().default(0),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')`,
      ),
    /** The title alone, so search can put courses with every word in the title first. */
    titleVector: tsvector('title_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, ''))`),
  },
  (t) => [
    uniqueIndex('courses_slug_key').on(t.slug),
    // LIKE 'base-%' prefix lookups for slug suffixes, whatever the database collation.
    index('courses_slug_pattern_idx').on(t.slug.op('text_pattern_ops')),
    index('courses_status_newest_idx').on(t.status, t.publishedAt.desc().nullsLast(), t.id.desc()),
    index('courses_published_title_idx')
      .on(sql`lower(${t.title})`, t.id)
      .where(sql`${t.status} = 'published'`),
    index('courses_published_price_idx').on(t.price, t.id).where(sql`${t.status} = 'published'`),
    index('courses_published_category_idx')
      .on(t.category, t.publishedAt.desc().nullsLast(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    // Browsing one category by price or by title, the catalog's most common pairing.
    index('courses_published_category_price_idx')
      .on(t.category, t.price, t.id)
      .where(sql`${t.status} = 'published'`),
    index('courses_published_category_title_idx')
      .on(t.category, sql`lower(${t.title})`, t.id)
      .where(sql`${t.status} = 'published'`),
    index('courses_published_level_idx')
      .on(t.level, t.publishedAt.desc().nullsLast(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index('courses_instructor_idx').on(t.instructorId, t.publishedAt.desc().nullsLast(), t.id.desc()),
    // No pending list: nothing vacuums it under PGlite, and search would scan it linearly.
    index('courses_search_idx').using('gin', t.searchVector).with({ fastupdate: false }),
    index('courses_title_search_idx').using('gin', t.titleVector).with({ fastupdate: false }),
  ],
)

/** One document per course (the Postgres implementation of the content store). */
export const courseContents = coursesSchema.table('course_contents', {
  courseId: integer('course_id')
    .primaryKey()
    .references(() => courses.id, { onDelete: 'cascade' }),
  /** Last module/lesson id handed out: one counter per course, never reused. */
  nextId: integer('next_id').notNull().default(0),
  version: integer('version').notNull().default(0),
  modules: jsonb('modules').notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** course.capacity_changed goes to enrollment-service through this outbox. */
export const { outbox, processedEvents } = defineEventTables(coursesSchema)
export const eventTables = { outbox, processedEvents }

/** Idempotency-Key of POST /courses. */
export const idempotencyKeys = defineIdempotencyTable(coursesSchema)

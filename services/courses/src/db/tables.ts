import { defineEventTables, defineIdempotencyTable, timestamptz } from '@smartcourse/service-kit'
import { sql } from 'drizzle-orm'
import * as pg from 'drizzle-orm/pg-core'

export const coursesSchema = pg.pgSchema('courses')

export const courseLevel = coursesSchema.enum('course_level', ['beginner', 'intermediate', 'advanced'])
export const courseStatus = coursesSchema.enum('course_status', ['draft', 'published', 'archived'])

const tsvector = pg.customType<{ data: string }>({ dataType: () => 'tsvector' })

/** The text-search configuration of the catalog; queries must use the same one as the column. */
export const SEARCH_CONFIG = 'english'

export const courses = coursesSchema.table(
  'courses',
  {
    id: pg.serial('id').primaryKey(),
    title: pg.varchar('title', { length: 255 }).notNull(),
    slug: pg.varchar('slug', { length: 255 }).notNull(),
    description: pg.text('description'),
    longDescription: pg.text('long_description'),
    instructorId: pg.integer('instructor_id').notNull(),
    category: pg.varchar('category', { length: 100 }),
    level: courseLevel('level'),
    language: pg.varchar('language', { length: 50 }).notNull().default('en'),
    durationHours: pg.numeric('duration_hours', { precision: 7, scale: 2 }),
    price: pg.numeric('price', { precision: 10, scale: 2 }).notNull().default('0.00'),
    currency: pg.varchar('currency', { length: 3 }).notNull().default('USD'),
    thumbnailUrl: pg.varchar('thumbnail_url', { length: 500 }),
    videoPreviewUrl: pg.varchar('video_preview_url', { length: 500 }),
    status: courseStatus('status').notNull().default('draft'),
    publishedAt: timestamptz('published_at'),
    maxStudents: pg.integer('max_students'),
    prerequisites: pg.text('prerequisites'),
    /** Courses whose completion enrolling needs (at most 10, published or archived, no cycles). */
    prerequisiteCourseIds: pg
      .integer('prerequisite_course_ids')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    /** Students beyond max_students join a FIFO waitlist instead of being refused (free courses). */
    waitlistEnabled: pg.boolean('waitlist_enabled').notNull().default(false),
    /** Enrolling is possible from enrollment_start (inclusive) until enrollment_end (exclusive). */
    enrollmentStart: timestamptz('enrollment_start'),
    enrollmentEnd: timestamptz('enrollment_end'),
    learningObjectives: pg.text('learning_objectives'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at'),
    /** Kept from the guide's model; archiving (status) is how a course leaves the catalog. */
    isDeleted: pg.boolean('is_deleted').notNull().default(false),
    /** Version of the content document that `duration_hours` was computed from. */
    contentVersion: pg.integer('content_version').notNull().default(0),
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
    pg.uniqueIndex('courses_slug_key').on(t.slug),
    // LIKE 'base-%' prefix lookups for slug suffixes, whatever the database collation.
    pg.index('courses_slug_pattern_idx').on(t.slug.op('text_pattern_ops')),
    pg.index('courses_status_newest_idx').on(t.status, t.publishedAt.desc().nullsLast(), t.id.desc()),
    pg
      .index('courses_published_title_idx')
      .on(sql`lower(${t.title})`, t.id)
      .where(sql`${t.status} = 'published'`),
    pg.index('courses_published_price_idx').on(t.price, t.id).where(sql`${t.status} = 'published'`),
    pg
      .index('courses_published_category_idx')
      .on(t.category, t.publishedAt.desc().nullsLast(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    // Browsing one category by price or by title, the catalog's most common pairing.
    pg
      .index('courses_published_category_price_idx')
      .on(t.category, t.price, t.id)
      .where(sql`${t.status} = 'published'`),
    pg
      .index('courses_published_category_title_idx')
      .on(t.category, sql`lower(${t.title})`, t.id)
      .where(sql`${t.status} = 'published'`),
    pg
      .index('courses_published_level_idx')
      .on(t.level, t.publishedAt.desc().nullsLast(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    pg.index('courses_instructor_idx').on(t.instructorId, t.publishedAt.desc().nullsLast(), t.id.desc()),
    // No pending list: nothing vacuums it under PGlite, and search would scan it linearly.
    pg.index('courses_search_idx').using('gin', t.searchVector).with({ fastupdate: false }),
    pg.index('courses_title_search_idx').using('gin', t.titleVector).with({ fastupdate: false }),
  ],
)

/** One document per course (the Postgres implementation of the content store). */
export const courseContents = coursesSchema.table('course_contents', {
  courseId: pg
    .integer('course_id')
    .primaryKey()
    .references(() => courses.id, { onDelete: 'cascade' }),
  /** Last module/lesson id handed out: one counter per course, never reused. */
  nextId: pg.integer('next_id').notNull().default(0),
  version: pg.integer('version').notNull().default(0),
  modules: pg.jsonb('modules').notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
})

/** course.capacity_changed goes to enrollment-service through this outbox. */
export const { outbox, processedEvents } = defineEventTables(coursesSchema)
export const eventTables = { outbox, processedEvents }

/** Idempotency-Key of POST /courses. */
export const idempotencyKeys = defineIdempotencyTable(coursesSchema)

import { defineEventTables } from '@smartcourse/service-kit'
import { integer, numeric, pgSchema, primaryKey, serial, timestamp } from 'drizzle-orm/pg-core'

export const progressSchema = pgSchema('progress')

const timestamptz = (name: string) => timestamp(name, { withTimezone: true })

/** One row per enrollment; locked while a change is applied so versions follow commit order. */
export const progress = progressSchema.table('progress', {
  id: serial('id').primaryKey(),
  enrollmentId: integer('enrollment_id').notNull().unique(),
  /** Copied from the enrollment when the row is created; neither ever changes. */
  studentId: integer('student_id').notNull(),
  courseId: integer('course_id').notNull(),
  timeSpentMinutes: integer('time_spent_minutes').notNull().default(0),
  currentModuleId: integer('current_module_id'),
  currentLessonId: integer('current_lesson_id'),
  lastAccessedAt: timestamptz('last_accessed_at').notNull(),
  /** Grows with every change; sent with progress.updated so consumers can ignore older news. */
  version: integer('version').notNull().default(0),
  createdAt: timestamptz('created_at').notNull(),
  updatedAt: timestamptz('updated_at'),
})

/** A completed lesson: one row each, so concurrent completions never overwrite each other. */
export const lessonCompletions = progressSchema.table(
  'lesson_completions',
  {
    progressId: integer('progress_id')
      .notNull()
      .references(() => progress.id, { onDelete: 'cascade' }),
    lessonId: integer('lesson_id').notNull(),
    completedAt: timestamptz('completed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.progressId, table.lessonId] })],
)

/** The best score per quiz lesson. */
export const quizScores = progressSchema.table(
  'quiz_scores',
  {
    progressId: integer('progress_id')
      .notNull()
      .references(() => progress.id, { onDelete: 'cascade' }),
    lessonId: integer('lesson_id').notNull(),
    bestScore: numeric('best_score', { precision: 5, scale: 2 }).notNull(),
    attempts: integer('attempts').notNull().default(1),
    lastSubmittedAt: timestamptz('last_submitted_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.progressId, table.lessonId] })],
)

export const { outbox, processedEvents } = defineEventTables(progressSchema)
export const eventTables = { outbox, processedEvents }

export type ProgressRow = typeof progress.$inferSelect

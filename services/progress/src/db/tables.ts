import { defineEventTables, defineIdempotencyTable, foreignId, timestamptz } from '@smartcourse/service-kit'
import * as pg from 'drizzle-orm/pg-core'

export const progressSchema = pg.pgSchema('progress')

/** One row per enrollment; locked while a change is applied so versions follow commit order. */
export const progress = progressSchema.table('progress', {
  id: pg.serial('id').primaryKey(),
  enrollmentId: pg.integer('enrollment_id').notNull().unique(),
  /** Copied from the enrollment when the row is created; neither ever changes. */
  studentId: pg.integer('student_id').notNull(),
  courseId: pg.integer('course_id').notNull(),
  timeSpentMinutes: pg.integer('time_spent_minutes').notNull().default(0),
  currentModuleId: pg.integer('current_module_id'),
  currentLessonId: pg.integer('current_lesson_id'),
  lastAccessedAt: timestamptz('last_accessed_at').notNull(),
  /** Grows with every change; sent with progress.updated so consumers can ignore older news. */
  version: pg.integer('version').notNull().default(0),
  createdAt: timestamptz('created_at').notNull(),
  updatedAt: timestamptz('updated_at'),
})

/** A completed lesson: one row each, so concurrent completions never overwrite each other. */
export const lessonCompletions = progressSchema.table(
  'lesson_completions',
  {
    progressId: foreignId('progress_id', () => progress.id, { onDelete: 'cascade' }),
    lessonId: pg.integer('lesson_id').notNull(),
    completedAt: timestamptz('completed_at').notNull(),
  },
  (table) => [pg.primaryKey({ columns: [table.progressId, table.lessonId] })],
)

/** The best score per quiz lesson. */
export const quizScores = progressSchema.table(
  'quiz_scores',
  {
    progressId: foreignId('progress_id', () => progress.id, { onDelete: 'cascade' }),
    lessonId: pg.integer('lesson_id').notNull(),
    bestScore: pg.numeric('best_score', { precision: 5, scale: 2 }).notNull(),
    attempts: pg.integer('attempts').notNull().default(1),
    lastSubmittedAt: timestamptz('last_submitted_at').notNull(),
    /** Whether the kept best score was graded by the platform (false: reported by the learner). */
    graded: pg.boolean('graded').notNull().default(false),
  },
  (table) => [pg.primaryKey({ columns: [table.progressId, table.lessonId] })],
)

/**
 * One attempt at a quiz with questions. It keeps the questions as presented (shuffled order,
 * with their keys) and the settings of the quiz version it was started on, so it is graded
 * against what the student saw, and later edits of the quiz never change a recorded score.
 */
export const quizAttempts = progressSchema.table(
  'quiz_attempts',
  {
    id: pg.serial('id').primaryKey(),
    progressId: foreignId('progress_id', () => progress.id, { onDelete: 'cascade' }),
    enrollmentId: pg.integer('enrollment_id').notNull(),
    courseId: pg.integer('course_id').notNull(),
    lessonId: pg.integer('lesson_id').notNull(),
    attemptNumber: pg.integer('attempt_number').notNull(),
    quizVersion: pg.integer('quiz_version').notNull(),
    questions: pg.jsonb('questions').notNull(),
    settings: pg.jsonb('settings').notNull(),
    startedAt: timestamptz('started_at').notNull(),
    expiresAt: timestamptz('expires_at'),
    submittedAt: timestamptz('submitted_at'),
    answers: pg.jsonb('answers'),
    results: pg.jsonb('results'),
    points: pg.numeric('points', { precision: 12, scale: 2 }),
    maxPoints: pg.numeric('max_points', { precision: 12, scale: 2 }),
    score: pg.numeric('score', { precision: 5, scale: 2 }),
    passed: pg.boolean('passed'),
  },
  (table) => [
    pg.unique('quiz_attempts_number_key').on(table.progressId, table.lessonId, table.attemptNumber),
    pg.index('quiz_attempts_quiz_idx').on(table.courseId, table.lessonId),
  ],
)

export const { outbox, processedEvents } = defineEventTables(progressSchema)
/** Idempotency-Key of the service's creating POST routes. */
export const idempotencyKeys = defineIdempotencyTable(progressSchema)
export const eventTables = { outbox, processedEvents }

export type ProgressRow = typeof progress.$inferSelect
export type QuizAttemptRow = typeof quizAttempts.$inferSelect

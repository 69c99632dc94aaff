import type { ProgressUpdatedPayload } from '@smartcourse/contracts'
import { type Database, type Executor, hasSqlState, type OutboxEnvelope } from '@smartcourse/service-kit'
import { eq, sql } from 'drizzle-orm'
import { lessonCompletions, type ProgressRow, progress, quizScores } from '../db/tables.js'

/** What one write changes and records (ProgressRepository.recordChange). */
export interface ProgressChange {
  enrollment: { id: number; student_id: number; course_id: number }
  now: Date
  addMinutes?: number
  position?: { moduleId: number; lessonId: number }
  score?: { lessonId: number; score: number; graded: boolean }
  /** The lesson this write completes, if any (kept once). */
  completes?: number
  /** The lessons the completion percentage counts (progress.calculator's countedLessonIds). */
  countedLessonIds: number[]
  /** Throw OwnersMustConfirm, keeping nothing, instead of reaching 100 %. */
  refuseFull: boolean
  /** progress.updated without what the statement measures (percentage, version) or its time. */
  event: OutboxEnvelope & {
    payload: Omit<ProgressUpdatedPayload, 'completion_percentage' | 'version' | 'last_accessed_at'>
  }
}

export interface RecordedChange {
  row: ProgressRow
  /** Completed lessons by completion time, and the best scores by lesson. */
  completed: number[]
  scores: Array<{ lessonId: number; bestScore: number; graded: boolean }>
}

/** Thrown, with nothing written, when a change on cached facts would complete the course. */
export class OwnersMustConfirm extends Error {}

/** The SQLSTATE progress.record_change raises for `p_refuse_full`. */
const REFUSED_AT_FULL = 'SC100'

interface RecordChangeResult {
  progress: {
    id: number
    enrollment_id: number
    student_id: number
    course_id: number
    time_spent_minutes: number
    current_module_id: number | null
    current_lesson_id: number | null
    last_accessed_at: string
    version: number
    created_at: string
    updated_at: string | null
  }
  completed: number[]
  scores: Array<{ lesson_id: number; best_score: number; graded: boolean }>
}

/** Drizzle queries on progress-service's tables, bound to the database or to one transaction. */
export function createProgressRepository(executor: Executor) {
  return {
    executor,

    async findByEnrollment(enrollmentId: number): Promise<ProgressRow | undefined> {
      const [row] = await executor.select().from(progress).where(eq(progress.enrollmentId, enrollmentId))
      return row
    },

    /** The enrollment's row, created when missing, locked until the transaction ends. */
    async lockOrCreate(enrollment: { id: number; student_id: number; course_id: number }, now: Date) {
      const lock = () =>
        executor.select().from(progress).where(eq(progress.enrollmentId, enrollment.id)).for('update')
      // The row exists on every write but the first: one query then, not an insert attempt too.
      const [existing] = await lock()
      if (existing) return existing
      await executor
        .insert(progress)
        .values({
          enrollmentId: enrollment.id,
          studentId: enrollment.student_id,
          courseId: enrollment.course_id,
          lastAccessedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: progress.enrollmentId })
      const [row] = await lock()
      return row!
    },

    /**
     * One change in one statement (progress.record_change, migration 0005): the enrollment's row
     * upserted and locked with its version bumped, the quiz score and the completion recorded,
     * the progress measured and progress.updated written to the outbox. Versions follow commit
     * order; concurrent changes of one enrollment take turns on the row and all land.
     */
    async recordChange(change: ProgressChange): Promise<RecordedChange> {
      const { enrollment, now, position, score, event } = change
      const at = now.toISOString()
      let result: RecordChangeResult
      try {
        // Both drivers (node-postgres, PGlite) answer raw queries with `{ rows }`.
        const { rows } = (await executor.execute(sql`select progress.record_change(
          p_enrollment_id => ${enrollment.id}::integer,
          p_student_id => ${enrollment.student_id}::integer,
          p_course_id => ${enrollment.course_id}::integer,
          p_now => ${at}::timestamptz,
          p_add_minutes => ${change.addMinutes ?? 0}::integer,
          p_module_id => ${position?.moduleId ?? null}::integer,
          p_lesson_id => ${position?.lessonId ?? null}::integer,
          p_score_lesson_id => ${score?.lessonId ?? null}::integer,
          p_score => ${score?.score.toFixed(2) ?? null}::numeric,
          p_score_graded => ${score?.graded ?? null}::boolean,
          p_complete_lesson_id => ${change.completes ?? null}::integer,
          p_counted_lesson_ids => ${JSON.stringify(change.countedLessonIds)}::jsonb,
          p_refuse_full => ${change.refuseFull}::boolean,
          p_event_id => ${event.eventId}::uuid,
          p_event_type => ${event.type}::text,
          p_event => ${JSON.stringify({ ...event.payload, last_accessed_at: at })}::jsonb,
          p_destinations => ${JSON.stringify(event.destinations)}::jsonb,
          p_traceparent => ${event.traceparent}::text
        ) as result`)) as unknown as { rows: Array<{ result: RecordChangeResult }> }
        result = rows[0]!.result
      } catch (error) {
        if (hasSqlState(error, REFUSED_AT_FULL)) throw new OwnersMustConfirm()
        throw error
      }
      const row = result.progress
      return {
        row: {
          id: row.id,
          enrollmentId: row.enrollment_id,
          studentId: row.student_id,
          courseId: row.course_id,
          timeSpentMinutes: row.time_spent_minutes,
          currentModuleId: row.current_module_id,
          currentLessonId: row.current_lesson_id,
          lastAccessedAt: new Date(row.last_accessed_at),
          version: row.version,
          createdAt: new Date(row.created_at),
          updatedAt: row.updated_at === null ? null : new Date(row.updated_at),
        },
        completed: result.completed,
        scores: result.scores.map((entry) => ({
          lessonId: entry.lesson_id,
          bestScore: Number(entry.best_score),
          graded: entry.graded,
        })),
      }
    },

    /** Completed lessons by completion time and the best scores by lesson, in one round trip. */
    async recorded(progressId: number): Promise<Omit<RecordedChange, 'row'>> {
      const { rows } = (await executor.execute(sql`
        select 'completion' as kind, ${lessonCompletions.lessonId} as lesson_id, null::numeric as best_score,
               null::boolean as graded, ${lessonCompletions.completedAt} as completed_at
          from ${lessonCompletions} where ${lessonCompletions.progressId} = ${progressId}
        union all
        select 'score', ${quizScores.lessonId}, ${quizScores.bestScore}, ${quizScores.graded}, null
          from ${quizScores} where ${quizScores.progressId} = ${progressId}
        order by kind, completed_at, lesson_id`)) as unknown as {
        rows: Array<{ kind: string; lesson_id: number; best_score: string | null; graded: boolean | null }>
      }
      const completed = rows.filter((row) => row.kind === 'completion').map((row) => Number(row.lesson_id))
      const scores = rows
        .filter((row) => row.kind === 'score')
        .map((row) => ({
          lessonId: Number(row.lesson_id),
          bestScore: Number(row.best_score),
          graded: Boolean(row.graded),
        }))
      return { completed, scores }
    },
  }
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>

/** Runs `work` in one transaction with a repository bound to it. */
export function inTransaction<T>(db: Database, work: (repository: ProgressRepository) => Promise<T>) {
  return db.transaction((tx) => work(createProgressRepository(tx)))
}

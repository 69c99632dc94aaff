import type { Database, Executor } from '@smartcourse/service-kit'
import { asc, eq, sql } from 'drizzle-orm'
import { lessonCompletions, type ProgressRow, progress, quizScores } from '../db/tables.js'

export type ProgressChanges = Partial<
  Pick<ProgressRow, 'currentModuleId' | 'currentLessonId' | 'lastAccessedAt' | 'updatedAt'>
> & { addMinutes?: number }

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
     * The enrollment's row with the changes applied and its version bumped, created when missing
     * (version 1), in one statement. The row stays locked until the transaction ends, so
     * concurrent writes of one enrollment take turns and versions follow commit order. Nothing
     * else may be read in this statement: one that waited for the lock would read a snapshot taken
     * before the write it waited for committed.
     */
    async upsertTouched(
      enrollment: { id: number; student_id: number; course_id: number },
      changes: ProgressChanges,
      now: Date,
    ): Promise<ProgressRow> {
      const { addMinutes = 0, currentModuleId, currentLessonId } = changes
      const [row] = await executor
        .insert(progress)
        .values({
          enrollmentId: enrollment.id,
          studentId: enrollment.student_id,
          courseId: enrollment.course_id,
          timeSpentMinutes: addMinutes,
          currentModuleId,
          currentLessonId,
          lastAccessedAt: now,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: progress.enrollmentId,
          set: {
            ...(currentModuleId === undefined ? {} : { currentModuleId }),
            ...(currentLessonId === undefined ? {} : { currentLessonId }),
            lastAccessedAt: now,
            updatedAt: now,
            timeSpentMinutes: sql`${progress.timeSpentMinutes} + ${addMinutes}`,
            version: sql`${progress.version} + 1`,
          },
        })
        .returning()
      return row!
    },

    /** Records a completion once; later calls keep the first completion time. */
    async addCompletion(progressId: number, lessonId: number, completedAt: Date) {
      await executor
        .insert(lessonCompletions)
        .values({ progressId, lessonId, completedAt })
        .onConflictDoNothing()
    },

    /**
     * Keeps the best of all scores submitted for the quiz, and whether that best one was graded
     * by the platform (on a tie, a graded score wins over a self-reported one).
     */
    async recordScore(
      progressId: number,
      lessonId: number,
      score: number,
      submittedAt: Date,
      source: { graded: boolean },
    ) {
      await executor
        .insert(quizScores)
        .values({
          progressId,
          lessonId,
          bestScore: score.toFixed(2),
          lastSubmittedAt: submittedAt,
          graded: source.graded,
        })
        .onConflictDoUpdate({
          target: [quizScores.progressId, quizScores.lessonId],
          set: {
            graded: sql`case when excluded.best_score > ${quizScores.bestScore} then excluded.graded
              when excluded.best_score = ${quizScores.bestScore} then ${quizScores.graded} or excluded.graded
              else ${quizScores.graded} end`,
            bestScore: sql`greatest(${quizScores.bestScore}, excluded.best_score)`,
            attempts: sql`${quizScores.attempts} + 1`,
            lastSubmittedAt: submittedAt,
          },
        })
    },

    /**
     * completedLessonIds and scores in one round trip (every write measures the progress it
     * made, inside its transaction): the same rows, in the same orders. With `complete`, that
     * lesson's completion is recorded in the same statement first (once; a repeat keeps the first
     * time): its row reaches the result through `added`, since the statement's own reads do not
     * see what it inserts.
     */
    async recorded(progressId: number, complete?: { lessonId: number; at: Date }) {
      const added = complete
        ? sql`with added as (
            insert into ${lessonCompletions} (progress_id, lesson_id, completed_at)
            values (${progressId}, ${complete.lessonId}, ${complete.at.toISOString()}::timestamptz)
            on conflict do nothing returning lesson_id, completed_at) `
        : sql``
      const addedRows = complete
        ? sql`union all select 'completion', lesson_id, null, null, completed_at from added `
        : sql``
      // Both drivers (node-postgres, PGlite) answer raw queries with `{ rows }`.
      const { rows } = (await executor.execute(sql`${added}
        select 'completion' as kind, ${lessonCompletions.lessonId} as lesson_id, null::numeric as best_score,
               null::boolean as graded, ${lessonCompletions.completedAt} as completed_at
          from ${lessonCompletions} where ${lessonCompletions.progressId} = ${progressId}
        ${addedRows}union all
        select 'score', ${quizScores.lessonId}, ${quizScores.bestScore}, ${quizScores.graded}, null
          from ${quizScores} where ${quizScores.progressId} = ${progressId}
        order by kind, completed_at, lesson_id`)) as unknown as {
        rows: Array<{
          kind: string
          lesson_id: number
          best_score: string | null
          graded: boolean | null
          completed_at: Date | string | null
        }>
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

    async completedLessonIds(progressId: number): Promise<number[]> {
      const rows = await executor
        .select({ lessonId: lessonCompletions.lessonId })
        .from(lessonCompletions)
        .where(eq(lessonCompletions.progressId, progressId))
        .orderBy(asc(lessonCompletions.completedAt), asc(lessonCompletions.lessonId))
      return rows.map((row) => row.lessonId)
    },

    async scores(progressId: number) {
      const rows = await executor
        .select({ lessonId: quizScores.lessonId, bestScore: quizScores.bestScore, graded: quizScores.graded })
        .from(quizScores)
        .where(eq(quizScores.progressId, progressId))
        .orderBy(asc(quizScores.lessonId))
      return rows.map((row) => ({
        lessonId: row.lessonId,
        bestScore: Number(row.bestScore),
        graded: row.graded,
      }))
    },
  }
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>

/** Runs `work` in one transaction with a repository bound to it. */
export function inTransaction<T>(db: Database, work: (repository: ProgressRepository) => Promise<T>) {
  return db.transaction((tx) => work(createProgressRepository(tx)))
}

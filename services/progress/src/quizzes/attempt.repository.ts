import type { QuizQuestion, QuizSettings } from '@smartcourse/contracts'
import type { Executor } from '@smartcourse/service-kit'
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm'
import { type QuizAttemptRow, quizAttempts } from '../db/tables.js'
import type { Answer, Grading } from './quiz-grading.js'

export type NewAttempt = Omit<
  typeof quizAttempts.$inferInsert,
  'id' | 'submittedAt' | 'answers' | 'results' | 'points' | 'maxPoints' | 'score' | 'passed'
> & { questions: QuizQuestion[]; settings: QuizSettings }

/** Drizzle queries on quiz attempts, bound to the database or to one transaction. */
export function createAttemptRepository(executor: Executor) {
  return {
    async countFor(progressId: number, lessonId: number): Promise<number> {
      const [row] = await executor
        .select({ n: count() })
        .from(quizAttempts)
        .where(and(eq(quizAttempts.progressId, progressId), eq(quizAttempts.lessonId, lessonId)))
      return row?.n ?? 0
    },

    async insert(attempt: NewAttempt): Promise<QuizAttemptRow> {
      const [row] = await executor.insert(quizAttempts).values(attempt).returning()
      return row!
    },

    async findById(id: number): Promise<QuizAttemptRow | undefined> {
      const [row] = await executor.select().from(quizAttempts).where(eq(quizAttempts.id, id))
      return row
    },

    /** Records the grading unless the attempt was submitted already; undefined when it was. */
    async markSubmitted(
      id: number,
      grading: Grading & { answers: Answer[]; passed: boolean; submittedAt: Date },
    ): Promise<QuizAttemptRow | undefined> {
      const [row] = await executor
        .update(quizAttempts)
        .set({
          submittedAt: grading.submittedAt,
          answers: grading.answers,
          results: grading.results,
          points: grading.points.toFixed(2),
          maxPoints: grading.maxPoints.toFixed(2),
          score: grading.score.toFixed(2),
          passed: grading.passed,
        })
        .where(and(eq(quizAttempts.id, id), isNull(quizAttempts.submittedAt)))
        .returning()
      return row
    },

    async listForEnrollment(enrollmentId: number, lessonId?: number): Promise<QuizAttemptRow[]> {
      return executor
        .select()
        .from(quizAttempts)
        .where(
          and(
            eq(quizAttempts.enrollmentId, enrollmentId),
            lessonId === undefined ? undefined : eq(quizAttempts.lessonId, lessonId),
          ),
        )
        .orderBy(asc(quizAttempts.lessonId), asc(quizAttempts.attemptNumber))
    },

    async submittedForQuiz(courseId: number, lessonId: number): Promise<QuizAttemptRow[]> {
      return executor
        .select()
        .from(quizAttempts)
        .where(
          and(
            eq(quizAttempts.courseId, courseId),
            eq(quizAttempts.lessonId, lessonId),
            isNotNull(quizAttempts.submittedAt),
          ),
        )
        .orderBy(asc(quizAttempts.id))
    },
  }
}

export type AttemptRepository = ReturnType<typeof createAttemptRepository>

import type { CoursesClient, QuizQuestion, QuizSettings, QuizStats } from '@smartcourse/contracts'
import { type Actor, type Clock, type Database, isAdmin } from '@smartcourse/service-kit'
import type { QuizAttemptRow } from '../db/tables.js'
import { LessonNotQuizError } from '../progress/progress.errors.js'
import { createProgressRepository } from '../progress/progress.repository.js'
import type { ProgressService } from '../progress/progress.service.js'
import {
  AttemptAlreadySubmittedError,
  AttemptExpiredError,
  AttemptNotFoundError,
  NoAttemptsLeftError,
  QuizHasNoQuestionsError,
} from './attempt.errors.js'
import { createAttemptRepository } from './attempt.repository.js'
import type { AttemptStartBody, AttemptSubmitBody } from './attempt.schemas.js'
import { type Answer, gradeAttempt, presentQuestions, type QuestionResult } from './quiz-grading.js'
import { quizStats } from './quiz-stats.js'

/** A submission this long after the time limit is still accepted (network, a slow click). */
export const SUBMIT_GRACE_MS = 60_000

/**
 * Quiz attempts: started against the quiz as course-service has it now (a snapshot is kept),
 * graded on the server against that snapshot, recorded with the best score as before.
 */
export function createAttemptService(deps: {
  db: Database
  courses: CoursesClient
  clock: Clock
  progress: ProgressService
}) {
  const { db, courses, clock } = deps
  const { authorizeRead, withFacts, record, findLesson, assertRecordable } = deps.progress.internals
  const attempts = createAttemptRepository(db)

  function status(row: QuizAttemptRow, now: Date) {
    if (row.submittedAt) return 'submitted' as const
    if (row.expiresAt && now.getTime() > row.expiresAt.getTime() + SUBMIT_GRACE_MS) return 'expired' as const
    return 'in_progress' as const
  }

  /** Answers, keys and explanations, when the quiz's show_answers_after allows (or for staff). */
  function feedbackOf(row: QuizAttemptRow, reveal: boolean) {
    if (!reveal || !row.submittedAt) return null
    const questions = new Map((row.questions as QuizQuestion[]).map((q) => [q.question_id, q]))
    return (row.results as QuestionResult[]).map((result) => {
      const question = questions.get(result.question_id)!
      return {
        ...result,
        correct_option_ids: question.options?.filter((o) => o.is_correct).map((o) => o.option_id) ?? null,
        accepted_answers: question.accepted_answers,
        value: question.value,
        tolerance: question.tolerance,
        explanation: question.explanation,
      }
    })
  }

  function view(row: QuizAttemptRow, reveal: boolean) {
    const questions = row.questions as QuizQuestion[]
    const settings = row.settings as QuizSettings
    return {
      attempt_id: row.id,
      quiz_id: row.lessonId,
      enrollment_id: row.enrollmentId,
      attempt_number: row.attemptNumber,
      quiz_version: row.quizVersion,
      status: status(row, clock.now()),
      started_at: row.startedAt.toISOString(),
      expires_at: row.expiresAt?.toISOString() ?? null,
      submitted_at: row.submittedAt?.toISOString() ?? null,
      pass_mark: settings.pass_mark,
      score: row.score === null ? null : Number(row.score),
      passed: row.passed,
      points: row.points === null ? null : Number(row.points),
      max_points: questions.reduce((sum, q) => sum + q.points, 0),
      questions: questions.map((q) => ({
        question_id: q.question_id,
        type: q.type,
        text: q.text,
        points: q.points,
        partial_credit: q.partial_credit,
        options: q.options?.map((o) => ({ option_id: o.option_id, text: o.text })) ?? null,
      })),
      feedback: feedbackOf(row, reveal),
    }
  }

  /** Whether a student may see the keys of this attempt, by the rule it was started under. */
  function mayReveal(row: QuizAttemptRow, passedQuiz: boolean) {
    const rule = (row.settings as QuizSettings).show_answers_after
    return rule === 'submit' || (rule === 'passed' && passedQuiz)
  }

  return {
    async start(actor: Actor, quizId: number, input: AttemptStartBody) {
      return withFacts(actor, input.enrollment_id, async ({ enrollment, outline }) => {
        const lesson = findLesson(outline, quizId)
        if (lesson.type !== 'quiz') throw new LessonNotQuizError(quizId)
        assertRecordable(enrollment)
        const quiz = await courses.findQuiz(enrollment.course_id, quizId)
        if (!quiz || quiz.questions.length === 0) throw new QuizHasNoQuestionsError(quizId)
        const now = clock.now()
        const limit = quiz.settings.time_limit_minutes
        const row = await db.transaction(async (tx) => {
          // The progress row lock makes concurrent starts take turns, so max_attempts holds.
          const locked = await createProgressRepository(tx).lockOrCreate(enrollment, now)
          const repository = createAttemptRepository(tx)
          const used = await repository.countFor(locked.id, quizId)
          const max = quiz.settings.max_attempts
          if (max !== null && used >= max) throw new NoAttemptsLeftError(max)
          return repository.insert({
            progressId: locked.id,
            enrollmentId: enrollment.id,
            courseId: enrollment.course_id,
            lessonId: quizId,
            attemptNumber: used + 1,
            quizVersion: quiz.quiz_version,
            questions: presentQuestions(quiz.questions, quiz.settings),
            settings: quiz.settings,
            startedAt: now,
            expiresAt: limit ? new Date(now.getTime() + limit * 60_000) : null,
          })
        })
        return view(row, false)
      })
    },

    async submit(actor: Actor, quizId: number, attemptId: number, input: AttemptSubmitBody) {
      const attempt = await attempts.findById(attemptId)
      if (!attempt || attempt.lessonId !== quizId) throw new AttemptNotFoundError(attemptId)
      return withFacts(actor, attempt.enrollmentId, async (facts) => {
        assertRecordable(facts.enrollment)
        if (attempt.submittedAt) throw new AttemptAlreadySubmittedError(attemptId)
        if (status(attempt, clock.now()) === 'expired') throw new AttemptExpiredError(attemptId)
        const answers = input.answers as Answer[]
        const grading = gradeAttempt(attempt.questions as QuizQuestion[], answers)
        const passed = grading.score >= (attempt.settings as QuizSettings).pass_mark
        let submitted: QuizAttemptRow | undefined
        const progress = await record(facts, {
          before: async (executor, now) => {
            submitted = await createAttemptRepository(executor).markSubmitted(attemptId, {
              ...grading,
              answers,
              passed,
              submittedAt: now,
            })
            // A concurrent submission of this attempt won: nothing of this one is recorded.
            if (!submitted) throw new AttemptAlreadySubmittedError(attemptId)
          },
          score: { lessonId: quizId, score: grading.score, graded: true },
          completes: passed ? quizId : undefined,
        })
        const passedQuiz = passed || progress.measure.completedQuizzes.includes(quizId)
        return view(submitted!, isAdmin(actor) || mayReveal(submitted!, passedQuiz))
      })
    },

    /** The enrollment's attempts (optionally of one quiz): its student, the instructor, admins. */
    async list(actor: Actor, enrollmentId: number, quizId?: number) {
      const { enrollment } = await authorizeRead(actor, enrollmentId)
      const staff = actor.id !== enrollment.student_id
      const rows = await attempts.listForEnrollment(enrollmentId, quizId)
      const passedQuizzes = new Set(rows.filter((row) => row.passed).map((row) => row.lessonId))
      return rows.map((row) =>
        view(row, staff || isAdmin(actor) || mayReveal(row, passedQuizzes.has(row.lessonId))),
      )
    },

    async stats(courseId: number, quizId: number): Promise<QuizStats> {
      return quizStats(quizId, await attempts.submittedForQuiz(courseId, quizId))
    },
  }
}

export type AttemptService = ReturnType<typeof createAttemptService>

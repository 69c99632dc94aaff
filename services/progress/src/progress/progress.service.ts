import {
  type CourseOutline,
  type CoursesClient,
  type EnrollmentsClient,
  type EventPayloads,
  EventTypes,
  type InternalEnrollment,
  type ProgressUpdatedPayload,
} from '@smartcourse/contracts'
import {
  type Actor,
  type Clock,
  type Database,
  ForbiddenError,
  isAdmin,
  type Outbox,
} from '@smartcourse/service-kit'
import type { ProgressRow } from '../db/tables.js'
import { measureProgress, QUIZ_PASS_SCORE, round2 } from './progress.calculator.js'
import {
  EnrollmentNotActiveError,
  LessonNotInCourseError,
  LessonNotQuizError,
  ModuleMismatchError,
  QuizGradedByPlatformError,
} from './progress.errors.js'
import {
  createProgressRepository,
  inTransaction,
  type ProgressChanges,
  type ProgressRepository,
} from './progress.repository.js'
import type { LessonCompleteBody, PositionBody, QuizSubmitBody } from './progress.schemas.js'

export interface ProgressServiceDeps {
  db: Database
  courses: CoursesClient
  enrollments: EnrollmentsClient
  clock: Clock
  outbox: Outbox<EventPayloads>
}

type EnrollmentRef = Pick<InternalEnrollment, 'id' | 'student_id' | 'course_id'>

/** The rules of reading and recording a student's progress through a course. */
export function createProgressService(deps: ProgressServiceDeps) {
  const { db, courses, enrollments, clock, outbox } = deps
  const repository = createProgressRepository(db)

  async function measure(executor: ProgressRepository, row: ProgressRow, outline: CourseOutline) {
    const { completed, scores } = await executor.recorded(row.id)
    return measureProgress(outline, completed, scores)
  }

  function findLesson(outline: CourseOutline, lessonId: number) {
    const lesson = outline.lessons.find((candidate) => candidate.lesson_id === lessonId)
    if (!lesson) throw new LessonNotInCourseError(lessonId, outline.course_id)
    return lesson
  }

  /**
   * Progress is recorded on active enrollments, and on completed ones too: the request that
   * completed a course may be retried (completion is idempotent, whenever the completion event
   * lands) and a graduate may revisit lessons or retake quizzes. Dropped and suspended: 409.
   */
  function assertRecordable(enrollment: InternalEnrollment) {
    if (enrollment.status !== 'active' && enrollment.status !== 'completed')
      throw new EnrollmentNotActiveError(enrollment.id, enrollment.status)
  }

  /** Who may read an enrollment's progress: the student, the course's instructor or an admin. */
  async function authorizeRead(actor: Actor, enrollmentId: number) {
    const existing = await repository.findByEnrollment(enrollmentId)
    const enrollment: EnrollmentRef = existing
      ? { id: enrollmentId, student_id: existing.studentId, course_id: existing.courseId }
      : await enrollments.getEnrollment(enrollmentId)
    const privileged = isAdmin(actor) || actor.id === enrollment.student_id
    if (!privileged && actor.role !== 'instructor') throw new ForbiddenError('You may not see this progress')
    const outline = await courses.getOutline(enrollment.course_id)
    if (!privileged && outline.instructor_id !== actor.id)
      throw new ForbiddenError('You may not see this progress')
    return { existing, enrollment, outline }
  }

  /** Reads: the student, the course's instructor or an admin. Progress is created on first use. */
  async function read(actor: Actor, enrollmentId: number) {
    const { existing, enrollment, outline } = await authorizeRead(actor, enrollmentId)
    const row = existing ?? (await inTransaction(db, (tx) => tx.lockOrCreate(enrollment, clock.now())))
    return { row, measure: await measure(repository, row, outline) }
  }

  /** Writes: the student or an admin; peers are asked before anything is written. */
  async function prepareWrite(actor: Actor, enrollmentId: number) {
    const enrollment = await enrollments.getEnrollment(enrollmentId)
    if (!isAdmin(actor) && actor.id !== enrollment.student_id) {
      throw new ForbiddenError('Only the student or an admin may record this progress')
    }
    const outline = await courses.getOutline(enrollment.course_id)
    return { enrollment, outline }
  }

  /**
   * One change in one transaction: the row is locked (so versions follow commit order and
   * concurrent changes all land), the change applied, and progress.updated written alongside.
   */
  async function record(
    enrollment: EnrollmentRef,
    outline: CourseOutline,
    change: (tx: ProgressRepository, row: ProgressRow, now: Date) => Promise<ProgressChanges>,
  ) {
    const now = clock.now()
    const result = await inTransaction(db, async (tx) => {
      const locked = await tx.lockOrCreate(enrollment, now)
      const changes = await change(tx, locked, now)
      const row = await tx.touch(locked.id, { ...changes, lastAccessedAt: now, updatedAt: now })
      const measured = await measure(tx, row, outline)
      const event: ProgressUpdatedPayload = {
        enrollment_id: enrollment.id,
        student_id: enrollment.student_id,
        course_id: enrollment.course_id,
        completion_percentage: measured.completionPercentage,
        last_accessed_at: now.toISOString(),
        version: row.version,
      }
      await outbox.publish(tx.executor, EventTypes.progressUpdated, event)
      return { row, measure: measured }
    })
    void outbox.nudge()
    return result
  }

  async function completeLesson(actor: Actor, lessonId: number, input: LessonCompleteBody) {
    const { enrollment, outline } = await prepareWrite(actor, input.enrollment_id)
    const lesson = findLesson(outline, lessonId)
    assertRecordable(enrollment)
    return record(enrollment, outline, async (tx, row, now) => {
      // A quiz is completed only by a passing submission; here its time still counts.
      if (lesson.type !== 'quiz') await tx.addCompletion(row.id, lessonId, now)
      return { addMinutes: input.time_spent_minutes ?? 0 }
    })
  }

  async function submitQuiz(actor: Actor, quizId: number, input: QuizSubmitBody) {
    const { enrollment, outline } = await prepareWrite(actor, input.enrollment_id)
    const lesson = findLesson(outline, quizId)
    if (lesson.type !== 'quiz') throw new LessonNotQuizError(quizId)
    if ((lesson.question_count ?? 0) > 0) throw new QuizGradedByPlatformError(quizId)
    assertRecordable(enrollment)
    // Scores are kept with two decimals; the pass mark applies to the score as kept.
    const score = round2(input.score)
    return record(enrollment, outline, async (tx, row, now) => {
      await tx.recordScore(row.id, quizId, score, now, { graded: false })
      if (score >= QUIZ_PASS_SCORE) await tx.addCompletion(row.id, quizId, now)
      return {}
    })
  }

  async function setPosition(actor: Actor, enrollmentId: number, input: PositionBody) {
    const { enrollment, outline } = await prepareWrite(actor, enrollmentId)
    const lesson = findLesson(outline, input.lesson_id)
    if (lesson.module_id !== input.module_id) throw new ModuleMismatchError(input.lesson_id, input.module_id)
    assertRecordable(enrollment)
    return record(enrollment, outline, async () => ({
      currentModuleId: input.module_id,
      currentLessonId: input.lesson_id,
    }))
  }

  /** Everything recorded, for certificate grading: no outline filtering, no peer calls. */
  async function findRecorded(enrollmentId: number) {
    const row = await repository.findByEnrollment(enrollmentId)
    if (!row) return undefined
    const [completedLessons, scores] = await Promise.all([
      repository.completedLessonIds(row.id),
      repository.scores(row.id),
    ])
    return {
      enrollment_id: enrollmentId,
      completed_lessons: completedLessons,
      quiz_scores: Object.fromEntries(scores.map((score) => [String(score.lessonId), score.bestScore])),
      self_reported_quizzes: scores.filter((score) => !score.graded).map((score) => score.lessonId),
    }
  }

  return {
    read,
    completeLesson,
    submitQuiz,
    setPosition,
    findRecorded,
    /** The building blocks quiz attempts share with the rest of progress. */
    internals: { authorizeRead, prepareWrite, record, findLesson, assertRecordable },
  }
}

export type ProgressService = ReturnType<typeof createProgressService>

import {
  type CourseOutline,
  type CoursesClient,
  type EnrollmentsClient,
  type EventPayloads,
  EventTypes,
  type InternalEnrollment,
} from '@smartcourse/contracts'
import {
  type Actor,
  AppError,
  type Clock,
  type Database,
  type Executor,
  ForbiddenError,
  isAdmin,
  NotFoundError,
  type Outbox,
} from '@smartcourse/service-kit'
import type { PeerFacts } from '../facts/peer-facts.js'
import { countedLessonIds, measureProgress, QUIZ_PASS_SCORE, round2 } from './progress.calculator.js'
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
  OwnersMustConfirm,
  type ProgressChange,
  type ProgressRepository,
} from './progress.repository.js'
import type { LessonCompleteBody, PositionBody, QuizSubmitBody } from './progress.schemas.js'

export interface ProgressServiceDeps {
  db: Database
  courses: CoursesClient
  enrollments: EnrollmentsClient
  clock: Clock
  outbox: Outbox<EventPayloads>
  /** The same facts as `courses`/`enrollments`, cached for writes (facts/peer-facts.ts). */
  facts: PeerFacts
  /** The progress tables; by default `db`'s (tests give in-memory fakes). */
  store?: ProgressStore
}

/** progress-service's tables: a repository outside transactions, and one bound to a transaction. */
export interface ProgressStore {
  repository: ProgressRepository
  transaction<T>(work: (tx: ProgressRepository) => Promise<T>): Promise<T>
}

type EnrollmentRef = Pick<InternalEnrollment, 'id' | 'student_id' | 'course_id'>

/** What a write is decided on; `fromCache`: at least one of them is a cached copy. */
export interface WriteFacts {
  enrollment: InternalEnrollment
  outline: CourseOutline
  fromCache: boolean
}

/** What a write changes and records; the rest of its ProgressChange comes from its facts. */
export type ProgressWrite = Pick<ProgressChange, 'addMinutes' | 'position' | 'score' | 'completes'> & {
  /** Runs first, in the same transaction (a graded attempt is marked submitted). */
  before?: (executor: Executor, now: Date) => Promise<void>
}

/** The rules of reading and recording a student's progress through a course. */
export function createProgressService(deps: ProgressServiceDeps) {
  const { db, courses, enrollments, clock, outbox, facts } = deps
  const store: ProgressStore = deps.store ?? {
    repository: createProgressRepository(db),
    transaction: (work) => inTransaction(db, work),
  }
  const { repository } = store

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
    const row = existing ?? (await store.transaction((tx) => tx.lockOrCreate(enrollment, clock.now())))
    const { completed, scores } = await repository.recorded(row.id)
    return { row, measure: measureProgress(outline, completed, scores) }
  }

  /**
   * Writes: the student or an admin; the facts are read before anything is written, from the
   * cache unless `fresh` (student and course of an enrollment never change).
   */
  async function prepareWrite(
    actor: Actor,
    enrollmentId: number,
    options: { fresh?: boolean } = {},
  ): Promise<WriteFacts> {
    // Known course: its outline is read alongside the enrollment (and only used once allowed).
    const knownCourseId = facts.courseOf(enrollmentId)
    const early = knownCourseId === undefined ? undefined : facts.outline(knownCourseId, options)
    early?.catch(() => {}) // Awaited below, unless the enrollment refuses the write first.
    const enrollment = await facts.enrollment(enrollmentId, options)
    if (!enrollment.value) throw new NotFoundError(`Enrollment ${enrollmentId} not found`)
    if (!isAdmin(actor) && actor.id !== enrollment.value.student_id) {
      throw new ForbiddenError('Only the student or an admin may record this progress')
    }
    const courseId = enrollment.value.course_id
    const outline = await (early && knownCourseId === courseId ? early : facts.outline(courseId, options))
    if (!outline.value) throw new NotFoundError(`Course ${courseId} not found`)
    return {
      enrollment: enrollment.value,
      outline: outline.value,
      fromCache: enrollment.fromCache || outline.fromCache,
    }
  }

  /**
   * Runs a write on the facts, cached ones first. A copy may be stale while its owner's event
   * is on its way, so what a copy alone would decide is decided again on the owners' answers:
   * a refusal (any 4xx), and a write that would bring an active enrollment to 100 % (which
   * completes it and issues the certificate). The first try's transaction was rolled back.
   */
  async function withFacts<T>(actor: Actor, enrollmentId: number, write: (facts: WriteFacts) => Promise<T>) {
    const first = await prepareWrite(actor, enrollmentId)
    if (!first.fromCache) return write(first)
    try {
      return await write(first)
    } catch (error) {
      const decidedByCopy =
        error instanceof OwnersMustConfirm || (error instanceof AppError && error.statusCode < 500)
      if (!decidedByCopy) throw error
    }
    return write(await prepareWrite(actor, enrollmentId, { fresh: true }))
  }

  /**
   * One change in one statement (ProgressRepository.recordChange): the row, the completion, the
   * measure and progress.updated. On cached facts, a change that would bring an active
   * enrollment to 100 % is refused there (OwnersMustConfirm) and decided again by withFacts.
   */
  async function record({ enrollment, outline, fromCache }: WriteFacts, write: ProgressWrite) {
    const { before, ...recorded } = write
    const now = clock.now()
    const change: ProgressChange = {
      ...recorded,
      enrollment,
      now,
      countedLessonIds: countedLessonIds(outline),
      refuseFull: fromCache && enrollment.status === 'active',
      event: {
        ...outbox.envelopeFor(EventTypes.progressUpdated),
        payload: {
          enrollment_id: enrollment.id,
          student_id: enrollment.student_id,
          course_id: enrollment.course_id,
        },
      },
    }
    const result = before
      ? await store.transaction(async (tx) => {
          await before(tx.executor, now)
          return tx.recordChange(change)
        })
      : await repository.recordChange(change)
    void outbox.nudge()
    return { row: result.row, measure: measureProgress(outline, result.completed, result.scores) }
  }

  async function completeLesson(actor: Actor, lessonId: number, input: LessonCompleteBody) {
    return withFacts(actor, input.enrollment_id, (facts) => {
      const lesson = findLesson(facts.outline, lessonId)
      assertRecordable(facts.enrollment)
      return record(facts, {
        addMinutes: input.time_spent_minutes ?? 0,
        // A quiz is completed only by a passing submission; here its time still counts.
        completes: lesson.type === 'quiz' ? undefined : lessonId,
      })
    })
  }

  async function submitQuiz(actor: Actor, quizId: number, input: QuizSubmitBody) {
    return withFacts(actor, input.enrollment_id, (facts) => {
      const lesson = findLesson(facts.outline, quizId)
      if (lesson.type !== 'quiz') throw new LessonNotQuizError(quizId)
      if ((lesson.question_count ?? 0) > 0) throw new QuizGradedByPlatformError(quizId)
      assertRecordable(facts.enrollment)
      // Scores are kept with two decimals; the pass mark applies to the score as kept.
      const score = round2(input.score)
      return record(facts, {
        score: { lessonId: quizId, score, graded: false },
        completes: score >= QUIZ_PASS_SCORE ? quizId : undefined,
      })
    })
  }

  async function setPosition(actor: Actor, enrollmentId: number, input: PositionBody) {
    return withFacts(actor, enrollmentId, (facts) => {
      const lesson = findLesson(facts.outline, input.lesson_id)
      if (lesson.module_id !== input.module_id)
        throw new ModuleMismatchError(input.lesson_id, input.module_id)
      assertRecordable(facts.enrollment)
      return record(facts, { position: { moduleId: input.module_id, lessonId: input.lesson_id } })
    })
  }
  /** Everything recorded, for certificate grading: no outline filtering, no peer calls. */
  async function findRecorded(enrollmentId: number) {
    const row = await repository.findByEnrollment(enrollmentId)
    if (!row) return undefined
    const { completed, scores } = await repository.recorded(row.id)
    return {
      enrollment_id: enrollmentId,
      completed_lessons: completed,
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
    internals: { authorizeRead, withFacts, record, findLesson, assertRecordable },
  }
}

export type ProgressService = ReturnType<typeof createProgressService>

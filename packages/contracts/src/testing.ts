import { ServiceUnavailableError } from '@smartcourse/service-kit/errors'
import type { ServiceClient } from '@smartcourse/service-kit/service-client'
import { type CourseOutline, createCoursesClient } from './courses.js'
import { createEnrollmentsClient, type Eligibility, type InternalEnrollment } from './enrollments.js'
import { createProgressClient, createQuizStatsClient, type InternalProgress } from './progress.js'
import type { QuizDefinition, QuizQuestion, QuizStats } from './quizzes.js'
import { createUsersClient, type InternalUser } from './users.js'

/**
 * One fake per contract client: the real typed client over an in-memory transport, so the
 * contracts' paths and status handling are exercised too. `down` makes every call fail like an
 * unreachable peer, `latencyMs` delays each answer, `calls` counts them.
 */
export interface FakePeerState {
  down: boolean
  latencyMs: number
  calls: number
}

const newState = (): FakePeerState => ({ down: false, latencyMs: 0, calls: 0 })

/** A route answers the body for a path, or undefined for 404. */
type Route = (url: URL) => unknown

function fakeTransport(service: string, state: FakePeerState, route: Route): ServiceClient {
  return {
    async request<T>({ path }: { path: string }) {
      state.calls += 1
      if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs))
      if (state.down) throw new ServiceUnavailableError(`${service} is unavailable`)
      const found = route(new URL(path, 'http://peer.test'))
      return found === undefined
        ? { status: 404, body: { success: false, error_code: 'NOT_FOUND', message: 'Not found' } as T }
        : { status: 200, body: structuredClone(found) as T }
    },
  }
}

const idIn = (pattern: RegExp, url: URL) => Number(pattern.exec(url.pathname)?.[1])
const queryId = (url: URL, name: string) => Number(url.searchParams.get(name))

/** course-service: outlines by course id, quizzes (with keys) by lesson id. */
export function createFakeCourses(state = newState()) {
  const outlines = new Map<number, CourseOutline>()
  const quizzes = new Map<number, QuizDefinition>()
  const client = createCoursesClient(
    fakeTransport('course-service', state, (url) => {
      const quiz = /^\/internal\/courses\/(\d+)\/quizzes\/(\d+)$/.exec(url.pathname)
      if (quiz) {
        const found = quizzes.get(Number(quiz[2]))
        return found?.course_id === Number(quiz[1]) ? found : undefined
      }
      return outlines.get(idIn(/^\/internal\/courses\/(\d+)\/outline$/, url))
    }),
  )
  /** Stores a published, free, uncapped outline with these ids and any other fields. */
  function add(fields: Pick<CourseOutline, 'course_id' | 'instructor_id'> & Partial<CourseOutline>) {
    const outline: CourseOutline = {
      status: 'published',
      title: `Course ${fields.course_id}`,
      price: '0.00',
      max_students: null,
      modules: [],
      lessons: [],
      ...fields,
    }
    outlines.set(outline.course_id, outline)
    return outline
  }
  return { client, outlines, quizzes, state, add }
}

/** user-service: users by id. */
export function createFakeUsers(state = newState()) {
  const users = new Map<number, InternalUser>()
  const client = createUsersClient(
    fakeTransport('user-service', state, (url) => users.get(idIn(/^\/internal\/users\/(\d+)$/, url))),
  )
  return { client, users, state }
}

/** progress-service: progress by enrollment id (none: the client answers empty progress). */
export function createFakeProgress(state = newState()) {
  const progress = new Map<number, InternalProgress>()
  const client = createProgressClient(
    fakeTransport('progress-service', state, (url) =>
      progress.get(idIn(/^\/internal\/progress\/(\d+)$/, url)),
    ),
  )
  return { client, progress, state }
}

/** progress-service's quiz statistics, by quiz lesson id. */
export function createFakeQuizStats(state = newState()) {
  const stats = new Map<number, QuizStats>()
  const client = createQuizStatsClient(
    fakeTransport('progress-service', state, (url) =>
      stats.get(idIn(/^\/internal\/quizzes\/(\d+)\/stats$/, url)),
    ),
  )
  return { client, stats, state }
}

const ALLOWED: Eligibility = { can_enroll: true, reasons: [], waitlist_position: null, enrolls_as: 'active' }

/**
 * enrollment-service: enrollments by id; eligibility answers what `answerEligibility` last set
 * (allowed by default) and records who asked.
 */
export function createFakeEnrollments(state = newState()) {
  const enrollments = new Map<number, InternalEnrollment>()
  const unreachableFor = new Set<number>()
  const eligibilityCalls: { studentId: number; courseId: number }[] = []
  let eligibility = ALLOWED
  let lookups = 0

  const client = createEnrollmentsClient(
    fakeTransport('enrollment-service', state, (url) => {
      if (url.pathname === '/internal/enrollments/eligibility') {
        eligibilityCalls.push({ studentId: queryId(url, 'student_id'), courseId: queryId(url, 'course_id') })
        return eligibility
      }
      if (url.pathname === '/internal/enrollments/lookup') {
        lookups += 1
        const studentId = queryId(url, 'student_id')
        if (unreachableFor.has(studentId))
          throw new ServiceUnavailableError('enrollment-service is unavailable')
        const courseId = queryId(url, 'course_id')
        return [...enrollments.values()].find((e) => e.student_id === studentId && e.course_id === courseId)
      }
      return enrollments.get(idIn(/^\/internal\/enrollments\/(\d+)$/, url))
    }),
  )

  return {
    client,
    enrollments,
    state,
    /** The student's enrollment in the course now has this status (created on first use). */
    set(studentId: number, courseId: number, status: InternalEnrollment['status']) {
      const existing = [...enrollments.values()].find(
        (e) => e.student_id === studentId && e.course_id === courseId,
      )
      const id = existing?.id ?? Math.max(0, ...enrollments.keys()) + 1
      enrollments.set(id, {
        id,
        student_id: studentId,
        course_id: courseId,
        status,
        completed_at: status === 'completed' ? new Date().toISOString() : null,
      })
    },
    /** Lookups for this student fail as if enrollment-service were down. */
    failFor(studentId: number) {
      unreachableFor.add(studentId)
    },
    /** How many student-and-course lookups were made. */
    get lookups() {
      return lookups
    },
    /** What eligibility answers from now on. */
    answerEligibility(answer: Eligibility) {
      eligibility = answer
    },
    eligibilityCalls,
  }
}

type QuestionOption = NonNullable<QuizQuestion['options']>[number]
/** A question as an instructor writes it: any of QuizQuestion's fields but its id. */
type QuestionFields = Partial<Omit<QuizQuestion, 'question_id'>>

/** A choice question's options: one per id, its text the id capitalised ('b' → 'B'), right when in `correct`. */
export function choiceOptions(ids: readonly string[], correct: readonly string[]): QuestionOption[] {
  return ids.map((id) => ({
    option_id: id,
    text: id.charAt(0).toUpperCase() + id.slice(1),
    is_correct: correct.includes(id),
  }))
}

/** `defaults` with `fields` added or replacing them, typed as the result is. */
function written<Defaults extends object, Fields extends QuestionFields>(defaults: Defaults, fields: Fields) {
  return { ...defaults, ...fields } as Omit<Defaults, keyof Fields> & Fields
}

/**
 * A single_choice question as an instructor writes it, with only the fields its type needs: 2
 * points, options a and b with b right, no explanation; `fields` add to or replace them.
 */
export function singleChoiceQuestion<Fields extends QuestionFields = object>(fields = {} as Fields) {
  const options = choiceOptions(['a', 'b'], ['b'])
  return written({ type: 'single_choice' as const, text: 'Pick b', points: 2, options }, fields)
}

/** A true_false question as an instructor writes it: 1 point, options true (right) and false; `fields` as above. */
export function trueFalseQuestion<Fields extends QuestionFields = object>(fields = {} as Fields) {
  const options = choiceOptions(['true', 'false'], ['true'])
  return written({ type: 'true_false' as const, text: 'True?', points: 1, options }, fields)
}

/**
 * A question as course-service stores it and hands it to progress-service (key included): the
 * written `question` with this id, and what its type leaves out as course-service stores it
 * (null, no partial credit).
 */
export function storedQuestion(
  questionId: number,
  question: Pick<QuizQuestion, 'type' | 'text' | 'points'> & QuestionFields,
): QuizQuestion {
  return {
    question_id: questionId,
    options: null,
    partial_credit: false,
    accepted_answers: null,
    value: null,
    tolerance: null,
    explanation: null,
    ...question,
  }
}

import {
  DEFAULT_QUIZ_SETTINGS,
  type QuizDefinition,
  type QuizQuestion,
  type QuizSettings,
} from '@smartcourse/contracts'
import {
  choiceOptions,
  singleChoiceQuestion,
  storedQuestion,
  trueFalseQuestion,
} from '@smartcourse/contracts/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProgressTestApp, type ProgressTestApp } from './helpers.js'

// Quiz lesson 4 of the standard course gets questions; attempts are graded by progress-service.
let t: ProgressTestApp
let clockOffsetMs = 0
type Caller = { headers: Record<string, string> }
type Enrollment = Awaited<ReturnType<ProgressTestApp['enrollment']>>

beforeAll(async () => {
  t = await createProgressTestApp({ clock: { now: () => new Date(Date.now() + clockOffsetMs) } })
})
afterAll(() => t.close())

const QUIZ = 4
const SECRET = 'the-secret-explanation'

function questions(): QuizQuestion[] {
  const explained = { explanation: SECRET }
  return [
    storedQuestion(
      10,
      singleChoiceQuestion({ ...explained, options: choiceOptions(['a', 'b', 'c'], ['b']) }),
    ),
    storedQuestion(11, {
      ...explained,
      type: 'multiple_choice',
      text: 'Pick x and y',
      points: 2,
      partial_credit: true,
      options: choiceOptions(['x', 'y', 'z'], ['x', 'y']),
    }),
    storedQuestion(12, trueFalseQuestion(explained)),
    storedQuestion(13, {
      ...explained,
      type: 'numeric',
      text: 'Pi',
      points: 3,
      value: 3.14,
      tolerance: 0.01,
    }),
    storedQuestion(14, {
      ...explained,
      type: 'short_text',
      text: 'Capital of France',
      points: 2,
      accepted_answers: ['Paris'],
    }),
  ]
}

const ALL_RIGHT = [
  { question_id: 10, option_ids: ['b'] },
  { question_id: 11, option_ids: ['x', 'y'] },
  { question_id: 12, option_ids: ['true'] },
  { question_id: 13, value: 3.145 },
  { question_id: 14, value: '  PARIS ' },
]

/** A standard course whose quiz (lesson 4) has the questions above and these settings. */
async function quizEnrollment(settings: Partial<QuizSettings> = {}) {
  const e = await t.enrollment()
  const quiz = e.outline.lessons.find((l) => l.lesson_id === QUIZ)!
  quiz.question_count = 5
  t.courses.outlines.set(e.outline.course_id, e.outline)
  setQuiz(e, { settings })
  return e
}

function setQuiz(
  e: Enrollment,
  change: { settings?: Partial<QuizSettings>; questions?: QuizQuestion[]; version?: number },
) {
  // The fake is keyed by lesson id; each enrollment has its own course, so keep one per course.
  const quiz: QuizDefinition = {
    course_id: e.outline.course_id,
    lesson_id: QUIZ,
    quiz_version: change.version ?? 1,
    settings: { ...DEFAULT_QUIZ_SETTINGS, ...change.settings },
    questions: change.questions ?? questions(),
  }
  quizzes.set(e.outline.course_id, quiz)
}

const quizzes = new Map<number, QuizDefinition>()
beforeAll(() => {
  t.courses.client.findQuiz = async (courseId, lessonId) => {
    const quiz = quizzes.get(courseId)
    return quiz && quiz.lesson_id === lessonId ? structuredClone(quiz) : undefined
  }
})

function start(caller: Caller, enrollmentId: number, quizId = QUIZ) {
  return t.app.inject({
    method: 'POST',
    url: `/progress/quizzes/${quizId}/attempts`,
    headers: caller.headers,
    payload: { enrollment_id: enrollmentId },
  })
}

function submit(caller: Caller, attemptId: number, answers: unknown[], quizId = QUIZ) {
  return t.app.inject({
    method: 'POST',
    url: `/progress/quizzes/${quizId}/attempts/${attemptId}/submit`,
    headers: caller.headers,
    payload: { answers },
  })
}

function list(caller: Caller, enrollmentId: number) {
  return t.app.inject({ method: 'GET', url: `/progress/${enrollmentId}/attempts`, headers: caller.headers })
}

describe('POST /progress/quizzes/{quiz_id}/attempts', () => {
  it('answers 201 with the questions and nothing that gives an answer away', async () => {
    const e = await quizEnrollment()
    const response = await start(e.student, e.id)
    expect(response.statusCode).toBe(201)
    const attempt = response.json()
    expect(attempt).toMatchObject({
      quiz_id: QUIZ,
      enrollment_id: e.id,
      attempt_number: 1,
      quiz_version: 1,
      status: 'in_progress',
      submitted_at: null,
      score: null,
      passed: null,
      max_points: 10,
      feedback: null,
    })
    expect(attempt.questions.map((q: { question_id: number }) => q.question_id)).toEqual([10, 11, 12, 13, 14])
    expect(attempt.questions[0].options).toEqual([
      { option_id: 'a', text: 'A' },
      { option_id: 'b', text: 'B' },
      { option_id: 'c', text: 'C' },
    ])
    const body = response.body
    for (const leak of [
      'is_correct',
      'accepted_answers',
      'Paris',
      '3.14',
      'tolerance',
      SECRET,
      'explanation',
    ])
      expect(body).not.toContain(leak)
  })

  it('keeps a shuffled order fixed for the attempt', async () => {
    const e = await quizEnrollment({ shuffle_questions: true, shuffle_options: true })
    const started = (await start(e.student, e.id)).json()
    const [listed] = (await list(e.student, e.id)).json()
    expect(listed.questions).toEqual(started.questions)
    expect(started.questions.map((q: { question_id: number }) => q.question_id).sort()).toEqual([
      10, 11, 12, 13, 14,
    ])
  })

  it('refuses a start beyond max_attempts with 409 NO_ATTEMPTS_LEFT', async () => {
    const e = await quizEnrollment({ max_attempts: 1 })
    expect((await start(e.student, e.id)).statusCode).toBe(201)
    const refused = await start(e.student, e.id)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error_code).toBe('NO_ATTEMPTS_LEFT')
  })

  it('lets exactly max_attempts of 10 concurrent starts through', async () => {
    const e = await quizEnrollment({ max_attempts: 3 })
    const responses = await Promise.all(Array.from({ length: 10 }, () => start(e.student, e.id)))
    const codes = responses.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 201)).toHaveLength(3)
    expect(codes.filter((c) => c === 409)).toHaveLength(7)
    const numbers = responses.filter((r) => r.statusCode === 201).map((r) => r.json().attempt_number)
    expect(numbers.sort()).toEqual([1, 2, 3])
  })

  it('answers 422 QUIZ_HAS_NO_QUESTIONS for a quiz graded outside the platform', async () => {
    const e = await t.enrollment()
    const response = await start(e.student, e.id)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('QUIZ_HAS_NO_QUESTIONS')
  })

  it('refuses another student (403) and a lesson that is not a quiz (422 LESSON_NOT_QUIZ)', async () => {
    const e = await quizEnrollment()
    const other = await t.user()
    expect((await start(other, e.id)).statusCode).toBe(403)
    const notQuiz = await start(e.student, e.id, 1)
    expect(notQuiz.statusCode).toBe(422)
    expect(notQuiz.json().error_code).toBe('LESSON_NOT_QUIZ')
  })
})

describe('POST /progress/quizzes/{quiz_id}/attempts/{attempt_id}/submit', () => {
  it('grades on the server, keeps the best score and completes the quiz when passed', async () => {
    const e = await quizEnrollment()
    const first = (await start(e.student, e.id)).json()
    // b right (2), x only: partial credit 1 of 2, true right (1), numeric off (0), short text right (2)
    const graded = await submit(e.student, first.attempt_id, [
      { question_id: 10, option_ids: ['b'] },
      { question_id: 11, option_ids: ['x'] },
      { question_id: 12, option_ids: ['true'] },
      { question_id: 13, value: 3.2 },
      { question_id: 14, value: 'paris' },
    ])
    expect(graded.statusCode).toBe(200)
    expect(graded.json()).toMatchObject({
      status: 'submitted',
      points: 6,
      max_points: 10,
      score: 60,
      passed: true,
    })
    const feedback = graded.json().feedback
    expect(feedback.find((f: { question_id: number }) => f.question_id === 11)).toMatchObject({
      points_awarded: 1,
      is_correct: false,
      correct_option_ids: ['x', 'y'],
      explanation: SECRET,
    })
    const progress = (
      await t.app.inject({ method: 'GET', url: `/progress/${e.id}`, headers: e.student.headers })
    ).json()
    expect(progress.quiz_scores).toEqual({ [QUIZ]: 60 })
    expect(progress.completed_quizzes).toEqual([QUIZ])

    const second = (await start(e.student, e.id)).json()
    const perfect = await submit(e.student, second.attempt_id, ALL_RIGHT)
    expect(perfect.json()).toMatchObject({ score: 100, passed: true, attempt_number: 2 })
    const worse = (await start(e.student, e.id)).json()
    expect((await submit(e.student, worse.attempt_id, [])).json()).toMatchObject({ score: 0, passed: false })
    const after = (
      await t.app.inject({ method: 'GET', url: `/progress/${e.id}`, headers: e.student.headers })
    ).json()
    expect(after.quiz_scores).toEqual({ [QUIZ]: 100 })
  })

  it('below the pass mark records the score without completing the quiz', async () => {
    const e = await quizEnrollment({ pass_mark: 80 })
    const attempt = (await start(e.student, e.id)).json()
    const response = await submit(e.student, attempt.attempt_id, ALL_RIGHT.slice(0, 3))
    expect(response.json()).toMatchObject({ score: 50, passed: false, pass_mark: 80 })
    const progress = (
      await t.app.inject({ method: 'GET', url: `/progress/${e.id}`, headers: e.student.headers })
    ).json()
    expect(progress.completed_quizzes).toEqual([])
  })

  it('grades one of 20 concurrent submissions of an attempt; the others answer 409', async () => {
    const e = await quizEnrollment()
    const attempt = (await start(e.student, e.id)).json()
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => submit(e.student, attempt.attempt_id, ALL_RIGHT)),
    )
    const codes = responses.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 200)).toHaveLength(1)
    expect(codes.filter((c) => c === 409)).toHaveLength(19)
    expect(responses.find((r) => r.statusCode === 409)!.json().error_code).toBe('ATTEMPT_ALREADY_SUBMITTED')
    const [listed] = (await list(e.student, e.id)).json()
    expect(listed).toMatchObject({ status: 'submitted', score: 100 })
  })

  it('answers 422 for answers to questions of another quiz, and records nothing', async () => {
    const e = await quizEnrollment()
    const attempt = (await start(e.student, e.id)).json()
    const response = await submit(e.student, attempt.attempt_id, [
      ...ALL_RIGHT,
      { question_id: 999, option_ids: ['a'] },
    ])
    expect(response.statusCode).toBe(422)
    expect(response.json().details).toEqual([
      { field: 'body.answers[5].question_id', message: 'is not a question of this attempt' },
    ])
    expect(
      (await submit(e.student, attempt.attempt_id, [{ question_id: 10, option_ids: ['nope'] }])).statusCode,
    ).toBe(422)
    expect(
      (await submit(e.student, attempt.attempt_id, [{ question_id: 13, value: 'three' }])).statusCode,
    ).toBe(422)
    const [listed] = (await list(e.student, e.id)).json()
    expect(listed.status).toBe('in_progress')
    // An attempt of this quiz submitted under another quiz's id is not found.
    expect((await submit(e.student, attempt.attempt_id, ALL_RIGHT, 5)).statusCode).toBe(404)
  })

  it('answers 409 ATTEMPT_EXPIRED after the time limit and its minute of grace', async () => {
    const e = await quizEnrollment({ time_limit_minutes: 5 })
    const attempt = (await start(e.student, e.id)).json()
    expect(Date.parse(attempt.expires_at) - Date.parse(attempt.started_at)).toBe(5 * 60_000)
    clockOffsetMs = 5 * 60_000 + 30_000
    try {
      const late = (await start(e.student, e.id)).json()
      clockOffsetMs = 5 * 60_000 + 30_000 + 5 * 60_000 + 30_000
      expect((await submit(e.student, late.attempt_id, ALL_RIGHT)).statusCode).toBe(200) // 30 s into the grace
      const expired = await submit(e.student, attempt.attempt_id, ALL_RIGHT)
      expect(expired.statusCode).toBe(409)
      expect(expired.json().error_code).toBe('ATTEMPT_EXPIRED')
      const listed = (await list(e.student, e.id)).json()
      expect(listed.map((a: { status: string }) => a.status)).toEqual(['expired', 'submitted'])
    } finally {
      clockOffsetMs = 0
    }
  })

  it('shows answers only as show_answers_after allows', async () => {
    const never = await quizEnrollment({ show_answers_after: 'never' })
    const a = (await start(never.student, never.id)).json()
    const graded = await submit(never.student, a.attempt_id, ALL_RIGHT)
    expect(graded.json()).toMatchObject({ score: 100, feedback: null })
    expect(graded.body).not.toContain(SECRET)
    expect((await list(never.student, never.id)).body).not.toContain(SECRET)
    // Its instructor sees everything.
    expect((await list(never.instructor, never.id)).json()[0].feedback).toHaveLength(5)

    const passed = await quizEnrollment({ show_answers_after: 'passed' })
    const failing = (await start(passed.student, passed.id)).json()
    expect((await submit(passed.student, failing.attempt_id, [])).json().feedback).toBeNull()
    expect((await list(passed.student, passed.id)).body).not.toContain(SECRET)
    const passing = (await start(passed.student, passed.id)).json()
    expect((await submit(passed.student, passing.attempt_id, ALL_RIGHT)).json().feedback).toHaveLength(5)
    const listed = (await list(passed.student, passed.id)).json()
    expect(listed.map((x: { feedback: unknown[] | null }) => x.feedback?.length)).toEqual([5, 5])
  })

  it('grades an attempt against the quiz it started on; a new version applies to new attempts only', async () => {
    const e = await quizEnrollment()
    const old = (await start(e.student, e.id)).json()
    const done = (await start(e.student, e.id)).json()
    await submit(e.student, done.attempt_id, ALL_RIGHT)
    // The instructor now makes b wrong and c right, and doubles the points of question 10.
    const edited = questions()
    edited[0] = {
      ...edited[0]!,
      points: 4,
      options: edited[0]!.options!.map((o) => ({ ...o, is_correct: o.option_id === 'c' })),
    }
    setQuiz(e, { questions: edited, version: 2 })
    expect((await submit(e.student, old.attempt_id, ALL_RIGHT)).json()).toMatchObject({
      score: 100,
      quiz_version: 1,
    })
    const fresh = (await start(e.student, e.id)).json()
    expect(fresh).toMatchObject({ quiz_version: 2, max_points: 12 })
    expect((await submit(e.student, fresh.attempt_id, ALL_RIGHT)).json()).toMatchObject({
      points: 8,
      score: 66.67,
    })
    const scores = (await list(e.student, e.id)).json().map((x: { score: number }) => x.score)
    expect(scores).toEqual([100, 100, 66.67])
  })

  it('completes a course only on the owners’ answers: a copy-decided 100 % keeps nothing of its try', async () => {
    const e = await quizEnrollment()
    for (const lessonId of [1, 2, 5]) {
      const done = await t.app.inject({
        method: 'POST',
        url: `/progress/lessons/${lessonId}/complete`,
        headers: e.student.headers,
        payload: { enrollment_id: e.id },
      })
      expect(done.statusCode).toBe(200)
    }
    const attempt = (await start(e.student, e.id)).json()
    // The copies would say 100 %: the owner must confirm, and while it cannot, nothing is kept.
    t.enrollments.state.down = true
    try {
      expect((await submit(e.student, attempt.attempt_id, ALL_RIGHT)).statusCode).toBe(503)
    } finally {
      t.enrollments.state.down = false
    }
    expect((await list(e.student, e.id)).json()[0]).toMatchObject({ status: 'in_progress', score: null })
    const graded = await submit(e.student, attempt.attempt_id, ALL_RIGHT)
    expect(graded.json()).toMatchObject({ attempt_number: 1, score: 100, passed: true })
    const progress = (
      await t.app.inject({ method: 'GET', url: `/progress/${e.id}`, headers: e.student.headers })
    ).json()
    expect(progress).toMatchObject({ completion_percentage: 100, quiz_scores: { [QUIZ]: 100 } })
  })
})

describe('the self-reported score (POST /progress/quizzes/{id}/submit)', () => {
  it('answers 422 QUIZ_GRADED_BY_PLATFORM for a quiz with questions', async () => {
    const e = await quizEnrollment()
    const response = await t.app.inject({
      method: 'POST',
      url: `/progress/quizzes/${QUIZ}/submit`,
      headers: e.student.headers,
      payload: { enrollment_id: e.id, score: 100 },
    })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('QUIZ_GRADED_BY_PLATFORM')
  })

  it('is told apart from graded scores in what certificate-service reads', async () => {
    const reported = await t.enrollment()
    await t.app.inject({
      method: 'POST',
      url: `/progress/quizzes/${QUIZ}/submit`,
      headers: reported.student.headers,
      payload: { enrollment_id: reported.id, score: 90 },
    })
    const graded = await quizEnrollment()
    const attempt = (await start(graded.student, graded.id)).json()
    await submit(graded.student, attempt.attempt_id, ALL_RIGHT)
    const read = (id: number) =>
      t.app.inject({ method: 'GET', url: `/internal/progress/${id}`, headers: t.serviceHeaders() })
    expect((await read(reported.id)).json()).toMatchObject({
      quiz_scores: { [QUIZ]: 90 },
      self_reported_quizzes: [QUIZ],
    })
    expect((await read(graded.id)).json()).toMatchObject({
      quiz_scores: { [QUIZ]: 100 },
      self_reported_quizzes: [],
    })
  })
})

describe('GET /progress/{enrollment_id}/attempts', () => {
  it('lists attempts for the student, the instructor and admins; 403 for anyone else', async () => {
    const e = await quizEnrollment()
    await start(e.student, e.id)
    const admin = await t.user('admin')
    const other = await t.user('instructor')
    expect((await list(e.student, e.id)).json()).toHaveLength(1)
    expect((await list(e.instructor, e.id)).statusCode).toBe(200)
    expect((await list(admin, e.id)).statusCode).toBe(200)
    expect((await list(other, e.id)).statusCode).toBe(403)
  })
})

describe('GET /internal/quizzes/{quiz_id}/stats', () => {
  it('counts attempts, pass rate, average, median and per-question results', async () => {
    const e = await quizEnrollment()
    const second = await t.enrollment({ outline: { ...e.outline } })
    // Same course for both (the second enrollment's fake course is replaced by the first's).
    t.enrollments.enrollments.set(second.id, { ...second.record, course_id: e.outline.course_id })
    const a = (await start(e.student, e.id)).json()
    await submit(e.student, a.attempt_id, ALL_RIGHT) // 100
    const b = (await start(second.student, second.id)).json()
    await submit(second.student, b.attempt_id, [{ question_id: 10, option_ids: ['c'] }]) // 0
    const c = (await start(second.student, second.id)).json()
    await submit(second.student, c.attempt_id, [
      { question_id: 10, option_ids: ['c'] },
      { question_id: 14, value: 'Paris' },
    ]) // 20
    const stats = await t.app.inject({
      method: 'GET',
      url: `/internal/quizzes/${QUIZ}/stats?course_id=${e.outline.course_id}`,
      headers: t.serviceHeaders('course-service'),
    })
    expect(stats.statusCode).toBe(200)
    expect(stats.json()).toMatchObject({
      quiz_id: QUIZ,
      attempts: 3,
      students: 2,
      pass_rate: 0.3333,
      average_score: 40,
      median_score: 20,
    })
    expect(stats.json().questions[0]).toEqual({
      question_id: 10,
      answered: 3,
      correct_share: 0.3333,
      most_chosen_wrong_option: { option_id: 'c', text: 'C', count: 2 },
    })
    const userToken = await t.user('admin')
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/internal/quizzes/${QUIZ}/stats?course_id=1`,
          headers: userToken.headers,
        })
      ).statusCode,
    ).toBeGreaterThanOrEqual(401)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, eventually, signUp as signUpWith, uniqueName } from './http.js'

// Issue 11 against `npm start` over real HTTP: a quiz with questions graded by the platform, a
// certificate that says so, and a sweep over every route a student can reach for leaked keys.
let system: RunningSystem
let api: Api
const signUp = (role: 'student' | 'instructor') =>
  signUpWith(api, role, { prefix: 'quiz', fields: { first_name: 'Quinn' } })
let instructor: { id: number; token: string }
let student: { id: number; token: string }

// Markers that only a key could contain: the explanation, the accepted answer, the numeric value.
const EXPLANATION = 'SECRET-EXPLANATION-7f3a'
const ACCEPTED = 'secret-accepted-answer-9c1e'
const NUMERIC = 4242.4242
const LEAKS = [
  EXPLANATION,
  ACCEPTED.toLowerCase(),
  String(NUMERIC),
  'is_correct',
  'accepted_answers',
  'correct_option_ids',
]

/** A published course: a text lesson and a quiz whose keys are never shown to students. */
async function gradedCourse() {
  const course = await api.post('/api/v1/courses', { title: uniqueName('Graded ') }, instructor.token)
  const base = `/api/v1/courses/${course.body.id}`
  const module = await api.post(`${base}/modules`, { title: 'Basics' }, instructor.token)
  const lessons = `${base}/modules/${module.body.module_id}/lessons`
  const text = await api.post(lessons, { title: 'Read', type: 'text', content: 'the body' }, instructor.token)
  const quiz = await api.post(
    lessons,
    { title: 'Check', type: 'quiz', quiz_settings: { show_answers_after: 'never', max_attempts: 5 } },
    instructor.token,
  )
  const questions = `${lessons}/${quiz.body.lesson_id}/questions`
  const choice = await api.post(
    questions,
    {
      type: 'single_choice',
      text: 'Pick the first',
      points: 2,
      options: [
        { option_id: 'first', text: 'First', is_correct: true },
        { option_id: 'second', text: 'Second', is_correct: false },
      ],
      explanation: EXPLANATION,
    },
    instructor.token,
  )
  const short = await api.post(
    questions,
    {
      type: 'short_text',
      text: 'Say the word',
      points: 1,
      accepted_answers: [ACCEPTED],
      explanation: EXPLANATION,
    },
    instructor.token,
  )
  const numeric = await api.post(
    questions,
    { type: 'numeric', text: 'The number', points: 1, value: NUMERIC, explanation: EXPLANATION },
    instructor.token,
  )
  expect([choice.status, short.status, numeric.status]).toEqual([201, 201, 201])
  expect((await api.post(`${base}/publish`, undefined, instructor.token)).status).toBe(200)
  return {
    id: course.body.id as number,
    slug: course.body.slug as string,
    lessonId: text.body.lesson_id as number,
    quizId: quiz.body.lesson_id as number,
    questionsPath: questions,
    ids: [choice.body.question_id, short.body.question_id, numeric.body.question_id] as number[],
  }
}

beforeAll(async () => {
  system = await startAllInOne()
  api = createApi(system.baseUrl)
  instructor = await signUp('instructor')
  student = await signUp('student')
})
afterAll(() => system?.stop())

describe('a quiz graded by the platform, end to end', () => {
  it('grades, completes the course, issues a graded certificate and keeps every key from the student', async () => {
    const course = await gradedCourse()
    const seen: { route: string; body: string }[] = []
    async function studentCall(
      method: string,
      path: string,
      body?: unknown,
      token: string | undefined = student.token,
    ) {
      const response = await api.call(method, path, { token, body })
      seen.push({ route: `${method} ${path} → ${response.status}`, body: JSON.stringify(response.body) })
      return response
    }
    await studentCall('GET', `/api/v1/courses/${course.id}/content`, undefined, undefined)
    const enrolled = await studentCall('POST', '/api/v1/enrollments', { course_id: course.id })
    expect(enrolled.status).toBe(201)
    const enrollmentId = enrolled.body.id as number
    const progress = { enrollment_id: enrollmentId }

    await studentCall('GET', `/api/v1/courses/${course.id}`)
    await studentCall('GET', `/api/v1/courses/slug/${course.slug}`)
    await studentCall('GET', '/api/v1/courses?page_size=100')
    await studentCall('GET', `/api/v1/courses/${course.id}/content`)
    await studentCall('POST', `/api/v1/progress/lessons/${course.lessonId}/complete`, progress)
    await studentCall('POST', `/api/v1/progress/lessons/${course.quizId}/complete`, progress)
    const reported = await studentCall('POST', `/api/v1/progress/quizzes/${course.quizId}/submit`, {
      ...progress,
      score: 100,
    })
    expect(reported.status).toBe(422)
    expect(reported.body.error_code).toBe('QUIZ_GRADED_BY_PLATFORM')

    // A failing attempt, bad answers on the next one, then a passing one.
    const first = await studentCall('POST', `/api/v1/progress/quizzes/${course.quizId}/attempts`, progress)
    expect(first.status).toBe(201)
    expect(first.body.questions).toHaveLength(3)
    const failed = await studentCall(
      'POST',
      `/api/v1/progress/quizzes/${course.quizId}/attempts/${first.body.attempt_id}/submit`,
      { answers: [{ question_id: course.ids[0], option_ids: ['second'] }] },
    )
    expect(failed.body).toMatchObject({ score: 0, passed: false, feedback: null })
    const second = await studentCall('POST', `/api/v1/progress/quizzes/${course.quizId}/attempts`, progress)
    const submitPath = `/api/v1/progress/quizzes/${course.quizId}/attempts/${second.body.attempt_id}/submit`
    for (const answers of [
      [{ question_id: 999_999, option_ids: ['first'] }],
      [{ question_id: course.ids[0], option_ids: ['third'] }],
      [{ question_id: course.ids[2], value: 'a number?' }],
      [{ question_id: course.ids[0], option_ids: ['first', 'second'] }],
    ])
      expect((await studentCall('POST', submitPath, { answers })).status).toBe(422)
    const passed = await studentCall('POST', submitPath, {
      answers: [
        { question_id: course.ids[0], option_ids: ['first'] },
        { question_id: course.ids[1], value: ` ${ACCEPTED.toUpperCase()} ` },
      ],
    })
    expect(passed.status).toBe(200)
    expect(passed.body).toMatchObject({ points: 3, max_points: 4, score: 75, passed: true, feedback: null })
    expect((await studentCall('POST', submitPath, { answers: [] })).status).toBe(409)

    const done = await eventually(
      () => api.get(`/api/v1/enrollments/${enrollmentId}`, student.token),
      (response) => response.body.status === 'completed',
    )
    expect(done.body.status).toBe('completed')
    const certificates = await eventually(
      () => studentCall('GET', '/api/v1/certificates/my-certificates'),
      (response) => response.body.length > 0,
    )
    expect(certificates.body[0]).toMatchObject({ grade: 'C', score_percentage: 75, assessment: 'graded' })
    const code = certificates.body[0].verification_code
    const verified = await studentCall('GET', `/api/v1/certificates/verify/${code}`, undefined, undefined)
    expect(verified.body).toMatchObject({ valid: true, assessment: 'graded' })
    const page = await api.get(`/verify/${code}`)
    expect(page.body).toContain('Quizzes graded by SmartCourse')

    // Everything else a student can reach.
    await studentCall('GET', `/api/v1/progress/${enrollmentId}`)
    await studentCall('GET', `/api/v1/progress/${enrollmentId}/summary`)
    await studentCall('GET', `/api/v1/progress/${enrollmentId}/attempts`)
    await studentCall('GET', `/api/v1/progress/${enrollmentId}/attempts?quiz_id=${course.quizId}`)
    await studentCall('GET', `/api/v1/enrollments/${enrollmentId}`)
    await studentCall('GET', `/api/v1/enrollments/my-courses`)
    await studentCall('GET', `/api/v1/certificates/${certificates.body[0].id}`)
    await studentCall('GET', `/api/v1/courses/${course.id}/content`)
    await studentCall('GET', `/api/v1/courses/${course.id}/quizzes/${course.quizId}/stats`)
    await studentCall('POST', course.questionsPath, { type: 'numeric', text: 'x', points: 1, value: 1 })
    await studentCall('PUT', `${course.questionsPath}/${course.ids[0]}`, {
      type: 'numeric',
      text: 'x',
      points: 1,
      value: 1,
    })
    await studentCall('PUT', `${course.questionsPath}/order`, { ids: course.ids })
    await studentCall('GET', `/api/v1/internal/courses/${course.id}/quizzes/${course.quizId}`)
    expect(seen.length).toBeGreaterThan(25)
    for (const { route, body } of seen)
      for (const leak of LEAKS)
        expect(body.toLowerCase(), `${route} leaks ${leak}`).not.toContain(leak.toLowerCase())

    // The instructor sees the keys, every attempt's feedback and the quiz's statistics.
    const attempts = await api.get(`/api/v1/progress/${enrollmentId}/attempts`, instructor.token)
    expect(attempts.body[1].feedback[0].explanation).toBe(EXPLANATION)
    const stats = await api.get(
      `/api/v1/courses/${course.id}/quizzes/${course.quizId}/stats`,
      instructor.token,
    )
    expect(stats.status).toBe(200)
    expect(stats.body).toMatchObject({
      attempts: 2,
      students: 1,
      pass_rate: 0.5,
      average_score: 37.5,
      median_score: 37.5,
    })
    expect(stats.body.questions[0]).toMatchObject({
      question_id: course.ids[0],
      correct_share: 0.5,
      most_chosen_wrong_option: { option_id: 'second', text: 'Second', count: 1 },
    })
  })

  it('says self_reported for a course whose quiz score came from the learner', async () => {
    const course = await api.post('/api/v1/courses', { title: uniqueName('Reported ') }, instructor.token)
    const base = `/api/v1/courses/${course.body.id}`
    const module = await api.post(`${base}/modules`, { title: 'Only' }, instructor.token)
    const quiz = await api.post(
      `${base}/modules/${module.body.module_id}/lessons`,
      { title: 'Q', type: 'quiz' },
      instructor.token,
    )
    await api.post(`${base}/publish`, undefined, instructor.token)
    const other = await signUp('student')
    const enrollment = await api.post('/api/v1/enrollments', { course_id: course.body.id }, other.token)
    const submitted = await api.post(
      `/api/v1/progress/quizzes/${quiz.body.lesson_id}/submit`,
      { enrollment_id: enrollment.body.id, score: 95 },
      other.token,
    )
    expect(submitted.status).toBe(200)
    const certificates = await eventually(
      () => api.get('/api/v1/certificates/my-certificates', other.token),
      (response) => response.body.length > 0,
    )
    expect(certificates.body[0]).toMatchObject({ grade: 'A', assessment: 'self_reported' })
    const page = await api.get(`/verify/${certificates.body[0].verification_code}`)
    expect(page.body).toContain('reported by the learner')
  })
})

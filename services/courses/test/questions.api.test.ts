import type { QuizStats } from '@smartcourse/contracts'
import { singleChoiceQuestion, trueFalseQuestion } from '@smartcourse/contracts/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestUser } from './helpers.js'

type App = Awaited<ReturnType<typeof createTestApp>>
let t: App
let owner: TestUser
const statsCalls: { courseId: number; quizId: number }[] = []

beforeAll(async () => {
  t = await createTestApp({
    quizStats: {
      async getQuizStats(courseId, quizId): Promise<QuizStats> {
        statsCalls.push({ courseId, quizId })
        return {
          quiz_id: quizId,
          attempts: 0,
          students: 0,
          pass_rate: null,
          average_score: null,
          median_score: null,
          questions: [],
        }
      },
    },
  })
  owner = t.user('instructor')
})
afterAll(() => t.close())

const SECRET = 'because-of-the-key'
const single = singleChoiceQuestion({ text: 'Which one?', explanation: SECRET })

async function quiz(settings?: Record<string, unknown>) {
  const course = await t.createCourse(owner)
  const module = await t.addModule(owner, course.id)
  const lesson = await t.addLesson(owner, course.id, module.module_id, {
    type: 'quiz',
    content: null,
    ...(settings ? { quiz_settings: settings } : {}),
  })
  const base = `/courses/${course.id}/modules/${module.module_id}/lessons/${lesson.lesson_id}`
  return { course, module, lesson, base, questions: `${base}/questions` }
}

describe('quiz questions: CRUD', () => {
  it('adds questions (201 with question_id from the course counter), in order, never reusing ids', async () => {
    const q = await quiz()
    const first = await t.api.post(q.questions, single, owner)
    expect(first.status).toBe(201)
    expect(first.body).toEqual({
      question_id: q.lesson.lesson_id + 1,
      type: 'single_choice',
      text: 'Which one?',
      points: 2,
      options: single.options,
      partial_credit: false,
      accepted_answers: null,
      value: null,
      tolerance: null,
      explanation: SECRET,
      order: 1,
    })
    const numeric = await t.api.post(
      q.questions,
      { type: 'numeric', text: 'Pi?', points: 1, value: 3.14, tolerance: 0.01 },
      owner,
    )
    const text = await t.api.post(
      q.questions,
      { type: 'short_text', text: 'Capital?', points: 1, accepted_answers: ['Paris'] },
      owner,
    )
    expect([numeric.status, text.status]).toEqual([201, 201])
    expect(numeric.body).toMatchObject({ order: 2, value: 3.14, tolerance: 0.01, options: null })
    expect((await t.api.delete(`${q.questions}/${text.body.question_id}`, owner)).status).toBe(200)
    const module = await t.addModule(owner, q.course.id)
    expect(module.module_id).toBe(text.body.question_id + 1)

    const ids = [numeric.body.question_id, first.body.question_id]
    const reordered = await t.api.put(`${q.questions}/order`, { ids }, owner)
    expect(reordered.status).toBe(200)
    expect(reordered.body.questions.map((x: { question_id: number }) => x.question_id)).toEqual(ids)
    expect(reordered.body.question_count).toBe(2)
    expect((await t.api.put(`${q.questions}/order`, { ids: [ids[0]] }, owner)).status).toBe(422)
  })

  it('replaces a question with PUT; 404 for an unknown one', async () => {
    const q = await quiz()
    const added = (await t.api.post(q.questions, single, owner)).body
    const replaced = await t.api.put(
      `${q.questions}/${added.question_id}`,
      trueFalseQuestion({ text: 'Sky is blue' }),
      owner,
    )
    expect(replaced.status).toBe(200)
    expect(replaced.body).toMatchObject({
      question_id: added.question_id,
      type: 'true_false',
      explanation: null,
    })
    expect((await t.api.put(`${q.questions}/99999`, single, owner)).status).toBe(404)
    expect((await t.api.delete(`${q.questions}/99999`, owner)).status).toBe(404)
  })

  it('refuses questions that cannot be graded with 422', async () => {
    const q = await quiz()
    const bad = [
      { ...single, options: single.options.map((o) => ({ ...o, is_correct: false })) },
      { ...single, options: [single.options[0], { ...single.options[1], option_id: 'a' }] },
      { ...single, options: single.options.map((o) => ({ ...o, is_correct: true })) },
      { type: 'numeric', text: 'n', points: 1 },
      { type: 'short_text', text: 's', points: 1, accepted_answers: ['   '] },
      { type: 'true_false', text: 'tf', points: 1, options: [single.options[1]] },
      { ...single, points: 0 },
      { ...single, value: 3 },
      { ...single, answer: 'b' },
      { type: 'essay', text: 'e', points: 1 },
    ]
    for (const body of bad) {
      const response = await t.api.post(q.questions, body, owner)
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(response.body.error_code).toBe('VALIDATION_ERROR')
    }
    expect(
      (await t.api.get(`/courses/${q.course.id}/content`, owner)).body.modules[0].lessons[0].question_count,
    ).toBe(0)
  })

  it('answers 422 LESSON_NOT_QUIZ for questions or quiz settings on another kind of lesson', async () => {
    const course = await t.createCourse(owner)
    const module = await t.addModule(owner, course.id)
    const lesson = await t.addLesson(owner, course.id, module.module_id)
    const base = `/courses/${course.id}/modules/${module.module_id}/lessons`
    const response = await t.api.post(`${base}/${lesson.lesson_id}/questions`, single, owner)
    expect(response.status).toBe(422)
    expect(response.body.error_code).toBe('LESSON_NOT_QUIZ')
    const settings = await t.api.post(
      base,
      { title: 'x', type: 'text', quiz_settings: { pass_mark: 50 } },
      owner,
    )
    expect(settings.body.error_code).toBe('LESSON_NOT_QUIZ')
  })

  it('keeps a quiz with questions a quiz (422 on a type change)', async () => {
    const q = await quiz()
    await t.api.post(q.questions, single, owner)
    expect((await t.api.put(q.base, { type: 'text' }, owner)).status).toBe(422)
  })

  it('lets only the course instructor or an admin write questions', async () => {
    const q = await quiz()
    expect((await t.api.post(q.questions, single, t.user('instructor'))).status).toBe(403)
    expect((await t.api.post(q.questions, single, t.user('student'))).status).toBe(403)
    expect((await t.api.post(q.questions, single)).status).toBe(401)
    expect((await t.api.post(q.questions, single, t.user('admin'))).status).toBe(201)
  })
})

describe('quiz settings', () => {
  it('defaults, and takes any subset on create and update', async () => {
    const q = await quiz()
    expect(q.lesson.quiz_settings).toEqual({
      pass_mark: 60,
      max_attempts: null,
      time_limit_minutes: null,
      shuffle_questions: false,
      shuffle_options: false,
      show_answers_after: 'submit',
    })
    const custom = await quiz({ pass_mark: 75, max_attempts: 3 })
    expect(custom.lesson.quiz_settings).toMatchObject({
      pass_mark: 75,
      max_attempts: 3,
      show_answers_after: 'submit',
    })
    const updated = await t.api.put(
      custom.base,
      { quiz_settings: { time_limit_minutes: 20, show_answers_after: 'never' } },
      owner,
    )
    expect(updated.body.quiz_settings).toMatchObject({
      pass_mark: 75,
      max_attempts: 3,
      time_limit_minutes: 20,
      show_answers_after: 'never',
    })
    for (const bad of [
      { pass_mark: 101 },
      { max_attempts: 0 },
      { show_answers_after: 'later' },
      { extra: 1 },
    ])
      expect((await t.api.put(custom.base, { quiz_settings: bad }, owner)).status).toBe(422)
  })
})

describe('reading quizzes', () => {
  it('shows questions only to the instructor and admins; enrolled students and visitors get null', async () => {
    const q = await quiz()
    await t.api.post(q.questions, single, owner)
    await t.api.post(`/courses/${q.course.id}/publish`, undefined, owner)
    const student = t.user('student')
    t.enrollments.set(student.id, q.course.id, 'active')
    for (const reader of [student, t.user('student'), undefined]) {
      const content = await t.api.get(`/courses/${q.course.id}/content`, reader)
      expect(content.status).toBe(200)
      expect(content.body.modules[0].lessons[0]).toMatchObject({ question_count: 1, questions: null })
      expect(JSON.stringify(content.body)).not.toContain(SECRET)
      expect(JSON.stringify(content.body)).not.toContain('is_correct')
    }
    const managed = await t.api.get(`/courses/${q.course.id}/content`, owner)
    expect(managed.body.modules[0].lessons[0].questions[0].explanation).toBe(SECRET)
  })

  it('publishes a course whose quiz has no questions', async () => {
    const q = await quiz()
    expect((await t.api.post(`/courses/${q.course.id}/publish`, undefined, owner)).status).toBe(200)
  })

  it('gives progress-service the quiz with its keys and version, and the outline its question count', async () => {
    const q = await quiz()
    const service = {
      authorization: `Bearer ${t.tokens.issueServiceToken('progress-service', 'course-service')}`,
    }
    const read = () =>
      t.app.inject({
        method: 'GET',
        url: `/internal/courses/${q.course.id}/quizzes/${q.lesson.lesson_id}`,
        headers: service,
      })
    const before = (await read()).json()
    await t.api.post(q.questions, single, owner)
    const after = (await read()).json()
    expect(after.quiz_version).toBeGreaterThan(before.quiz_version)
    expect(after.questions[0]).toMatchObject({ options: single.options, explanation: SECRET })
    const outline = await t.app.inject({
      method: 'GET',
      url: `/internal/courses/${q.course.id}/outline`,
      headers: service,
    })
    expect(outline.json().lessons[0]).toMatchObject({ type: 'quiz', question_count: 1 })
    const missing = await t.app.inject({
      method: 'GET',
      url: `/internal/courses/${q.course.id}/quizzes/99999`,
      headers: service,
    })
    expect(missing.statusCode).toBe(404)
    const asUser = await t.app.inject({
      method: 'GET',
      url: `/internal/courses/${q.course.id}/quizzes/${q.lesson.lesson_id}`,
      headers: { authorization: `Bearer ${owner.token}` },
    })
    expect([401, 403]).toContain(asUser.statusCode)
  })
})

describe('GET /courses/{id}/quizzes/{lesson_id}/stats', () => {
  it('answers the instructor from progress-service; 403 for others, 422/404 for what is not a quiz', async () => {
    const q = await quiz()
    const response = await t.api.get(`/courses/${q.course.id}/quizzes/${q.lesson.lesson_id}/stats`, owner)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ quiz_id: q.lesson.lesson_id, attempts: 0 })
    expect(statsCalls.at(-1)).toEqual({ courseId: q.course.id, quizId: q.lesson.lesson_id })
    expect(
      (await t.api.get(`/courses/${q.course.id}/quizzes/${q.lesson.lesson_id}/stats`, t.user('student')))
        .status,
    ).toBe(403)
    expect((await t.api.get(`/courses/${q.course.id}/quizzes/99999/stats`, owner)).status).toBe(404)
  })
})

import { randomInt } from 'node:crypto'
import type { QuizQuestion, QuizSettings } from '@smartcourse/contracts'
import { ValidationError } from '@smartcourse/service-kit'

/** One answer as a student submits it. */
export interface Answer {
  question_id: number
  option_ids?: string[]
  value?: number | string
}

/** What one question earned in a graded attempt. */
export interface QuestionResult {
  question_id: number
  points_awarded: number
  max_points: number
  is_correct: boolean
  /** What was answered, as submitted (null: left unanswered). */
  answer: { option_ids?: string[]; value?: number | string } | null
}

export interface Grading {
  results: QuestionResult[]
  points: number
  maxPoints: number
  /** points / max points × 100, two decimals. */
  score: number
}

const round2 = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100

/** Lower case, spaces trimmed and collapsed (as course-service describes short_text answers). */
export function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1)
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

/** The questions in the order this attempt presents them, fixed when the attempt starts. */
export function presentQuestions(questions: QuizQuestion[], settings: QuizSettings): QuizQuestion[] {
  const ordered = settings.shuffle_questions ? shuffled(questions) : questions
  return ordered.map((question) => ({
    ...question,
    options: question.options && settings.shuffle_options ? shuffled(question.options) : question.options,
  }))
}

/**
 * Checks every answer belongs to a question of this attempt (once), with options of that
 * question and a value of the right kind; anything else → 422 before anything is recorded.
 */
function validateAnswers(questions: QuizQuestion[], answers: Answer[]) {
  const byId = new Map(questions.map((question) => [question.question_id, question]))
  const seen = new Set<number>()
  const problems: { field: string; message: string }[] = []
  answers.forEach((answer, index) => {
    const field = `body.answers[${index}]`
    const question = byId.get(answer.question_id)
    if (!question) {
      problems.push({ field: `${field}.question_id`, message: 'is not a question of this attempt' })
      return
    }
    if (seen.has(answer.question_id))
      problems.push({ field: `${field}.question_id`, message: 'answered twice' })
    seen.add(answer.question_id)
    if (question.options) {
      if (answer.value !== undefined) problems.push({ field: `${field}.value`, message: 'use option_ids' })
      const known = new Set(question.options.map((option) => option.option_id))
      const chosen = answer.option_ids ?? []
      if (chosen.some((id) => !known.has(id)))
        problems.push({
          field: `${field}.option_ids`,
          message: 'contains an option this question does not have',
        })
      if (new Set(chosen).size !== chosen.length)
        problems.push({ field: `${field}.option_ids`, message: 'contains an option twice' })
      if (question.type !== 'multiple_choice' && chosen.length > 1)
        problems.push({ field: `${field}.option_ids`, message: 'this question takes one option' })
    } else {
      if (answer.option_ids !== undefined)
        problems.push({ field: `${field}.option_ids`, message: `not for a ${question.type} question` })
      const kind = question.type === 'numeric' ? 'number' : 'string'
      if (answer.value !== undefined && typeof answer.value !== kind)
        problems.push({ field: `${field}.value`, message: `must be a ${kind}` })
    }
  })
  if (problems.length > 0)
    throw new ValidationError('Some answers do not fit the questions of this attempt', problems)
}

/** Share of the question's points an answer earns, 0..1. */
function credit(question: QuizQuestion, answer: Answer | undefined): number {
  if (!answer) return 0
  switch (question.type) {
    case 'single_choice':
    case 'true_false':
    case 'multiple_choice': {
      const chosen = new Set(answer.option_ids ?? [])
      const options = question.options ?? []
      const correct = options.filter((option) => option.is_correct)
      const rightPicks = correct.filter((option) => chosen.has(option.option_id)).length
      const wrongPicks = options.filter((option) => !option.is_correct && chosen.has(option.option_id)).length
      const exact = rightPicks === correct.length && wrongPicks === 0
      if (question.type === 'multiple_choice' && question.partial_credit)
        return Math.max(0, (rightPicks - wrongPicks) / correct.length)
      return exact ? 1 : 0
    }
    case 'numeric':
      return typeof answer.value === 'number' &&
        question.value !== null &&
        Math.abs(answer.value - question.value) <= (question.tolerance ?? 0) + 1e-9
        ? 1
        : 0
    case 'short_text': {
      if (typeof answer.value !== 'string') return 0
      const given = normalizeAnswer(answer.value)
      return (question.accepted_answers ?? []).some((accepted) => normalizeAnswer(accepted) === given) ? 1 : 0
    }
  }
}

/** Grades the answers against the attempt's own questions; unanswered questions earn nothing. */
export function gradeAttempt(questions: QuizQuestion[], answers: Answer[]): Grading {
  validateAnswers(questions, answers)
  const byQuestion = new Map(answers.map((answer) => [answer.question_id, answer]))
  const results = questions.map((question): QuestionResult => {
    const answer = byQuestion.get(question.question_id)
    const share = credit(question, answer)
    return {
      question_id: question.question_id,
      points_awarded: round2(share * question.points),
      max_points: question.points,
      is_correct: share === 1,
      answer: answer ? { option_ids: answer.option_ids, value: answer.value } : null,
    }
  })
  const points = round2(results.reduce((sum, result) => sum + result.points_awarded, 0))
  const maxPoints = round2(questions.reduce((sum, question) => sum + question.points, 0))
  return { results, points, maxPoints, score: maxPoints === 0 ? 0 : round2((points / maxPoints) * 100) }
}

import type { QuizQuestion } from '@smartcourse/contracts'
import { ValidationError } from '@smartcourse/service-kit'

export type Question = QuizQuestion

/** A question as an instructor writes it (POST and PUT take the whole question). */
export interface QuestionInput {
  type: Question['type']
  text: string
  points: number
  options?: { option_id: string; text: string; is_correct: boolean }[]
  partial_credit?: boolean
  accepted_answers?: string[]
  value?: number
  tolerance?: number
  explanation?: string | null
}

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice', 'true_false'])

/** Lower case, spaces trimmed and collapsed: how short_text answers are compared. */
export function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * The rules a question must follow to be gradable: choice questions need unique option ids and
 * a correct option (exactly one for single_choice and true_false, which has two options),
 * numeric ones a value, short_text ones an accepted answer; fields of other types → 422.
 */
export function validateQuestion(input: QuestionInput): void {
  const problems: { field: string; message: string }[] = []
  const problem = (field: string, message: string) => problems.push({ field: `body.${field}`, message })
  const isChoice = CHOICE_TYPES.has(input.type)
  if (isChoice) {
    const options = input.options ?? []
    if (options.length < 2) problem('options', 'needs at least two options')
    if (input.type === 'true_false' && options.length !== 2)
      problem('options', 'true_false needs exactly two options')
    const ids = options.map((option) => option.option_id)
    if (new Set(ids).size !== ids.length) problem('options', 'option_id values must be unique')
    const correct = options.filter((option) => option.is_correct).length
    if (correct === 0) problem('options', 'needs at least one correct option')
    if (input.type !== 'multiple_choice' && correct > 1)
      problem('options', `${input.type} has exactly one correct option`)
  } else if (input.options !== undefined) problem('options', `not allowed for ${input.type}`)
  if (input.partial_credit !== undefined && input.type !== 'multiple_choice')
    problem('partial_credit', 'only for multiple_choice')
  if (input.type === 'numeric') {
    if (input.value === undefined) problem('value', 'a numeric question needs a value')
  } else {
    if (input.value !== undefined) problem('value', `not allowed for ${input.type}`)
    if (input.tolerance !== undefined) problem('tolerance', `not allowed for ${input.type}`)
  }
  if (input.type === 'short_text') {
    const accepted = (input.accepted_answers ?? []).map(normalizeAnswer).filter(Boolean)
    if (accepted.length === 0) problem('accepted_answers', 'needs at least one accepted answer')
  } else if (input.accepted_answers !== undefined)
    problem('accepted_answers', `not allowed for ${input.type}`)
  if (problems.length > 0) throw new ValidationError('The question cannot be graded as written', problems)
}

export function newQuestion(questionId: number, input: QuestionInput): Question {
  validateQuestion(input)
  const isChoice = CHOICE_TYPES.has(input.type)
  return {
    question_id: questionId,
    type: input.type,
    text: input.text,
    points: input.points,
    options: isChoice ? (input.options ?? []).map((o) => ({ ...o })) : null,
    partial_credit: input.partial_credit ?? false,
    accepted_answers: input.type === 'short_text' ? [...(input.accepted_answers ?? [])] : null,
    value: input.type === 'numeric' ? (input.value ?? null) : null,
    tolerance: input.type === 'numeric' ? (input.tolerance ?? 0) : null,
    explanation: input.explanation ?? null,
  }
}

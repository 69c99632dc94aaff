/** Pure logic of a graded quiz attempt: the learner's draft answers and what is sent for grading. */

export type QuestionType = 'single_choice' | 'multiple_choice' | 'true_false' | 'numeric' | 'short_text'

export interface AttemptQuestion {
  question_id: number
  type: QuestionType
}

/** What the learner has picked or typed so far, per question id. */
export type Draft = Record<number, { option_ids?: string[]; text?: string }>

export interface Answer {
  question_id: number
  option_ids?: string[]
  value?: number | string
}

const isChoice = (type: QuestionType) => type !== 'numeric' && type !== 'short_text'

/** The draft after (un)checking an option: one option for single choice and true/false, any for multiple. */
export function chooseOption(
  draft: Draft,
  question: AttemptQuestion,
  optionId: string,
  checked: boolean,
): Draft {
  const current = draft[question.question_id]?.option_ids ?? []
  const option_ids =
    question.type === 'multiple_choice'
      ? checked
        ? [...current.filter((id) => id !== optionId), optionId]
        : current.filter((id) => id !== optionId)
      : checked
        ? [optionId]
        : []
  return { ...draft, [question.question_id]: { option_ids } }
}

export function typeAnswer(draft: Draft, question: AttemptQuestion, text: string): Draft {
  return { ...draft, [question.question_id]: { text } }
}

/**
 * The answers body: unanswered questions are left out (they earn nothing); a numeric answer is sent
 * as a number when it reads as one, else as typed so the API's 422 explains it.
 */
export function answersPayload(questions: AttemptQuestion[], draft: Draft): Answer[] {
  const answers: Answer[] = []
  for (const question of questions) {
    const entry = draft[question.question_id]
    if (!entry) continue
    if (isChoice(question.type)) {
      if (entry.option_ids && entry.option_ids.length > 0)
        answers.push({ question_id: question.question_id, option_ids: entry.option_ids })
      continue
    }
    const text = (entry.text ?? '').trim()
    if (text === '') continue
    const number = Number(text)
    answers.push({
      question_id: question.question_id,
      value: question.type === 'numeric' && Number.isFinite(number) ? number : text,
    })
  }
  return answers
}

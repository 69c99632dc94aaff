import { NullableTimestamp, QuestionType, QuizStats, Timestamp } from '@smartcourse/contracts'
import { IdParam, StrictObject } from '@smartcourse/service-kit'
import { type Static, type TSchema, Type } from 'typebox'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const AttemptParams = Type.Object({ quiz_id: IdParam, attempt_id: IdParam })
export const AttemptListParams = Type.Object({ enrollment_id: IdParam })
export const AttemptListQuery = StrictObject({ quiz_id: Type.Optional(IdParam) })
export const QuizStatsParams = Type.Object({ quiz_id: IdParam })
export const QuizStatsQuery = Type.Object({ course_id: IdParam })
export { QuizStats }

export const AttemptStartBody = StrictObject({ enrollment_id: IdParam })
export type AttemptStartBody = Static<typeof AttemptStartBody>

export const AttemptSubmitBody = StrictObject({
  answers: Type.Array(
    StrictObject({
      question_id: IdParam,
      option_ids: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 50 })),
      value: Type.Optional(
        Type.Union([Type.Number({ minimum: -1e12, maximum: 1e12 }), Type.String({ maxLength: 500 })]),
      ),
    }),
    { maxItems: 500 },
  ),
})
export type AttemptSubmitBody = Static<typeof AttemptSubmitBody>

const AnswerGiven = Type.Object({
  option_ids: Type.Optional(Type.Array(Type.String())),
  value: Type.Optional(Type.Union([Type.Number(), Type.String()])),
})

/** A question as a student sees it while taking the quiz: no keys, no explanation. */
const PresentedQuestion = Type.Object({
  question_id: Type.Integer(),
  type: QuestionType,
  text: Type.String(),
  points: Type.Number(),
  partial_credit: Type.Boolean(),
  options: Nullable(Type.Array(Type.Object({ option_id: Type.String(), text: Type.String() }))),
})

/** Per question, once the quiz's show_answers_after allows it (always for instructors and admins). */
const QuestionFeedback = Type.Object({
  question_id: Type.Integer(),
  points_awarded: Type.Number(),
  max_points: Type.Number(),
  is_correct: Type.Boolean(),
  answer: Nullable(AnswerGiven),
  correct_option_ids: Nullable(Type.Array(Type.String())),
  accepted_answers: Nullable(Type.Array(Type.String())),
  value: Nullable(Type.Number()),
  tolerance: Nullable(Type.Number()),
  explanation: Nullable(Type.String()),
})

export const AttemptResponse = Type.Object({
  attempt_id: Type.Integer(),
  quiz_id: Type.Integer(),
  enrollment_id: Type.Integer(),
  attempt_number: Type.Integer(),
  quiz_version: Type.Integer(),
  status: Type.Enum(['in_progress', 'submitted', 'expired']),
  started_at: Timestamp,
  expires_at: NullableTimestamp,
  submitted_at: NullableTimestamp,
  pass_mark: Type.Number(),
  score: Nullable(Type.Number()),
  passed: Nullable(Type.Boolean()),
  points: Nullable(Type.Number()),
  max_points: Type.Number(),
  questions: Type.Array(PresentedQuestion),
  /** null until the quiz allows answers to be shown (show_answers_after). */
  feedback: Nullable(Type.Array(QuestionFeedback)),
})

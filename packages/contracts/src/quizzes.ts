import { type Static, type TSchema, type TSchemaOptions, Type } from 'typebox'
import { Value } from 'typebox/value'

const Nullable = <T extends TSchema>(schema: T, options?: TSchemaOptions) =>
  Type.Union([schema, Type.Null()], options)

export const QuestionType = Type.Enum([
  'single_choice',
  'multiple_choice',
  'true_false',
  'numeric',
  'short_text',
])
export type QuestionType = Static<typeof QuestionType>
const showAnswersAfter = ['never', 'submit', 'passed'] as const
export const ShowAnswersAfter = Type.Enum(showAnswersAfter)

export const QuestionOption = Type.Object({
  option_id: Type.String(),
  text: Type.String(),
  is_correct: Type.Boolean(),
})

/** A question with its key, as course-service stores it (never shown to students as is). */
export const QuizQuestion = Type.Object({
  question_id: Type.Integer(),
  type: QuestionType,
  text: Type.String(),
  points: Type.Number(),
  options: Nullable(Type.Array(QuestionOption)),
  /** multiple_choice only: credit for each correct choice (minus wrong ones) instead of all or nothing. */
  partial_credit: Type.Boolean(),
  accepted_answers: Nullable(Type.Array(Type.String())),
  value: Nullable(Type.Number()),
  tolerance: Nullable(Type.Number()),
  explanation: Nullable(Type.String()),
})
export type QuizQuestion = Static<typeof QuizQuestion>

/** A quiz's settings; each field's `default` is what a new quiz gets (SPEC). */
export const QuizSettings = Type.Object({
  pass_mark: Type.Number({ default: 60 }),
  max_attempts: Nullable(Type.Integer(), { default: null }),
  time_limit_minutes: Nullable(Type.Integer(), { default: null }),
  shuffle_questions: Type.Boolean({ default: false }),
  shuffle_options: Type.Boolean({ default: false }),
  show_answers_after: Type.Enum(showAnswersAfter, { default: 'submit' }),
})
export type QuizSettings = Static<typeof QuizSettings>

export const DEFAULT_QUIZ_SETTINGS: QuizSettings = Value.Create(QuizSettings)

/** GET /internal/courses/{id}/quizzes/{lesson_id} on course-service: the quiz with its keys. */
export const QuizDefinition = Type.Object({
  course_id: Type.Integer(),
  lesson_id: Type.Integer(),
  /** Grows with every change of the questions or settings; attempts record the one they used. */
  quiz_version: Type.Integer(),
  settings: QuizSettings,
  questions: Type.Array(QuizQuestion),
})
export type QuizDefinition = Static<typeof QuizDefinition>

/** GET /internal/quizzes/{lesson_id}/stats on progress-service, served by course-service to instructors. */
export const QuizStats = Type.Object({
  quiz_id: Type.Integer(),
  attempts: Type.Integer({ description: 'submitted attempts' }),
  students: Type.Integer(),
  pass_rate: Nullable(Type.Number({ description: 'share of submitted attempts that passed, 0..1' })),
  average_score: Nullable(Type.Number()),
  median_score: Nullable(Type.Number()),
  questions: Type.Array(
    Type.Object({
      question_id: Type.Integer(),
      answered: Type.Integer(),
      correct_share: Nullable(Type.Number({ description: 'share answered fully correctly, 0..1' })),
      most_chosen_wrong_option: Nullable(
        Type.Object({ option_id: Type.String(), text: Type.String(), count: Type.Integer() }),
      ),
    }),
  ),
})
export type QuizStats = Static<typeof QuizStats>

import { QuestionType, QuizQuestion, QuizSettings, ShowAnswersAfter } from '@smartcourse/contracts'
import { IdParam, StrictObject } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'
import { Nullable, Text, Title as TitleText } from '../text.schemas.js'
import {
  type CourseContent,
  contentTotals,
  type Lesson,
  type Module,
  questionsOf,
  quizSettingsOf,
} from './content-document.js'
import type { Question } from './quiz-questions.js'

export const LessonTypeSchema = Type.Enum(['video', 'text', 'quiz', 'assignment'])

const Title = TitleText({ minLength: 1, maxLength: 255 })
const Description = Nullable(Text({ maxLength: 5000 }))
/** Minutes of one lesson; the bound keeps sums and duration_hours in range. */
const Duration = Nullable(Type.Integer({ minimum: 0, maximum: 100_000 }))

export const ModuleCreate = StrictObject({
  title: Title,
  description: Type.Optional(Description),
  is_published: Type.Optional(Type.Boolean()),
})
export type ModuleCreate = Static<typeof ModuleCreate>

export const ModuleUpdate = StrictObject({
  title: Type.Optional(Title),
  description: Type.Optional(Description),
  is_published: Type.Optional(Type.Boolean()),
})
export type ModuleUpdate = Static<typeof ModuleUpdate>

/** Any subset on create and update; what is left out keeps its default (or current) value. */
export const QuizSettingsInput = StrictObject({
  pass_mark: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'percent, default 60' })),
  max_attempts: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 1000, description: 'null: unlimited' })),
  ),
  time_limit_minutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1440 }))),
  shuffle_questions: Type.Optional(Type.Boolean()),
  shuffle_options: Type.Optional(Type.Boolean()),
  show_answers_after: Type.Optional(ShowAnswersAfter),
})

const OptionId = Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9_.-]+$' })

/** POST and PUT of a question take the whole question. */
export const QuestionBody = StrictObject({
  type: QuestionType,
  text: Text({ minLength: 1, maxLength: 5000 }),
  points: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
  options: Type.Optional(
    Type.Array(
      StrictObject({
        option_id: OptionId,
        text: Text({ minLength: 1, maxLength: 2000 }),
        is_correct: Type.Boolean(),
      }),
      { maxItems: 50 },
    ),
  ),
  partial_credit: Type.Optional(
    Type.Boolean({ description: 'multiple_choice only (default false: all or nothing)' }),
  ),
  accepted_answers: Type.Optional(Type.Array(Text({ minLength: 1, maxLength: 500 }), { maxItems: 50 })),
  value: Type.Optional(Type.Number({ minimum: -1e12, maximum: 1e12 })),
  tolerance: Type.Optional(Type.Number({ minimum: 0, maximum: 1e12 })),
  explanation: Type.Optional(Nullable(Text({ maxLength: 5000 }))),
})
export type QuestionBody = Static<typeof QuestionBody>

export const QuestionResponse = Type.Object({ ...QuizQuestion.properties, order: Type.Integer() })

const lessonFields = {
  description: Type.Optional(Description),
  content: Type.Optional(Nullable(Text({ maxLength: 200_000 }))),
  video_url: Type.Optional(Nullable(Text({ maxLength: 2000 }))),
  duration_minutes: Type.Optional(Duration),
  is_preview: Type.Optional(Type.Boolean()),
  is_mandatory: Type.Optional(Type.Boolean()),
  quiz_settings: Type.Optional(QuizSettingsInput),
}

export const LessonCreate = StrictObject({ title: Title, type: LessonTypeSchema, ...lessonFields })
export type LessonCreate = Static<typeof LessonCreate>

export const LessonUpdate = StrictObject({
  title: Type.Optional(Title),
  type: Type.Optional(LessonTypeSchema),
  ...lessonFields,
})
export type LessonUpdate = Static<typeof LessonUpdate>

export const ReorderBody = StrictObject({
  ids: Type.Array(IdParam, { maxItems: 10_000 }),
})
export type ReorderBody = Static<typeof ReorderBody>

export const LessonResponse = Type.Object({
  lesson_id: Type.Integer(),
  title: Type.String(),
  description: Nullable(Type.String()),
  type: LessonTypeSchema,
  content: Nullable(Type.String()),
  video_url: Nullable(Type.String()),
  duration_minutes: Nullable(Type.Integer()),
  order: Type.Integer(),
  is_preview: Type.Boolean(),
  is_mandatory: Type.Boolean(),
  quiz_settings: Nullable(QuizSettings),
  question_count: Type.Integer(),
  /** With their keys, for the course's instructor and admins only; null for everyone else. */
  questions: Nullable(Type.Array(QuestionResponse)),
})

export const ModuleResponse = Type.Object({
  module_id: Type.Integer(),
  title: Type.String(),
  description: Nullable(Type.String()),
  order: Type.Integer(),
  is_published: Type.Boolean(),
  lessons: Type.Array(LessonResponse),
})

export const CourseContentResponse = Type.Object({
  course_id: Type.Integer(),
  modules: Type.Array(ModuleResponse),
  total_modules: Type.Integer(),
  total_lessons: Type.Integer(),
  total_duration_minutes: Type.Integer(),
})

export const ModuleParams = Type.Object({ id: IdParam, mid: IdParam })
export const LessonParams = Type.Object({ id: IdParam, mid: IdParam, lid: IdParam })
export const QuestionParams = Type.Object({ id: IdParam, mid: IdParam, lid: IdParam, qid: IdParam })
export const QuizLessonParams = Type.Object({ id: IdParam, lesson_id: IdParam })

/**
 * What a reader sees: `all` lesson bodies or only previews' bodies; `keys` adds the quiz
 * questions with their answers (the course's instructor and admins only; everyone else gets
 * `questions: null`, so no read of course content ever carries an answer).
 */
export interface ContentAudience {
  bodies: 'all' | 'previews'
  keys: boolean
}
export const MANAGER: ContentAudience = { bodies: 'all', keys: true }

export function questionView(question: Question, order: number) {
  return { ...question, order }
}

export function lessonView(lesson: Lesson, order: number, audience: ContentAudience = MANAGER) {
  const visible = audience.bodies === 'all' || lesson.is_preview
  const questions = questionsOf(lesson)
  const { quiz_version: _version, questions: _questions, ...fields } = lesson
  return {
    ...fields,
    content: visible ? lesson.content : null,
    video_url: visible ? lesson.video_url : null,
    order,
    quiz_settings: lesson.type === 'quiz' ? quizSettingsOf(lesson) : null,
    question_count: questions.length,
    questions: audience.keys ? questions.map((q, index) => questionView(q, index + 1)) : null,
  }
}

export function moduleView(module: Module, order: number, audience: ContentAudience = MANAGER) {
  return {
    ...module,
    order,
    lessons: module.lessons.map((lesson, index) => lessonView(lesson, index + 1, audience)),
  }
}

/** CourseContentResponse: positions become `order`, totals are computed. */
export function contentView(content: CourseContent, audience: ContentAudience = MANAGER) {
  return {
    course_id: content.course_id,
    modules: content.modules.map((module, index) => moduleView(module, index + 1, audience)),
    ...contentTotals(content),
  }
}

/** A module as the service returns it: with the content it sits in (for its position). */
export interface PlacedModule {
  content: CourseContent
  module: Module
}

/** A lesson as the service returns it: with the content and the module it sits in. */
export interface PlacedLesson {
  content: CourseContent
  moduleId: number
  lesson: Lesson
}

/** A question as the service returns it: with the content, module and lesson it sits in. */
export interface PlacedQuestion {
  content: CourseContent
  moduleId: number
  lessonId: number
  question: Question
}

export function moduleViewIn({ content, module }: PlacedModule) {
  return moduleView(module, content.modules.findIndex((m) => m.module_id === module.module_id) + 1)
}

function findLessonIn(content: CourseContent, moduleId: number, lessonId: number): Lesson {
  const module = content.modules.find((m) => m.module_id === moduleId)!
  return module.lessons.find((l) => l.lesson_id === lessonId)!
}

export function lessonViewIn({ content, moduleId, lesson }: PlacedLesson) {
  const module = content.modules.find((m) => m.module_id === moduleId)!
  return lessonView(lesson, module.lessons.findIndex((l) => l.lesson_id === lesson.lesson_id) + 1)
}

export function questionViewIn({ content, moduleId, lessonId, question }: PlacedQuestion) {
  const lesson = findLessonIn(content, moduleId, lessonId)
  return questionView(
    question,
    questionsOf(lesson).findIndex((q) => q.question_id === question.question_id) + 1,
  )
}

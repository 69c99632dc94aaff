import { IdParam, StrictObject } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'
import { Nullable, Text, Title as TitleText } from '../text.schemas.js'

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

const lessonFields = {
  description: Type.Optional(Description),
  content: Type.Optional(Nullable(Text({ maxLength: 200_000 }))),
  video_url: Type.Optional(Nullable(Text({ maxLength: 2000 }))),
  duration_minutes: Type.Optional(Duration),
  is_preview: Type.Optional(Type.Boolean()),
  is_mandatory: Type.Optional(Type.Boolean()),
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

import { Timestamp } from '@smartcourse/contracts'
import { IdParam, StrictObject } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'
import type { ProgressRow } from '../db/tables.js'
import type { ProgressMeasure } from './progress.calculator.js'

export const EnrollmentParams = Type.Object({ enrollment_id: IdParam })
export const LessonParams = Type.Object({ lesson_id: IdParam })
export const QuizParams = Type.Object({ quiz_id: IdParam })

export const LessonCompleteBody = StrictObject({
  enrollment_id: IdParam,
  time_spent_minutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440, default: 0 })),
})
export type LessonCompleteBody = Static<typeof LessonCompleteBody>

export const QuizSubmitBody = StrictObject({
  enrollment_id: IdParam,
  score: Type.Number({ minimum: 0, maximum: 100, description: 'kept rounded to two decimals' }),
})
export type QuizSubmitBody = Static<typeof QuizSubmitBody>

export const PositionBody = StrictObject({ module_id: IdParam, lesson_id: IdParam })
export type PositionBody = Static<typeof PositionBody>

const Ids = Type.Array(Type.Integer())

/** ProgressResponse (docs/openapi.json). */
export const ProgressResponse = Type.Object({
  id: Type.Integer(),
  enrollment_id: Type.Integer(),
  completed_modules: Ids,
  completed_lessons: Ids,
  total_modules: Type.Integer(),
  total_lessons: Type.Integer(),
  completed_quizzes: Ids,
  quiz_scores: Type.Record(Type.String(), Type.Number(), { description: 'best score per quiz lesson id' }),
  time_spent_minutes: Type.Integer(),
  current_module_id: Type.Union([Type.Integer(), Type.Null()]),
  current_lesson_id: Type.Union([Type.Integer(), Type.Null()]),
  completion_percentage: Type.Number(),
  last_accessed_at: Timestamp,
})

/** ProgressSummary (docs/openapi.json). */
export const ProgressSummary = Type.Object({
  enrollment_id: Type.Integer(),
  completion_percentage: Type.Number(),
  completed_modules: Type.Integer(),
  total_modules: Type.Integer(),
  completed_lessons: Type.Integer(),
  total_lessons: Type.Integer(),
  time_spent_minutes: Type.Integer(),
  average_quiz_score: Type.Union([Type.Number(), Type.Null()]),
})

export function toProgressResponse(row: ProgressRow, measure: ProgressMeasure) {
  return {
    id: row.id,
    enrollment_id: row.enrollmentId,
    completed_modules: measure.completedModules,
    completed_lessons: measure.completedLessons,
    total_modules: measure.totalModules,
    total_lessons: measure.totalLessons,
    completed_quizzes: measure.completedQuizzes,
    quiz_scores: measure.quizScores,
    time_spent_minutes: row.timeSpentMinutes,
    current_module_id: row.currentModuleId,
    current_lesson_id: row.currentLessonId,
    completion_percentage: measure.completionPercentage,
    last_accessed_at: row.lastAccessedAt.toISOString(),
  }
}

export function toProgressSummary(row: ProgressRow, measure: ProgressMeasure) {
  return {
    enrollment_id: row.enrollmentId,
    completion_percentage: measure.completionPercentage,
    completed_modules: measure.completedModules.length,
    total_modules: measure.totalModules,
    completed_lessons: measure.completedLessons.length,
    total_lessons: measure.totalLessons,
    time_spent_minutes: row.timeSpentMinutes,
    average_quiz_score: measure.averageQuizScore,
  }
}

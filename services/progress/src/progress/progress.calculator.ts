import type { CourseOutline } from '@smartcourse/contracts'

export interface QuizScore {
  lessonId: number
  bestScore: number
}

/** A pass mark: a quiz with at least this score counts as a completed lesson. */
export const QUIZ_PASS_SCORE = 60

export const round2 = (value: number) => Math.round(value * 100) / 100

/** The lessons that count: the mandatory ones, or all of them when none is mandatory. */
function required(lessons: CourseOutline['lessons']) {
  const mandatory = lessons.filter((lesson) => lesson.is_mandatory)
  return mandatory.length > 0 ? mandatory : lessons
}

/** The ids of the lessons the completion percentage counts. */
export const countedLessonIds = (outline: CourseOutline) =>
  required(outline.lessons).map((lesson) => lesson.lesson_id)

/**
 * done / counted as a percentage with two decimals, half up, computed exactly: the same number
 * progress.record_change writes into progress.updated (`round(100.0 * done / counted, 2)`).
 */
export const completionPercentage = (done: number, counted: number) =>
  counted === 0 ? 0 : Math.round((done * 10_000) / counted) / 100

/**
 * What a set of completions and quiz scores means against the course's current outline.
 * Percentage: completed mandatory lessons / mandatory lessons (all lessons when none is
 * mandatory). A module is completed when its mandatory lessons are (all its lessons when it has
 * no mandatory one, so an empty module counts as completed). Lessons no longer in the outline are
 * left out everywhere.
 */
export function measureProgress(outline: CourseOutline, completedLessonIds: number[], scores: QuizScore[]) {
  const done = new Set(completedLessonIds)
  const isDone = (lesson: { lesson_id: number }) => done.has(lesson.lesson_id)
  const counted = required(outline.lessons)
  const quizzes = outline.lessons.filter((lesson) => lesson.type === 'quiz')
  const quizIds = new Set(quizzes.map((lesson) => lesson.lesson_id))
  const currentScores = scores.filter((score) => quizIds.has(score.lessonId))
  return {
    completedLessons: outline.lessons.filter(isDone).map((lesson) => lesson.lesson_id),
    completedModules: outline.modules
      .filter((module) =>
        required(outline.lessons.filter((lesson) => lesson.module_id === module.module_id)).every(isDone),
      )
      .map((module) => module.module_id),
    completedQuizzes: quizzes.filter(isDone).map((lesson) => lesson.lesson_id),
    quizScores: Object.fromEntries(currentScores.map((score) => [String(score.lessonId), score.bestScore])),
    totalLessons: outline.lessons.length,
    totalModules: outline.modules.length,
    completionPercentage: completionPercentage(counted.filter(isDone).length, counted.length),
    averageQuizScore:
      currentScores.length === 0
        ? null
        : round2(currentScores.reduce((sum, score) => sum + score.bestScore, 0) / currentScores.length),
  }
}

export type ProgressMeasure = ReturnType<typeof measureProgress>

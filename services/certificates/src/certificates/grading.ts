import type { CourseOutline } from '@smartcourse/contracts'

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F' | 'Pass'

export interface GradeResult {
  grade: Grade
  /** Average of the counted quiz scores, two decimals; null when no quiz counts. */
  scorePercentage: number | null
}

/** Grade for an average score: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F. */
export function letterGrade(average: number): Grade {
  if (average >= 90) return 'A'
  if (average >= 80) return 'B'
  if (average >= 70) return 'C'
  if (average >= 60) return 'D'
  return 'F'
}

/**
 * Grades a completed enrollment from the quizzes of the course's current outline and the
 * student's best score per quiz. A mandatory quiz never submitted counts as 0; an optional quiz
 * counts only once submitted (skipping optional work does not lower a grade). With no quiz to
 * count the grade is `Pass` and the score null. The letter comes from the rounded average, so the
 * grade always matches the score shown next to it.
 */
export function gradeEnrollment(
  lessons: CourseOutline['lessons'],
  bestScores: Record<string, number>,
): GradeResult {
  const scores: number[] = []
  for (const lesson of lessons) {
    if (lesson.type !== 'quiz') continue
    const best = bestScores[String(lesson.lesson_id)]
    if (best !== undefined) scores.push(clampScore(best))
    else if (lesson.is_mandatory) scores.push(0)
  }
  if (scores.length === 0) return { grade: 'Pass', scorePercentage: null }
  const average = roundTwo(scores.reduce((sum, score) => sum + score, 0) / scores.length)
  return { grade: letterGrade(average), scorePercentage: average }
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0
}

function roundTwo(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100
}

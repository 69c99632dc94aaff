import type { CourseOutline } from '@smartcourse/contracts'

/** How a certificate was earned: every counted quiz graded by the platform, at least one self-reported score, or no quiz. */
export type Assessment = 'graded' | 'self_reported' | 'none'

/**
 * Looks at the quizzes that count in the grade (as gradeEnrollment counts them: mandatory ones,
 * and optional ones once submitted). None → `none`; any of them with a self-reported best
 * score → `self_reported`; else `graded`.
 */
export function assessmentOf(
  lessons: CourseOutline['lessons'],
  bestScores: Record<string, number>,
  selfReportedQuizzes: number[],
): Assessment {
  const selfReported = new Set(selfReportedQuizzes)
  const counted = lessons.filter(
    (lesson) =>
      lesson.type === 'quiz' && (lesson.is_mandatory || bestScores[String(lesson.lesson_id)] !== undefined),
  )
  if (counted.length === 0) return 'none'
  const reported = counted.some(
    (lesson) => bestScores[String(lesson.lesson_id)] === undefined || selfReported.has(lesson.lesson_id),
  )
  return reported ? 'self_reported' : 'graded'
}

/** The verification page's plain words for each value. */
export function assessmentWords(assessment: Assessment, platformName: string): string {
  switch (assessment) {
    case 'graded':
      return `Quizzes graded by ${platformName}`
    case 'self_reported':
      return `Includes quiz scores reported by the learner, not graded by ${platformName}`
    case 'none':
      return 'No quizzes in this course'
  }
}

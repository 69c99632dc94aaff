import { ConflictError, ValidationError } from '@smartcourse/service-kit'

export class LessonNotInCourseError extends ValidationError {
  constructor(lessonId: number, courseId: number) {
    super(`Lesson ${lessonId} is not part of course ${courseId}`, undefined, 'LESSON_NOT_IN_COURSE')
  }
}

export class LessonNotQuizError extends ValidationError {
  constructor(lessonId: number) {
    super(`Lesson ${lessonId} is not a quiz`, undefined, 'LESSON_NOT_QUIZ')
  }
}

export class ModuleMismatchError extends ValidationError {
  constructor(lessonId: number, moduleId: number) {
    super(`Lesson ${lessonId} is not in module ${moduleId}`, [
      { field: 'body.module_id', message: `must be the module of lesson ${lessonId}` },
    ])
  }
}

export class EnrollmentNotActiveError extends ConflictError {
  constructor(enrollmentId: number, status: string) {
    super('ENROLLMENT_NOT_ACTIVE', `Enrollment ${enrollmentId} is ${status}, not active`)
  }
}

/** A quiz with questions is graded by the platform: a score the learner reports is refused. */
export class QuizGradedByPlatformError extends ValidationError {
  constructor(quizId: number) {
    super(
      `Quiz ${quizId} has questions and is graded by the platform: start an attempt and submit answers`,
      undefined,
      'QUIZ_GRADED_BY_PLATFORM',
    )
  }
}

import { ConflictError, NotFoundError, ValidationError } from '@smartcourse/service-kit'

export class NoAttemptsLeftError extends ConflictError {
  constructor(maxAttempts: number) {
    super(
      'NO_ATTEMPTS_LEFT',
      `This quiz allows ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'}; none is left`,
    )
  }
}

export class AttemptExpiredError extends ConflictError {
  constructor(attemptId: number) {
    super('ATTEMPT_EXPIRED', `The time limit of attempt ${attemptId} has passed; start a new attempt`)
  }
}

export class AttemptAlreadySubmittedError extends ConflictError {
  constructor(attemptId: number) {
    super('ATTEMPT_ALREADY_SUBMITTED', `Attempt ${attemptId} was submitted already`)
  }
}

export class AttemptNotFoundError extends NotFoundError {
  constructor(attemptId: number) {
    super(`Attempt ${attemptId} not found for this quiz`)
  }
}

/** A quiz without questions is graded outside the platform: its score goes to /submit. */
export class QuizHasNoQuestionsError extends ValidationError {
  constructor(quizId: number) {
    super(
      `Quiz ${quizId} has no questions; submit the score it earned elsewhere to POST /progress/quizzes/${quizId}/submit`,
      undefined,
      'QUIZ_HAS_NO_QUESTIONS',
    )
  }
}

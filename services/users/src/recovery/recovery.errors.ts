import { AppError, ConflictError, ForbiddenError } from '@smartcourse/service-kit'

export class InvalidResetTokenError extends AppError {
  constructor() {
    super(
      400,
      'INVALID_RESET_TOKEN',
      'This password reset link is invalid, used or expired; ask for a new one',
    )
  }
}

export class InvalidVerificationTokenError extends AppError {
  constructor() {
    super(
      400,
      'INVALID_VERIFICATION_TOKEN',
      'This verification link is invalid, used or expired; ask for a new one',
    )
  }
}

export class AlreadyVerifiedError extends ConflictError {
  constructor() {
    super('ALREADY_VERIFIED', 'This e-mail address is already verified')
  }
}

export class WrongCurrentPasswordError extends ForbiddenError {
  constructor() {
    super('The current password is not correct', 'INVALID_CURRENT_PASSWORD')
  }
}

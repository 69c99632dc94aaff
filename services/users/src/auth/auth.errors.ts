import { TooManyRequestsError, UnauthorizedError } from '@smartcourse/service-kit'

/** One answer for unknown email, wrong password and unusable account, so none can be told apart. */
export class InvalidCredentialsError extends UnauthorizedError {
  constructor() {
    super('Invalid email or password', 'INVALID_CREDENTIALS')
  }
}

export class LoginThrottledError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'Too many failed logins for this email; try again later', 'LOGIN_THROTTLED')
  }
}

export class InvalidRefreshTokenError extends UnauthorizedError {
  constructor(message = 'Invalid or expired refresh token') {
    super(message)
  }
}

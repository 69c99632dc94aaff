/** A failure a client can act on: a stable code, a status from its category, no HTTP in callers. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = new.target.name
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown, code = 'VALIDATION_ERROR') {
    super(422, code, message, details)
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication required', code = 'UNAUTHORIZED') {
    super(401, code, message, undefined, { 'www-authenticate': 'Bearer' })
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this', code = 'FORBIDDEN') {
    super(403, code, message)
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found', code = 'NOT_FOUND') {
    super(404, code, message)
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message)
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number, message = 'Too many requests', code = 'RATE_LIMIT_EXCEEDED') {
    super(429, code, message, undefined, { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) })
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'A service this request needs is unavailable') {
    super(503, 'SERVICE_UNAVAILABLE', message)
  }
}

/** The body docs/API.md#errors prescribes for every error. */
export function errorBody(code: string, message: string, details?: unknown) {
  return details === undefined
    ? { success: false as const, message, error_code: code }
    : { success: false as const, message, error_code: code, details }
}

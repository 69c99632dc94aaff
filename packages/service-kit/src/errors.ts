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

/** Seconds a client is told to wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5

export class ServiceUnavailableError extends AppError {
  constructor(message = 'A service this request needs is unavailable') {
    super(503, 'SERVICE_UNAVAILABLE', message, undefined, { 'retry-after': String(RETRY_AFTER_SECONDS) })
  }
}

/** Node socket errors that mean "cannot reach it", not "it said no". */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
/** What node-postgres says when a connection drops or the pool cannot hand one out in time. */
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Cannot use a pool after calling end|Connection is closed|connection error/i

/**
 * A dependency is unreachable (refused, reset, timed out) or its server refuses work for now:
 * SQLSTATE class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot
 * connect now), 53300 (too many connections). Looked for along the cause chain, since Drizzle
 * wraps the driver's error.
 */
export function isConnectionFailure(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string') {
      if (CONNECTION_ERRNOS.has(code) || /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code)) return true
      if (code === '53300') return true
    }
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true
    current = cause
  }
  return false
}

/** Whether the error or one of its causes has this SQLSTATE (Drizzle wraps the driver's error). */
export function hasSqlState(error: unknown, state: string | RegExp): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const { code, cause } = current as { code?: unknown; cause?: unknown }
    if (typeof code === 'string' && (typeof state === 'string' ? code === state : state.test(code)))
      return true
    current = cause
  }
  return false
}

/** The body docs/API.md#errors prescribes for every error. */
export function errorBody(code: string, message: string, details?: unknown) {
  return details === undefined
    ? { success: false as const, message, error_code: code }
    : { success: false as const, message, error_code: code, details }
}

/** The error body (docs/API.md#errors) every service and both gateways answer with. */
export interface ErrorBody {
  success: false
  message: string
  error_code: string
  details?: unknown
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** The 422 `details` as one message per field (`body.title` → `title`), first message wins. */
  get fieldErrors(): Record<string, string> {
    return fieldErrors(this.details)
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false
  const body = value as Record<string, unknown>
  return typeof body.message === 'string' && typeof body.error_code === 'string'
}

/** Turns whatever a failed call answered (JSON or not) into an ApiError with a readable message. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(status, body.error_code, body.message, body.details)
  if (status === 0)
    return new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached. Check your connection.')
  if (status >= 500)
    return new ApiError(status, 'SERVICE_UNAVAILABLE', 'The service is unavailable. Try again soon.')
  return new ApiError(status, 'UNKNOWN_ERROR', `The request failed (HTTP ${status}).`)
}

const COMBINATOR_NOISE = /must match (a|exactly one) schema in (anyOf|oneOf)/

export function fieldErrors(details: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  if (!Array.isArray(details)) return result
  for (const item of details) {
    if (typeof item !== 'object' || item === null) continue
    const { field, message } = item as { field?: unknown; message?: unknown }
    if (typeof field !== 'string' || typeof message !== 'string') continue
    const name = field.replace(/^(body|querystring|params)\.?/, '') || 'body'
    const current = result[name]
    // anyOf failures come as several lines; the combinator's own line says least.
    if (current === undefined || (COMBINATOR_NOISE.test(current) && !COMBINATOR_NOISE.test(message))) {
      result[name] = message
    }
  }
  return result
}

import type { RouteOptions } from 'fastify'
import { ErrorResponse } from './schemas.js'

declare module 'fastify' {
  interface FastifySchema {
    /**
     * The error statuses this route answers beyond those every route documents by itself
     * (422 for validated input, 401/403 from its guard, 413 for a body, 500 and 503): e.g. 404, 409.
     */
    errors?: readonly number[]
  }
}

/** The component every error response refers to (docs/API.md#errors: the error shape). */
export const ERROR_RESPONSE_ID = 'ErrorResponse'
export const ErrorResponseComponent = { $id: ERROR_RESPONSE_ID, ...ErrorResponse }

/** What each error status means and which `error_code`s it carries. */
export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'INVALID_RESET_TOKEN or INVALID_VERIFICATION_TOKEN: the mailed token is unknown, used or expired',
  401: 'UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer`',
  403: 'FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this',
  404: 'NOT_FOUND: the resource does not exist or is hidden from the caller',
  405: 'METHOD_NOT_ALLOWED: the path exists but not with this method; `Allow` lists those it has',
  409: 'CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED)',
  413: 'PAYLOAD_TOO_LARGE: the body is above the limit',
  422: 'VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields',
  429: 'RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After`',
  500: 'INTERNAL_ERROR: never carries a stack trace or SQL',
  502: 'SERVICE_UNAVAILABLE: the gateway could not reach the service',
  503: 'SERVICE_UNAVAILABLE: the database or a service this request needs is down',
  504: 'GATEWAY_TIMEOUT: the service did not answer in time',
}

/** A documented error response referring to the shared ErrorResponse component. */
export function errorResponseDoc(status: number) {
  return { description: ERROR_DESCRIPTIONS[status] ?? 'Error', $ref: `${ERROR_RESPONSE_ID}#` }
}

const guardStatuses = new WeakMap<object, readonly number[]>()

/** Records the statuses a guard (an onRequest hook) answers with, for the API docs. */
export function documentGuard<T extends object>(guard: T, statuses: readonly number[]): T {
  guardStatuses.set(guard, statuses)
  return guard
}

/**
 * @fastify/swagger `transform`: documents every error status a route can answer, as references
 * to the shared ErrorResponse schema. Docs only: what the route serializes is unchanged.
 */
export function documentRoute({ schema, url, route }: { schema: any; url: string; route: RouteOptions }) {
  if (!schema || schema.hide) return { schema, url }
  const { errors = [], ...rest } = schema
  const statuses = new Set<number>(errors)
  if (rest.body || rest.querystring || rest.params) statuses.add(422)
  if (rest.body) statuses.add(413)
  for (const hook of [route.onRequest ?? []].flat()) {
    for (const status of guardStatuses.get(hook as object) ?? []) statuses.add(status)
  }
  statuses.add(500)
  statuses.add(503)
  const response: Record<string, unknown> = {}
  for (const [status, value] of Object.entries(rest.response ?? {})) {
    response[status] = value === ErrorResponse ? errorResponseDoc(Number(status)) : value
  }
  for (const status of [...statuses].sort()) response[status] ??= errorResponseDoc(status)
  return { schema: { ...rest, response }, url }
}

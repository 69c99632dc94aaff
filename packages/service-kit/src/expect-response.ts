import { expect } from 'vitest'

/**
 * An answer as API tests hold it: a light-my-request response (`statusCode`, its text in `body`,
 * `json()`), or the `{ status, body }` the course tests' api helper answers (body already parsed).
 */
export type TestResponse =
  | { statusCode: number; body: string; json(): unknown }
  | { status: number; body: unknown }

/** The status and the parsed body (the text as is when it is not JSON, undefined when empty). */
function statusAndBody(response: TestResponse): { status: number; body: unknown } {
  if (!('statusCode' in response)) return { status: response.status, body: response.body }
  if (response.body === '') return { status: response.statusCode, body: undefined }
  try {
    return { status: response.statusCode, body: response.json() }
  } catch {
    return { status: response.statusCode, body: response.body }
  }
}

/**
 * The status, checked first, with the body in the message: toMatchObject's diff would show only
 * the fields a test expects, and an error answer has none of them.
 */
function expectStatus(actual: { status: number; body: unknown }, status: number) {
  const body = JSON.stringify(actual.body) ?? String(actual.body)
  const shown = body.length > 2_000 ? `${body.slice(0, 2_000)}…` : body
  expect(actual.status, `the status of the answer ${shown}`).toBe(status)
}

/**
 * The answer has this status and a body matching `expected` (toMatchObject: these fields, any
 * others too); a wrong status fails showing the body that came with it. Answers the parsed body.
 */
export function expectResponse(response: TestResponse, status: number, expected: object): any {
  const actual = statusAndBody(response)
  expectStatus(actual, status)
  expect(actual.body).toMatchObject(expected)
  return actual.body
}

/** As expectResponse, but the body must equal `expected` (toEqual: no other fields). */
export function expectExactResponse(response: TestResponse, status: number, expected: unknown): any {
  const actual = statusAndBody(response)
  expectStatus(actual, status)
  expect(actual.body).toEqual(expected)
  return actual.body
}

import { describe, expect, it } from 'vitest'
import { fieldErrors, toApiError } from '../src/index.js'

describe('error mapping', () => {
  it('keeps the API message and code', () => {
    const error = toApiError(409, { success: false, message: 'Course is full', error_code: 'COURSE_FULL' })
    expect(error).toMatchObject({ status: 409, code: 'COURSE_FULL', message: 'Course is full' })
  })

  it('maps 422 details to one message per field without the location prefix', () => {
    const details = [
      { field: 'body.title', message: 'must NOT have fewer than 3 characters' },
      { field: 'body.price', message: 'must match a schema in anyOf' },
      { field: 'body.price', message: 'must match pattern "^(0|[1-9]\\d{0,7})(\\.\\d{1,2})?$"' },
      { field: 'body.title', message: 'second message' },
      { field: 'querystring.page', message: 'must be >= 1' },
    ]
    expect(fieldErrors(details)).toEqual({
      title: 'must NOT have fewer than 3 characters',
      price: 'must match pattern "^(0|[1-9]\\d{0,7})(\\.\\d{1,2})?$"',
      page: 'must be >= 1',
    })
    expect(fieldErrors('not a list')).toEqual({})
  })

  it('gives a readable message when the body is not the API error shape', () => {
    expect(toApiError(502, '<html>').message).toMatch(/unavailable/)
    expect(toApiError(0, undefined).code).toBe('NETWORK_ERROR')
    expect(toApiError(418, null).message).toContain('418')
  })
})

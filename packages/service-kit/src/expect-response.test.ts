import { describe, expect, it } from 'vitest'
import { expectExactResponse, expectResponse } from './expect-response.js'

/** A light-my-request response as far as the helpers read it. */
const injected = (statusCode: number, body: string) => ({ statusCode, body, json: () => JSON.parse(body) })

describe('expectResponse', () => {
  it('passes on the status and a subset of the body, and answers the body', () => {
    const body = { id: 7, name: 'Ada', nested: { a: 1, b: 2 } }
    expect(
      expectResponse(injected(201, JSON.stringify(body)), 201, { name: 'Ada', nested: { a: 1 } }),
    ).toEqual(body)
    expect(expectResponse({ status: 200, body }, 200, { id: 7 })).toBe(body)
  })

  it('fails on another status, showing the body that came with it', () => {
    const wrong = injected(422, JSON.stringify({ error_code: 'VALIDATION_ERROR' }))
    expect(() => expectResponse(wrong, 201, {})).toThrow(/VALIDATION_ERROR/)
    expect(() => expectResponse({ status: 404, body: { error_code: 'NOT_FOUND' } }, 200, {})).toThrow(
      /NOT_FOUND/,
    )
  })

  it('fails on a body that does not match, and on a body that is not JSON', () => {
    expect(() => expectResponse(injected(200, '{"name":"Ada"}'), 200, { name: 'Grace' })).toThrow()
    expect(() => expectResponse(injected(200, ''), 200, { name: 'Ada' })).toThrow()
    expect(() => expectResponse(injected(500, 'Internal <b>error</b>'), 200, {})).toThrow(/Internal <b>error/)
  })
})

describe('expectExactResponse', () => {
  it('passes on the status and an equal body, and answers the body', () => {
    expect(expectExactResponse(injected(200, '{"id":1}'), 200, { id: 1 })).toEqual({ id: 1 })
    expect(expectExactResponse({ status: 200, body: [1, 2] }, 200, [1, 2])).toEqual([1, 2])
  })

  it('fails on a field more than expected, and on another status', () => {
    expect(() => expectExactResponse(injected(200, '{"id":1,"extra":true}'), 200, { id: 1 })).toThrow()
    expect(() => expectExactResponse({ status: 201, body: { id: 1 } }, 200, { id: 1 })).toThrow()
  })
})

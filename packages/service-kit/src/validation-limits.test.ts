import { Type } from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpServer, type HttpServer, MAX_ERROR_DETAILS } from './http-server.js'
import { StrictObject } from './schemas.js'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './validation.js'

let app: HttpServer

beforeAll(async () => {
  app = await createHttpServer({
    name: 'limits-test',
    config: { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 1_048_576 },
  })
  app.post('/things', { schema: { body: StrictObject({ name: Type.String() }) } }, async () => ({ ok: true }))
  app.post('/anything', { schema: { body: Type.Unknown() } }, async () => ({ ok: true }))
  await app.ready()
})
afterAll(() => app.close())

const post = (url: string, payload: string) =>
  app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } })

describe('hostile bodies (issue 9.6, 9.7)', () => {
  it('answers 422 for JSON nested 100,000 levels deep, arrays or objects, on any route', async () => {
    const depth = 100_000
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    for (const url of ['/things', '/anything']) {
      for (const body of [arrays, objects]) {
        const response = await post(url, body)
        expect(response.statusCode).toBe(422)
        expect(response.json()).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR' })
      }
    }
  })

  it('accepts nesting up to the limit and still finds a NUL at that depth without recursion', async () => {
    const inner = (value: string) =>
      `${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}{"b":${value}}${'}'.repeat(MAX_JSON_DEPTH - 1)}`
    expect((await post('/anything', inner('"fine"'))).statusCode).toBe(200)
    const nul = await post('/anything', inner('"bad\\u0000"'))
    expect(nul.statusCode).toBe(422)
    expect(nul.json().details[0].field).toBe(`body.${'a.'.repeat(MAX_JSON_DEPTH - 1)}b`)
  })

  it('does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ name: `${'['.repeat(1000)}\\"{{{` })
    expect(nestsDeeperThan(text)).toBe(false)
    expect(nestsDeeperThan('[[[]]]', 2)).toBe(true)
  })

  it('caps details at 20 with the total in the message for a 1 MiB body of unknown keys, quickly', async () => {
    const keys: string[] = []
    let size = 2
    for (let index = 0; size < 1_000_000; index += 1) {
      const key = `"k${index}":0`
      keys.push(key)
      size += key.length + 1
    }
    const started = performance.now()
    const response = await post('/things', `{${keys.join(',')}}`)
    const took = performance.now() - started
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expect(body.details).toHaveLength(MAX_ERROR_DETAILS)
    expect(body.message).toContain(`${keys.length + 1} problems`) // every unknown key + missing name
    expect(response.body.length).toBeLessThan(10_000)
    expect(took).toBeLessThan(10_000) // generous: the machine running CI may be busy
  })
})

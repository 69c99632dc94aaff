import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { createApi, uniqueName } from './http.js'

let system: RunningSystem

beforeAll(async () => {
  system = await startAllInOne({ captureOutput: true, env: { LOG_LEVEL: 'trace' } })
})
afterAll(() => system?.stop())

describe('logs of all-in-one', () => {
  it('are JSON lines with a request id, and never contain a password or a token', async () => {
    const api = createApi(system.baseUrl)
    const name = uniqueName('logged')
    const password = 'secret-password-that-must-not-leak'
    const email = `${name}@example.test`
    expect((await api.post('/api/v1/auth/register', { email, username: name, password })).status).toBe(201)
    const login = await api.post('/api/v1/auth/login', { email, password })
    expect(login.status).toBe(200)
    expect((await api.post('/api/v1/auth/login', { email, password: `${password}-wrong` })).status).toBe(401)
    const me = await api.call('GET', '/api/v1/users/me', {
      token: login.body.access_token,
      headers: { 'x-request-id': 'trace-me-123' },
    })
    expect(me.status).toBe(200)
    await api.post('/api/v1/auth/refresh', { refresh_token: login.body.refresh_token })
    await new Promise((resolve) => setTimeout(resolve, 300))

    const output = system.output()
    const lines = output.split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
    expect(lines.some((line) => JSON.parse(line).request_id === 'trace-me-123')).toBe(true)
    expect(output).not.toContain(password)
    expect(output).not.toContain(login.body.access_token)
    expect(output).not.toContain(login.body.refresh_token)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { type Api, createApi, sessionStatuses, uniqueName } from './http.js'

let system: RunningSystem
let api: Api

beforeAll(async () => {
  system = await startAllInOne()
  api = createApi(system.baseUrl)
})
afterAll(() => system?.stop())

describe('all-in-one over real HTTP: the account journey', () => {
  it('registers, logs in, reads /users/me, refreshes and logs out', async () => {
    const name = uniqueName('walker')
    const email = `${name}@example.test`
    const registered = await api.post('/api/v1/auth/register', {
      email,
      username: name,
      password: 'correct-horse-1',
    })
    expect(registered.status).toBe(201)
    expect(registered.body).toMatchObject({ email, username: name, role: 'student' })
    expect(registered.body).not.toHaveProperty('hashed_password')

    const login = await api.post('/api/v1/auth/login', { email, password: 'correct-horse-1' })
    expect(login.status).toBe(200)
    expect(login.body).toMatchObject({ token_type: 'bearer', expires_in: 1800 })

    const me = await api.get('/api/v1/users/me', login.body.access_token)
    expect(me.status).toBe(200)
    expect(me.body.email).toBe(email)

    const refreshed = await api.post('/api/v1/auth/refresh', { refresh_token: login.body.refresh_token })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.refresh_token).not.toBe(login.body.refresh_token)

    const logout = await api.post(
      '/api/v1/auth/logout',
      { refresh_token: refreshed.body.refresh_token },
      refreshed.body.access_token,
    )
    expect(logout.status).toBe(200)
    expect(logout.body.message).toEqual(expect.any(String))

    expect(await sessionStatuses(api, refreshed.body)).toEqual({ me: 401, refresh: 401 })
  })

  it('answers JSON errors through the gateway, never HTML', async () => {
    const malformed = await api.call('POST', '/api/v1/auth/login', {
      headers: { 'content-type': 'application/json' },
    })
    expect(malformed.status).toBe(422)
    const internal = await api.get('/api/v1/users/../internal/users/1')
    expect(internal.status).toBe(404)
    expect(internal.body).toMatchObject({ success: false, error_code: 'NOT_FOUND' })
  })
})

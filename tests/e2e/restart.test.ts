import { afterAll, describe, expect, it } from 'vitest'
import { type RunningSystem, startAllInOne } from './all-in-one.js'
import { createApi, uniqueName } from './http.js'

let system: RunningSystem | undefined
afterAll(() => system?.stop())

describe('all-in-one restart', () => {
  it('keeps accounts and the JWT secret across a restart of the same data directory', async () => {
    system = await startAllInOne({ env: { JWT_SECRET_KEY: '' } })
    const api = createApi(system.baseUrl)
    const name = uniqueName('keeper')
    const email = `${name}@example.test`
    expect(
      (await api.post('/api/v1/auth/register', { email, username: name, password: 'remember-me-1' })).status,
    ).toBe(201)
    const before = await api.post('/api/v1/auth/login', { email, password: 'remember-me-1' })
    expect(before.status).toBe(200)

    const { dataDir } = system
    await system.stop()
    system = await startAllInOne({ dataDir, env: { JWT_SECRET_KEY: '' } })
    const again = createApi(system.baseUrl)

    // The token from before the restart still verifies: the generated secret was kept.
    expect((await again.get('/api/v1/users/me', before.body.access_token)).body.email).toBe(email)
    expect((await again.post('/api/v1/auth/login', { email, password: 'remember-me-1' })).status).toBe(200)
  })
})

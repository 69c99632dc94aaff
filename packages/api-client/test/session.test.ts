import { describe, expect, it, vi } from 'vitest'
import { createApiClient, type RefreshTokenStore, SESSION_ENDED_MESSAGE } from '../src/index.js'

function memoryStore(initial: string | null = null): RefreshTokenStore & { value: string | null } {
  return {
    value: initial,
    get() {
      return this.value
    },
    set(token) {
      this.value = token
    },
    clear() {
      this.value = null
    },
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** A fake API: /auth/refresh rotates r1 → r2 → …; /users/me wants the current access token. */
function fakeApi(options: { refreshStatus?: number } = {}) {
  let generation = 1
  const calls: string[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const path = new URL(request.url).pathname
    calls.push(`${request.method} ${path}`)
    if (path === '/api/v1/auth/refresh') {
      const { refresh_token } = (await request.json()) as { refresh_token: string }
      if (options.refreshStatus)
        return json(options.refreshStatus, { message: 'no', error_code: 'UNAUTHORIZED' })
      if (refresh_token !== `r${generation}`)
        return json(401, { message: 'reused', error_code: 'UNAUTHORIZED' })
      generation += 1
      return json(200, { access_token: `a${generation}`, refresh_token: `r${generation}`, expires_in: 1800 })
    }
    if (request.headers.get('authorization') !== `Bearer a${generation}`) {
      return json(401, { success: false, message: 'Token expired', error_code: 'UNAUTHORIZED' })
    }
    return json(200, { id: 7, body: request.method === 'POST' ? await request.json() : null })
  })
  return { fetch, calls, rotateBehindTheBack: () => (generation += 1) }
}

/** A client of `api` whose session holds an access token the API refuses and the refresh token r1. */
function clientWithStaleToken(api: ReturnType<typeof fakeApi>) {
  const created = createApiClient({ baseUrl: 'http://app.test', store: memoryStore(), fetch: api.fetch })
  created.session.start({ access_token: 'stale', refresh_token: 'r1', expires_in: 1800 })
  return created
}

describe('session', () => {
  it('restores a session after a reload from the stored refresh token before the first call', async () => {
    const api = fakeApi()
    const store = memoryStore('r1')
    const { client, session } = createApiClient({ baseUrl: 'http://app.test', store, fetch: api.fetch })
    const { data } = await client.GET('/api/v1/users/me')
    expect(data).toMatchObject({ id: 7 })
    expect(api.calls).toEqual(['POST /api/v1/auth/refresh', 'GET /api/v1/users/me'])
    expect(session.token).toBe('a2')
    expect(store.value).toBe('r2')
  })

  it('refreshes shortly before the access token expires', async () => {
    const api = fakeApi()
    let now = 0
    const { client, session } = createApiClient({
      baseUrl: 'http://app.test',
      store: memoryStore(),
      fetch: api.fetch,
      now: () => now,
    })
    session.start({ access_token: 'a1', refresh_token: 'r1', expires_in: 1800 })
    await client.GET('/api/v1/users/me')
    now = 1800_000 - 30_000
    await client.GET('/api/v1/users/me')
    expect(api.calls).toEqual(['GET /api/v1/users/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/users/me'])
  })

  it('retries with the new token when the access token was refused', async () => {
    const api = fakeApi()
    const { client } = clientWithStaleToken(api)
    const { data } = await client.POST('/api/v1/courses', { body: { title: 'Intro' } })
    expect(data).toMatchObject({ id: 7, body: { title: 'Intro' } })
    expect(api.calls).toEqual(['POST /api/v1/courses', 'POST /api/v1/auth/refresh', 'POST /api/v1/courses'])
  })

  it('makes one refresh for many calls at once (rotation would otherwise look like theft)', async () => {
    const api = fakeApi()
    const { client } = createApiClient({
      baseUrl: 'http://app.test',
      store: memoryStore('r1'),
      fetch: api.fetch,
    })
    const results = await Promise.all([1, 2, 3].map(() => client.GET('/api/v1/users/me')))
    expect(results.every((result) => result.data)).toBe(true)
    expect(api.calls.filter((call) => call.includes('refresh'))).toHaveLength(1)
  })

  it('a refused refresh token ends the session with a message', async () => {
    const api = fakeApi({ refreshStatus: 401 })
    const onExpired = vi.fn()
    const store = memoryStore()
    const { client, session } = createApiClient({
      baseUrl: 'http://app.test',
      store,
      fetch: api.fetch,
      onExpired,
    })
    session.start({ access_token: 'stale', refresh_token: 'r-revoked', expires_in: 1800 })
    const { error, response } = await client.GET('/api/v1/users/me')
    expect(response.status).toBe(401)
    expect(error).toMatchObject({ error_code: 'UNAUTHORIZED' })
    expect(onExpired).toHaveBeenCalledWith(SESSION_ENDED_MESSAGE)
    expect(session.token).toBeNull()
    expect(store.value).toBeNull()
  })

  it('does not sign or refresh calls to the auth endpoints', async () => {
    const api = fakeApi()
    const { client } = clientWithStaleToken(api)
    await client.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'x' } })
    expect(api.calls).toEqual(['POST /api/v1/auth/login'])
  })
})

/** A tiny JSON client for end-to-end tests: every call returns status, headers and parsed body. */
export function createApi(baseUrl: string) {
  async function call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const text = await response.text()
    const type = response.headers.get('content-type') ?? ''
    return {
      status: response.status,
      headers: response.headers,
      body: type.includes('json') && text ? JSON.parse(text) : text,
    }
  }
  return {
    call,
    get: (path: string, token?: string) => call('GET', path, { token }),
    post: (path: string, body?: unknown, token?: string) => call('POST', path, { body, token }),
    put: (path: string, body?: unknown, token?: string) => call('PUT', path, { body, token }),
    patch: (path: string, body?: unknown, token?: string) => call('PATCH', path, { body, token }),
    delete: (path: string, token?: string) => call('DELETE', path, { token }),
  }
}

export type Api = ReturnType<typeof createApi>

let counter = 0
export function uniqueName(prefix: string) {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${process.pid}${counter}`
}

/** Reads until `done` holds or the time is up (then returns the last value, for the assertion). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

/** A new account of `role`, registered and signed in through the API. */
export async function signUp(
  api: Api,
  role: 'student' | 'instructor',
  options: { prefix?: string; fields?: Record<string, unknown> } = {},
) {
  const name = uniqueName(options.prefix ?? role)
  const account = { email: `${name}@example.test`, username: name, password: 'correct-horse-1', role }
  const registered = await api.post('/api/v1/auth/register', { ...account, ...options.fields })
  if (registered.status !== 201)
    throw new Error(`register → ${registered.status} ${JSON.stringify(registered.body)}`)
  const login = await api.post('/api/v1/auth/login', { email: account.email, password: account.password })
  if (login.status !== 200) throw new Error(`login → ${login.status} ${JSON.stringify(login.body)}`)
  return { id: registered.body.id as number, email: account.email, token: login.body.access_token as string }
}

/** What /users/me and /auth/refresh answer to a session's tokens now (401 and 401 once it is over). */
export async function sessionStatuses(api: Api, session: { access_token: string; refresh_token: string }) {
  const me = await api.get('/api/v1/users/me', session.access_token)
  const refresh = await api.post('/api/v1/auth/refresh', { refresh_token: session.refresh_token })
  return { me: me.status, refresh: refresh.status }
}

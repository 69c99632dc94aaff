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

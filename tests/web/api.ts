/** Set-up shortcuts over the public API for the browser tests' side scenes (the journey itself clicks). */
export function apiFor(baseUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`)
    return JSON.parse(text) as T
  }
  return {
    call,
    async user(name: string, role: 'student' | 'instructor' = 'student') {
      const email = `${name}@example.com`
      const password = `${name}-password-1`
      await call('POST', '/auth/register', { email, username: name, password, first_name: name, role })
      const { access_token } = await call<{ access_token: string }>('POST', '/auth/login', {
        email,
        password,
      })
      return { email, password, token: access_token }
    },
    /** A published course with one module and one text lesson. */
    async course(token: string, fields: Record<string, unknown>) {
      const course = await call<{ id: number }>('POST', '/courses', fields, token)
      const module = await call<{ module_id: number }>(
        'POST',
        `/courses/${course.id}/modules`,
        { title: 'Only module' },
        token,
      )
      await call(
        'POST',
        `/courses/${course.id}/modules/${module.module_id}/lessons`,
        { title: 'Only lesson', type: 'text', content: 'Hello' },
        token,
      )
      await call('POST', `/courses/${course.id}/publish`, undefined, token)
      return course.id
    },
  }
}

import { ApiError, createApiClient, type RefreshTokenStore, toApiError } from '@smartcourse/api-client'

const KEY = 'smartcourse.refresh_token'

/**
 * The refresh token lives in sessionStorage: readable only by this origin's scripts (the CSP
 * allows no others), gone when the tab closes, and it survives a reload. The access token is
 * kept in memory only.
 */
export const sessionStore: RefreshTokenStore = {
  get: () => sessionStorage.getItem(KEY),
  set: (token) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
}

type ExpiredListener = (message: string) => void
const expiredListeners = new Set<ExpiredListener>()
export function onSessionExpired(listener: ExpiredListener) {
  expiredListeners.add(listener)
  return () => {
    expiredListeners.delete(listener)
  }
}

export const { client: api, session } = createApiClient({
  baseUrl: window.location.origin,
  store: sessionStore,
  onExpired: (message) => {
    for (const listener of expiredListeners) listener(message)
  },
})

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** The data of a successful call, or an ApiError with the API's message. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await call
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw toApiError(0, undefined)
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error)
  return result.data as T
}

/** Downloads a file the API serves only with the bearer token (the certificate PDF). */
export async function downloadWithToken(path: string, filename: string) {
  const response = await session.fetch(new Request(new URL(path, window.location.origin)))
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined))
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

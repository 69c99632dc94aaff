import { toApiError } from './errors.js'

export interface TokenPair {
  access_token: string
  refresh_token: string
  expires_in: number
}

/** Where the refresh token is kept between page loads (the web app uses sessionStorage). */
export interface RefreshTokenStore {
  get(): string | null
  set(token: string): void
  clear(): void
}

export interface SessionOptions {
  baseUrl: string
  store: RefreshTokenStore
  fetch?: typeof fetch
  now?: () => number
  /** Called once when the session ends without the person asking (refresh refused). */
  onExpired?: (message: string) => void
  /** Refresh this long before the access token expires. */
  refreshMarginMs?: number
}

export const SESSION_ENDED_MESSAGE = 'Your session has ended. Please log in again.'

/**
 * Keeps the access token in memory only, and the refresh token in the store. `fetch` adds the
 * bearer token, refreshes it shortly before it expires and once more after a 401, and retries
 * the request once with the new token. One refresh at a time: the API rotates refresh tokens
 * and treats a second use of the old one as theft.
 */
export class Session {
  private accessToken: string | null = null
  private expiresAt = 0
  private refreshing: Promise<boolean> | null = null
  private readonly baseFetch: typeof fetch
  private readonly now: () => number
  private readonly margin: number
  private listeners = new Set<() => void>()

  constructor(private readonly options: SessionOptions) {
    this.baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
    this.now = options.now ?? Date.now
    this.margin = options.refreshMarginMs ?? 60_000
  }

  get token(): string | null {
    return this.accessToken
  }

  /** Whether a refresh token is kept, i.e. the session can be restored after a reload. */
  get canResume(): boolean {
    return this.options.store.get() !== null
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  start(tokens: TokenPair) {
    this.accessToken = tokens.access_token
    this.expiresAt = this.now() + tokens.expires_in * 1000
    this.options.store.set(tokens.refresh_token)
    this.emit()
  }

  /** Forgets both tokens (after logout, or when the API refused the refresh token). */
  clear() {
    this.accessToken = null
    this.expiresAt = 0
    this.options.store.clear()
    this.emit()
  }

  /** Swaps the refresh token for a new pair; false (and the session cleared) when refused. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.options.store.get()
    if (!refreshToken) return false
    let response: Response
    try {
      response = await this.baseFetch(`${this.options.baseUrl}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh_token: refreshToken }),
      })
    } catch {
      // Offline: keep the refresh token, the next call tries again.
      return false
    }
    if (response.ok) {
      this.start((await response.json()) as TokenPair)
      return true
    }
    if (response.status === 401 || response.status === 422) {
      this.clear()
      this.options.onExpired?.(SESSION_ENDED_MESSAGE)
      return false
    }
    // 429/5xx: the token may still be good; say why without ending the session.
    throw toApiError(response.status, await response.json().catch(() => undefined))
  }

  /** fetch for the generated client: bearer token, early refresh, one retry after a 401. */
  fetch = async (input: Request): Promise<Response> => {
    const isAuthCall = new URL(input.url).pathname.startsWith('/api/v1/auth/')
    if (!isAuthCall && this.canResume && (!this.accessToken || this.now() > this.expiresAt - this.margin)) {
      await this.refresh().catch(() => false)
    }
    const retry = input.clone()
    const response = await this.baseFetch(this.withToken(input))
    if (response.status !== 401 || isAuthCall || !this.canResume) return response
    if (!(await this.refresh().catch(() => false))) return response
    return this.baseFetch(this.withToken(retry))
  }

  private withToken(request: Request): Request {
    if (!this.accessToken) return request
    const headers = new Headers(request.headers)
    headers.set('authorization', `Bearer ${this.accessToken}`)
    return new Request(request, { headers })
  }

  private emit() {
    for (const listener of this.listeners) listener()
  }
}

import type { ResponseOf } from '@smartcourse/api-client'
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import { api, onSessionExpired, session, sessionStore, unwrap } from './lib/api'

export type Me = ResponseOf<'/api/v1/users/me', 'get'>

interface AuthState {
  user: Me | null
  /** True until a stored session has been restored (or found gone). */
  restoring: boolean
  login(email: string, password: string): Promise<Me>
  logout(): Promise<void>
}

const AuthContext = createContext<AuthState | null>(null)

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null)
  const [restoring, setRestoring] = useState(session.canResume)
  const navigate = useNavigate()

  useEffect(() => {
    if (!session.canResume) return
    unwrap(api.GET('/api/v1/users/me'))
      .then(setUser, () => setUser(null))
      .finally(() => setRestoring(false))
  }, [])

  useEffect(
    () =>
      onSessionExpired((message) => {
        setUser(null)
        navigate(`/login?message=${encodeURIComponent(message)}`)
      }),
    [navigate],
  )

  const login = useCallback(async (email: string, password: string) => {
    const tokens = await unwrap(api.POST('/api/v1/auth/login', { body: { email, password } }))
    session.start(tokens)
    const me = await unwrap(api.GET('/api/v1/users/me'))
    setUser(me)
    return me
  }, [])

  const logout = useCallback(async () => {
    const refreshToken = sessionStore.get()
    if (refreshToken && session.token) {
      // The API revokes both tokens; the app forgets them whatever it answers.
      await api
        .POST('/api/v1/auth/logout', {
          body: { refresh_token: refreshToken },
          headers: { authorization: `Bearer ${session.token}` },
        })
        .catch(() => undefined)
    }
    session.clear()
    setUser(null)
  }, [])

  const value = useMemo(() => ({ user, restoring, login, logout }), [user, restoring, login, logout])
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth outside AuthProvider')
  return value
}

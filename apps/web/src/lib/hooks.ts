import { ApiError } from '@smartcourse/api-client'
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react'

export interface Query<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload: () => void
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'CLIENT_ERROR', String(error))
}

/** Loads data when the deps change; the last answer wins, earlier ones are dropped. */
export function useQuery<T>(load: () => Promise<T>, deps: DependencyList): Query<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true })
  const [tick, setTick] = useState(0)
  const latest = useRef(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load
  useEffect(() => {
    const id = ++latest.current
    setState((previous) => ({ data: previous.data, loading: true }))
    load().then(
      (data) => id === latest.current && setState({ data, loading: false }),
      (error) => id === latest.current && setState({ error: asApiError(error), loading: false }),
    )
  }, [...deps, tick])
  const reload = useCallback(() => setTick((value) => value + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}

/** An action with its pending flag and last error (shown next to the button or form). */
export function useAction<A extends unknown[], T>(run: (...args: A) => Promise<T>) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError | undefined>()
  const execute = async (...args: A): Promise<T | undefined> => {
    setPending(true)
    setError(undefined)
    try {
      return await run(...args)
    } catch (caught) {
      setError(asApiError(caught))
      return undefined
    } finally {
      setPending(false)
    }
  }
  return { execute, pending, error, setError }
}

import { afterAll, beforeAll } from 'vitest'

/**
 * For one test file: `start()` before its tests, its result handed to `onStart`, and `stop` (its
 * `close()` unless told otherwise) after them, also when `onStart` failed.
 */
export function usePerFile<T>(
  start: () => Promise<T>,
  onStart: (started: T) => void | Promise<void>,
  stop: (started: T) => unknown = (started) => (started as { close(): unknown }).close(),
) {
  let started: T | undefined
  beforeAll(async () => {
    started = await start()
    await onStart(started)
  })
  afterAll(async () => {
    if (started !== undefined) await stop(started)
  })
}

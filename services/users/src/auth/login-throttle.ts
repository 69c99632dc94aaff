import type { Cache } from '@smartcourse/service-kit'
import { LoginThrottledError } from './auth.errors.js'

export const MAX_FAILED_LOGINS = 5
export const LOGIN_WINDOW_SECONDS = 15 * 60

/**
 * Counts login attempts per email in a fixed 15-minute window that starts at the first failure.
 * The attempt is counted before the password is checked, so concurrent guesses cannot slip past
 * the limit; a successful login resets the count. With the cache down the attempt cannot be
 * counted, so the login is refused with 503 (never let through uncounted).
 */
export function createLoginThrottle(options: { cache: Cache; maxFailures?: number; windowSeconds?: number }) {
  const { cache, maxFailures = MAX_FAILED_LOGINS, windowSeconds = LOGIN_WINDOW_SECONDS } = options
  const key = (email: string) => `users:login-attempts:${email.toLowerCase()}`

  return {
    /** Counts one attempt; throws LoginThrottledError when the email has used up its failures. */
    async registerAttempt(email: string): Promise<void> {
      const attempts = await cache.mustIncrement(key(email), windowSeconds)
      if (attempts <= maxFailures) return
      let retryAfter = await cache.ttl(key(email))
      if (retryAfter <= 0) {
        // The counter lost its expiry (or just expired): give it one so it cannot lock forever.
        await cache.set(key(email), String(attempts), windowSeconds)
        retryAfter = windowSeconds
      }
      throw new LoginThrottledError(retryAfter)
    },

    /** Forgets the email's failures (after a successful login). */
    async reset(email: string): Promise<void> {
      await cache.del(key(email))
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>

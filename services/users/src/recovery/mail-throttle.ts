import { type Cache, TooManyRequestsError } from '@smartcourse/service-kit'

export class MailThrottledError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'Too many mails asked for; try again later', 'MAIL_THROTTLED')
  }
}

export interface MailLimits {
  /** Password-reset requests per e-mail address per window. */
  perEmail: number
  /** Password-reset requests per client address per window. */
  perIp: number
  /** Verification mails a signed-in user may ask for again per window. */
  resendPerUser: number
  windowSeconds: number
}

export const DEFAULT_MAIL_LIMITS: MailLimits = {
  perEmail: 5,
  perIp: 20,
  resendPerUser: 3,
  windowSeconds: 60 * 60,
}

/**
 * Fixed-window counters in the cache (Redis in the distributed form), like the login throttle:
 * counted before anything is sent, and with the cache down the request is refused with 503
 * rather than let through uncounted.
 */
export function createMailThrottle(options: { cache: Cache; limits?: Partial<MailLimits> }) {
  const { cache } = options
  const limits = { ...DEFAULT_MAIL_LIMITS, ...options.limits }

  async function count(key: string, limit: number) {
    const attempts = await cache.mustIncrement(key, limits.windowSeconds)
    if (attempts <= limit) return
    let retryAfter = await cache.ttl(key)
    if (retryAfter <= 0) {
      await cache.set(key, String(attempts), limits.windowSeconds)
      retryAfter = limits.windowSeconds
    }
    throw new MailThrottledError(retryAfter)
  }

  return {
    async passwordReset(email: string, ip: string) {
      await count(`users:reset-ip:${ip}`, limits.perIp)
      await count(`users:reset-email:${email.toLowerCase()}`, limits.perEmail)
    },
    async verificationResend(userId: number) {
      await count(`users:verify-resend:${userId}`, limits.resendPerUser)
    },
  }
}

export type MailThrottle = ReturnType<typeof createMailThrottle>

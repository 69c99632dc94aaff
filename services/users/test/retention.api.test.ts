import { type Clock, eventRetentionWindows } from '@smartcourse/service-kit'
import { createFakeSubscriber } from '@smartcourse/service-kit/testing'
import { eq } from 'drizzle-orm'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshTokens } from '../src/db/tables.js'
import { createUsersModule } from '../src/module.js'
import { bearer, createTestApp, signUp } from './helpers.js'

// Issue 9.12: user-service's retention job also deletes refresh tokens REFRESH_TOKEN_RETENTION_DAYS
// after they expired, and never one that has not expired (a revoked one is still needed to spot
// reuse). The job of the module is run with a clock the test moves.
const DAY = 24 * 60 * 60_000
let harness: Awaited<ReturnType<typeof createTestApp>>
let offset = 0
const clock: Clock = { now: () => new Date(Date.now() + offset) }

beforeAll(async () => {
  harness = await createTestApp()
})
afterAll(() => harness.close())

function retentionJob() {
  return createUsersModule({
    db: harness.deps.database.db,
    cache: harness.deps.cache,
    tokens: harness.deps.tokens,
    clock,
    config: {
      PUBLIC_BASE_URL: 'http://localhost:8080',
      PLATFORM_NAME: 'SmartCourse',
      MAIL_FROM: 'SmartCourse <no-reply@example.test>',
    },
    enrollmentEvents: createFakeSubscriber().client,
    // The job never sends mail; a mailer that refuses shows it.
    mailer: {
      transport: 'file',
      send: () => Promise.reject(new Error('the retention job sends no mail')),
      close: () => {},
    },
    logger: pino({ level: 'silent' }),
    retention: { ...eventRetentionWindows(), refreshTokenRetentionMs: 7 * DAY },
  }).retention
}

describe('refresh-token retention', () => {
  it('keeps tokens until 7 days after expiry, revoked ones included, then deletes them', async () => {
    const { app } = harness
    const session = await signUp(app)
    const logout = await app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: bearer(session.accessToken),
      payload: { refresh_token: session.refreshToken },
    })
    expect(logout.statusCode).toBe(200)
    const ofUser = () =>
      harness.deps.database.db.select().from(refreshTokens).where(eq(refreshTokens.userId, session.id))
    const before = await ofUser()
    expect(before.length).toBeGreaterThan(0)
    expect(before.some((row) => row.revokedAt !== null)).toBe(true)

    const job = retentionJob()
    // Revoked but not expired (refresh tokens live 7 days): kept.
    offset = 1 * DAY
    expect((await job.runOnce()).refresh_tokens).toBe(0)
    // Expired 6 days ago: still kept.
    offset = 13 * DAY
    expect((await job.runOnce()).refresh_tokens).toBe(0)
    expect(await ofUser()).toHaveLength(before.length)
    // Expired more than 7 days ago: gone.
    offset = 15 * DAY
    expect((await job.runOnce()).refresh_tokens).toBeGreaterThanOrEqual(before.length)
    expect(await ofUser()).toHaveLength(0)
  })
})

import { tokenFromMail } from '@smartcourse/service-kit/testing-smtp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORGOT_PASSWORD_MESSAGE } from '../src/recovery/recovery.schemas.js'
import { bearer, login, signUp } from './helpers.js'
import { createMailTestApp } from './mail-harness.js'

let harness: Awaited<ReturnType<typeof createMailTestApp>>

beforeAll(async () => {
  harness = await createMailTestApp({ mailLimits: { perEmail: 1000, perIp: 1000 } })
})
afterAll(() => harness?.close())

const forgot = (email: string) =>
  harness.app.inject({ method: 'POST', url: '/auth/password/forgot', payload: { email } })
const reset = (token: string, new_password: string) =>
  harness.app.inject({ method: 'POST', url: '/auth/password/reset', payload: { token, new_password } })

async function resetMailFor(email: string, nth = 1) {
  const isReset = (mail: { to: string; subject: string }) =>
    mail.to === email && mail.subject.startsWith('Reset your password')
  await harness.smtp.waitFor(() => harness.smtp.mails.filter(isReset).length >= nth)
  return harness.smtp.mails.filter(isReset)[nth - 1]!
}

describe('POST /auth/password/forgot and /auth/password/reset', () => {
  it('mails a single-use link; the reset sets the password and ends every session', async () => {
    const user = await signUp(harness.app)
    const asked = await forgot(user.email.toUpperCase())
    expect(asked.statusCode).toBe(202)
    expect(asked.json()).toEqual({ message: FORGOT_PASSWORD_MESSAGE })

    const mail = await resetMailFor(user.email)
    expect(mail.text).toContain('http://localhost:8080/app/reset-password?token=')
    expect(mail.html).toContain('href="http://localhost:8080/app/reset-password?token=')
    expect(mail.subject).toContain('SmartCourse')
    expect(mail.html).not.toMatch(/<img/i)
    const token = tokenFromMail(mail)

    const done = await reset(token, 'a-brand-new-password')
    expect(done.statusCode).toBe(200)
    expect(done.json()).toEqual({ message: expect.any(String) })

    // Every access token and refresh token of the user is revoked.
    const me = await harness.app.inject({ method: 'GET', url: '/users/me', headers: user.headers })
    expect(me.statusCode).toBe(401)
    const refreshed = await harness.app.inject({
      method: 'POST',
      url: '/auth/refresh',
      payload: { refresh_token: user.refreshToken },
    })
    expect(refreshed.statusCode).toBe(401)
    expect((await login(harness.app, user.email, user.password)).statusCode).toBe(401)
    const fresh = await login(harness.app, user.email, 'a-brand-new-password')
    expect(fresh.statusCode).toBe(200)
    const again = await harness.app.inject({
      method: 'GET',
      url: '/users/me',
      headers: bearer(fresh.json().access_token),
    })
    expect(again.statusCode).toBe(200)

    const changed = await harness.smtp.waitFor(
      (m) => m.to === user.email && m.subject.startsWith('Your password was changed'),
    )
    expect(changed.text).toContain('every other session was signed out')

    // Used once: the same link again is refused.
    const reused = await reset(token, 'yet-another-password')
    expect(reused.statusCode).toBe(400)
    expect(reused.json().error_code).toBe('INVALID_RESET_TOKEN')
  })

  it('answers an unknown e-mail exactly like a known one, and sends nothing', async () => {
    const email = 'nobody-here@example.test'
    const asked = await forgot(email)
    expect(asked.statusCode).toBe(202)
    expect(asked.json()).toEqual({ message: FORGOT_PASSWORD_MESSAGE })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(harness.smtp.to(email)).toHaveLength(0)
  })

  it('refuses unknown, garbage and expired tokens with 400 INVALID_RESET_TOKEN (expiry by the clock)', async () => {
    expect((await reset('no-such-token', 'a-brand-new-password')).json().error_code).toBe(
      'INVALID_RESET_TOKEN',
    )
    const user = await signUp(harness.app)
    await forgot(user.email)
    const token = tokenFromMail(await resetMailFor(user.email))
    harness.clock.advance(31 * 60_000)
    try {
      const late = await reset(token, 'a-brand-new-password')
      expect(late.statusCode).toBe(400)
      expect(late.json().error_code).toBe('INVALID_RESET_TOKEN')
    } finally {
      harness.clock.advance(-31 * 60_000)
    }
    // Not consumed by the failed attempt either: the old password still works.
    expect((await login(harness.app, user.email, user.password)).statusCode).toBe(200)
  })

  it('a token resets only the account it was sent for; a verification token is no reset token', async () => {
    const alice = await signUp(harness.app)
    const bob = await signUp(harness.app)
    await forgot(alice.email)
    const token = tokenFromMail(await resetMailFor(alice.email))
    expect((await reset(token, 'alice-new-password')).statusCode).toBe(200)
    expect((await login(harness.app, bob.email, bob.password)).statusCode).toBe(200)
    expect((await login(harness.app, bob.email, 'alice-new-password')).statusCode).toBe(401)

    const verification = await harness.smtp.waitFor(
      (m) => m.to === bob.email && m.subject.startsWith('Confirm your e-mail address'),
    )
    const wrongKind = await reset(tokenFromMail(verification), 'bob-new-password')
    expect(wrongKind.statusCode).toBe(400)
    expect(wrongKind.json().error_code).toBe('INVALID_RESET_TOKEN')
  })

  it('two resets with one token at once: exactly one succeeds', async () => {
    const user = await signUp(harness.app)
    await forgot(user.email)
    const token = tokenFromMail(await resetMailFor(user.email))
    const results = await Promise.all([
      reset(token, 'first-new-password'),
      reset(token, 'second-new-password'),
    ])
    expect(results.map((response) => response.statusCode).sort()).toEqual([200, 400])
    const winner = results[0]!.statusCode === 200 ? 'first-new-password' : 'second-new-password'
    expect((await login(harness.app, user.email, winner)).statusCode).toBe(200)
  })

  it('keeps at most three links outstanding per account', async () => {
    const user = await signUp(harness.app)
    for (let index = 0; index < 5; index += 1) expect((await forgot(user.email)).statusCode).toBe(202)
    await resetMailFor(user.email, 3)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const resets = harness.smtp.to(user.email).filter((m) => m.subject.startsWith('Reset your password'))
    expect(resets).toHaveLength(3)
  })

  it('takes about as long for unknown as for known e-mails (median difference < 20 ms over 50 tries each)', async () => {
    const user = await signUp(harness.app)
    const known: number[] = []
    const unknown: number[] = []
    const timed = async (email: string) => {
      const started = performance.now()
      const response = await forgot(email)
      expect(response.statusCode).toBe(202)
      return performance.now() - started
    }
    // Alternating, so background work and warm-up hit both alike.
    for (let index = 0; index < 50; index += 1) {
      known.push(await timed(user.email))
      unknown.push(await timed(`unknown-${index}@example.test`))
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return (sorted[24]! + sorted[25]!) / 2
    }
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(20)
  })
})

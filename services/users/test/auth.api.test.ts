import { createHash, randomUUID } from 'node:crypto'
import { hash as bcryptHash } from '@node-rs/bcrypt'
import { expectExactResponse, expectResponse, unique } from '@smartcourse/service-kit/testing'
import { eq } from 'drizzle-orm'
import { createSigner } from 'fast-jwt'
import { beforeAll, describe, expect, it } from 'vitest'
import { instructorProfiles, refreshTokens, users } from '../src/db/tables.js'
import {
  type AdminTestApp,
  bearer,
  login,
  newAccount,
  PASSWORD,
  register,
  type Session,
  signIn,
  signUp,
  useTestAppWithAdmin,
} from './helpers.js'

let t: AdminTestApp
useTestAppWithAdmin((started) => (t = started))

const me = (token: string) => t.app.inject({ method: 'GET', url: '/users/me', headers: bearer(token) })
const refresh = (token: string) =>
  t.app.inject({ method: 'POST', url: '/auth/refresh', payload: { refresh_token: token } })
const deleteUser = (id: number) =>
  t.app.inject({ method: 'DELETE', url: `/users/${id}`, headers: t.admin.headers })

describe('POST /auth/register', () => {
  it('creates a student by default and answers 201 with the UserResponse', async () => {
    const account = newAccount({ first_name: 'Ada', last_name: 'Lovelace' })
    const response = await register(t.app, account)
    const body = expectResponse(response, 201, {
      email: account.email,
      username: account.username,
      first_name: 'Ada',
      last_name: 'Lovelace',
      role: 'student',
      is_active: true,
      is_verified: false,
      profile_image_url: null,
      bio: null,
      last_login_at: null,
    })
    expect(body.id).toEqual(expect.any(Number))
    expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(body.updated_at).toMatch(/Z$/)
    expect(body).not.toHaveProperty('password')
    expect(body).not.toHaveProperty('hashed_password')
  })

  it('stores the email lowercased and accepts reserved domains such as .test', async () => {
    const name = unique('Mixed')
    const response = await register(t.app, newAccount({ email: `${name}@Example.TEST` }))
    expect(response.statusCode).toBe(201)
    expect(response.json().email).toBe(`${name.toLowerCase()}@example.test`)
  })

  it('gives an instructor an instructor profile', async () => {
    const response = await register(t.app, newAccount({ role: 'instructor' }))
    expect(response.statusCode).toBe(201)
    expect(response.json().role).toBe('instructor')
    const rows = await t.db
      .select()
      .from(instructorProfiles)
      .where(eq(instructorProfiles.userId, response.json().id))
    expect(rows).toHaveLength(1)
  })

  it('answers 409 EMAIL_TAKEN for the same email in another letter case', async () => {
    const account = newAccount()
    expect((await register(t.app, account)).statusCode).toBe(201)
    const again = await register(t.app, newAccount({ email: account.email.toUpperCase() }))
    expectResponse(again, 409, { success: false, error_code: 'EMAIL_TAKEN' })
  })

  it('answers 409 USERNAME_TAKEN for the same username in another letter case', async () => {
    const account = newAccount()
    expect((await register(t.app, account)).statusCode).toBe(201)
    const again = await register(t.app, newAccount({ username: account.username.toUpperCase() }))
    expect(again.statusCode).toBe(409)
    expect(again.json().error_code).toBe('USERNAME_TAKEN')
  })

  it('gives exactly one 201 when the same email registers concurrently, the rest 409 EMAIL_TAKEN', async () => {
    const email = `${unique('race')}@example.test`
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => register(t.app, newAccount({ email }))),
    )
    const statuses = responses.map((response) => response.statusCode).sort()
    expect(statuses).toEqual([201, 409, 409, 409, 409])
    for (const response of responses.filter((r) => r.statusCode === 409)) {
      expect(response.json().error_code).toBe('EMAIL_TAKEN')
    }
    const rows = await t.db.select().from(users).where(eq(users.email, email))
    expect(rows).toHaveLength(1)
  })

  it('gives exactly one 201 when the same username registers concurrently, the rest 409 USERNAME_TAKEN', async () => {
    const username = unique('raceName')
    const responses = await Promise.all(
      Array.from({ length: 4 }, (_, index) =>
        register(t.app, newAccount({ username: index % 2 ? username : username.toLowerCase() })),
      ),
    )
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(1)
    const conflicts = responses.filter((response) => response.statusCode === 409)
    expect(conflicts).toHaveLength(3)
    for (const response of conflicts) expect(response.json().error_code).toBe('USERNAME_TAKEN')
  })

  it('answers 422 for role admin, so registration can never create an admin', async () => {
    const account = newAccount()
    const response = await register(t.app, { ...account, role: 'admin' })
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
    expect(response.json().details).toContainEqual({
      field: 'body.role',
      message: 'must be one of: student, instructor',
      allowed: ['student', 'instructor'],
    })
    const rows = await t.db.select().from(users).where(eq(users.email, account.email))
    expect(rows).toHaveLength(0)
  })

  it.each([
    ['an unknown role', { role: 'superuser' }],
    ['an invalid email', { email: 'not-an-email' }],
    ['a username of 2 characters', { username: 'ab' }],
    ['a username of 101 characters', { username: 'a'.repeat(101) }],
    ['a username with a space', { username: 'has space' }],
    ['a username with @', { username: 'me@home' }],
    ['a password of 7 characters', { password: '1234567' }],
    ['a password of 101 characters', { password: 'p'.repeat(101) }],
    ['a first_name of 101 characters', { first_name: 'f'.repeat(101) }],
    ['a last_name of 101 characters', { last_name: 'l'.repeat(101) }],
    ['a password that is a number', { password: 12345678 }],
    ['an unknown field', { is_admin: true }],
    ['is_active', { is_active: false }],
    ['a NUL byte in first_name', { first_name: 'Ad\u0000a' }],
    ['a NUL byte in last_name', { last_name: '\u0000' }],
  ])('answers 422 VALIDATION_ERROR for %s', async (_name, change) => {
    const response = await register(t.app, { ...newAccount(), ...change })
    expectResponse(response, 422, { success: false, error_code: 'VALIDATION_ERROR' })
  })

  it('accepts usernames of 3 and 100 characters made of letters, digits, _ . -', async () => {
    const short = unique('').slice(-3)
    expect((await register(t.app, newAccount({ username: `a.${short}` }))).statusCode).toBe(201)
    const long = `A_b.c-${unique('x')}`.padEnd(100, 'z')
    expect((await register(t.app, newAccount({ username: long }))).statusCode).toBe(201)
  })

  it('answers 422, never 5xx, for malformed JSON, a missing body and a non-object body', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    })
    expect(malformed.statusCode).toBe(422)
    expect(malformed.json().error_code).toBe('VALIDATION_ERROR')
    const missing = await t.app.inject({ method: 'POST', url: '/auth/register' })
    expect(missing.statusCode).toBe(422)
    const array = await t.app.inject({ method: 'POST', url: '/auth/register', payload: [1, 2] })
    expect(array.statusCode).toBe(422)
    const missingFields = await register(t.app, { email: `${unique()}@example.test` })
    expect(missingFields.statusCode).toBe(422)
    const fields = missingFields.json().details.map((detail: { field: string }) => detail.field)
    expect(fields).toEqual(expect.arrayContaining(['body.username', 'body.password']))
  })
})

describe('POST /auth/login', () => {
  it('answers the token pair with token_type bearer and expires_in 1800, and sets last_login_at', async () => {
    const account = newAccount()
    await register(t.app, account)
    const response = await login(t.app, account.email.toUpperCase(), account.password)
    const body = expectExactResponse(response, 200, {
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 1800,
    })
    const profile = (await me(body.access_token)).json()
    expect(profile.email).toBe(account.email)
    expect(Date.parse(profile.last_login_at)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('puts the documented claims in the access token', async () => {
    const session = await signUp(t.app, { role: 'instructor' })
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString())
    expect(claims).toMatchObject({
      sub: String(session.id),
      email: session.email,
      role: 'instructor',
      type: 'access',
    })
    expect(claims.exp - claims.iat).toBe(1800)
    expect(claims.jti).toEqual(expect.any(String))
    const refreshClaims = JSON.parse(Buffer.from(session.refreshToken.split('.')[1]!, 'base64url').toString())
    expect(refreshClaims).toMatchObject({ sub: String(session.id), type: 'refresh' })
    expect(refreshClaims.family).toEqual(expect.any(String))
    expect(refreshClaims.exp - refreshClaims.iat).toBe(7 * 24 * 3600)
  })

  it('answers the same 401 INVALID_CREDENTIALS for an unknown email, a wrong password and a deleted account', async () => {
    const known = await signUp(t.app)
    const deleted = await signUp(t.app)
    expect((await deleteUser(deleted.id)).statusCode).toBe(200)
    const responses = [
      await login(t.app, `${unique('nobody')}@example.test`, PASSWORD),
      await login(t.app, known.email, 'wrong-password'),
      await login(t.app, deleted.email, deleted.password),
    ]
    for (const response of responses) {
      expectExactResponse(response, 401, {
        success: false,
        message: 'Invalid email or password',
        error_code: 'INVALID_CREDENTIALS',
      })
    }
  })

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const known = await signUp(t.app)
    const timed = async (email: string, password: string) => {
      const started = performance.now()
      expect((await login(t.app, email, password)).statusCode).toBe(401)
      return performance.now() - started
    }
    const unknown: number[] = []
    const wrong: number[] = []
    for (let round = 0; round < 4; round += 1) {
      unknown.push(await timed(`${unique('nobody')}@example.test`, PASSWORD))
      wrong.push(await timed(known.email, `wrong-${round}`))
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const ratio = median(unknown) / median(wrong)
    // Without the dummy verification an unknown email answers ~10× faster.
    expect(ratio).toBeGreaterThan(0.3)
    expect(ratio).toBeLessThan(3.3)
  })

  it('answers 401 INVALID_CREDENTIALS for a deactivated account with the right password', async () => {
    const session = await signUp(t.app)
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, session.id))
    const response = await login(t.app, session.email, session.password)
    expect(response.statusCode).toBe(401)
    expect(response.json().error_code).toBe('INVALID_CREDENTIALS')
  })

  it('accepts a legacy bcrypt hash and re-hashes it to argon2id', async () => {
    const name = unique('legacy')
    const [row] = await t.db
      .insert(users)
      .values({
        email: `${name}@example.test`,
        username: name,
        hashedPassword: await bcryptHash('legacy-password', 4),
        role: 'student',
      })
      .returning()
    expect(row!.hashedPassword).toMatch(/^\$2[aby]\$/)
    expect((await login(t.app, `${name}@example.test`, 'wrong-password')).statusCode).toBe(401)
    const response = await login(t.app, `${name}@example.test`, 'legacy-password')
    expect(response.statusCode).toBe(200)
    const [after] = await t.db.select().from(users).where(eq(users.id, row!.id))
    expect(after!.hashedPassword).toMatch(/^\$argon2id\$/)
    expect((await login(t.app, `${name}@example.test`, 'legacy-password')).statusCode).toBe(200)
  })

  it('answers 429 LOGIN_THROTTLED with Retry-After on the 6th attempt after 5 failures, even with the right password', async () => {
    const session = await signUp(t.app)
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(t.app, session.email, `wrong-${attempt}`)).statusCode).toBe(401)
    }
    const throttled = await login(t.app, session.email.toUpperCase(), session.password)
    expectResponse(throttled, 429, { success: false, error_code: 'LOGIN_THROTTLED' })
    const retryAfter = Number(throttled.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(900)
  })

  it('throttles unknown emails the same way, and only that email', async () => {
    const email = `${unique('ghost')}@example.test`
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await login(t.app, email, PASSWORD)).statusCode).toBe(401)
    expect((await login(t.app, email, PASSWORD)).statusCode).toBe(429)
    const other = await signUp(t.app)
    expect((await login(t.app, other.email, other.password)).statusCode).toBe(200)
  })

  it('never lets more than 5 failures through when the attempts arrive at once', async () => {
    const session = await signUp(t.app)
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, attempt) => login(t.app, session.email, `wrong-${attempt}`)),
    )
    const statuses = responses.map((response) => response.statusCode)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(3)
  })

  it('resets the failure count after a successful login', async () => {
    const session = await signUp(t.app)
    for (let attempt = 0; attempt < 4; attempt += 1) await login(t.app, session.email, 'wrong-password')
    expect((await login(t.app, session.email, session.password)).statusCode).toBe(200)
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(t.app, session.email, 'wrong-password')).statusCode).toBe(401)
    }
    expect((await login(t.app, session.email, session.password)).statusCode).toBe(429)
  })

  it('answers 422 for a missing password or a malformed email', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/auth/login', payload: { email: 'a@b.test' } })).statusCode,
    ).toBe(422)
    expect((await login(t.app, 'nope', PASSWORD)).statusCode).toBe(422)
  })
})

describe('access tokens on GET /users/me', () => {
  const secret = 'test-secret-that-is-at-least-32-characters-long'
  const now = () => Math.floor(Date.now() / 1000)
  let session: Session

  beforeAll(async () => {
    session = await signUp(t.app)
  })

  function claims(overrides: Record<string, unknown> = {}) {
    return {
      sub: String(session.id),
      email: session.email,
      role: 'student',
      type: 'access',
      jti: randomUUID(),
      iat: now(),
      exp: now() + 1800,
      ...overrides,
    }
  }

  function expectUnauthorized(response: Awaited<ReturnType<typeof me>>) {
    expectResponse(response, 401, { success: false, error_code: 'UNAUTHORIZED' })
    expect(response.headers['www-authenticate']).toBe('Bearer')
  }

  it('accepts a token signed with the shared secret', async () => {
    const token = createSigner({ key: secret })(claims())
    expect((await me(token)).statusCode).toBe(200)
  })

  it('refuses alg none', async () => {
    const token = createSigner({ algorithm: 'none' })(claims())
    expectUnauthorized(await me(token))
  })

  it('refuses a token signed with another key', async () => {
    const token = createSigner({ key: 'another-secret-that-is-at-least-32-chars!' })(claims())
    expectUnauthorized(await me(token))
  })

  it('refuses a tampered token', async () => {
    const [header, , signature] = session.accessToken.split('.')
    const payload = Buffer.from(JSON.stringify(claims({ role: 'admin' }))).toString('base64url')
    expectUnauthorized(await me(`${header}.${payload}.${signature}`))
  })

  it('refuses an expired token', async () => {
    const token = createSigner({ key: secret })(claims({ iat: now() - 3600, exp: now() - 1800 }))
    expectUnauthorized(await me(token))
  })

  it('refuses a refresh token used as an access token', async () => {
    expectUnauthorized(await me(session.refreshToken))
  })

  it.each([
    ['without exp', { exp: undefined }],
    ['without iat (it would escape the revocation of all the user’s tokens)', { iat: undefined }],
    ['without jti', { jti: undefined }],
    ['with a sub that is not a user id', { sub: 'abc' }],
    ['with a sub beyond any user id', { sub: '99999999999' }],
  ])('refuses a well-signed token %s with 401, not 422 or 200', async (_name, overrides) => {
    // noTimestamp: the signer would otherwise put back the iat a row leaves out.
    const token = createSigner({ key: secret, noTimestamp: 'iat' in overrides })(claims(overrides))
    expectUnauthorized(await me(token))
  })

  it('refuses a missing or malformed Authorization header', async () => {
    expectUnauthorized(await t.app.inject({ method: 'GET', url: '/users/me' }))
    expectUnauthorized(
      await t.app.inject({
        method: 'GET',
        url: '/users/me',
        headers: { authorization: session.accessToken },
      }),
    )
    expectUnauthorized(await me('not.a.jwt'))
  })
})

describe('POST /auth/refresh', () => {
  it('rotates: a new pair of the same family, and the old refresh token no longer works', async () => {
    const session = await signUp(t.app)
    const response = await refresh(session.refreshToken)
    const pair = expectResponse(response, 200, { token_type: 'bearer', expires_in: 1800 })
    expect(pair.refresh_token).not.toBe(session.refreshToken)
    expect((await me(pair.access_token)).statusCode).toBe(200)
    const family = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).family
    expect(family(pair.refresh_token)).toBe(family(session.refreshToken))
    expect((await refresh(session.refreshToken)).statusCode).toBe(401)
  })

  it('treats reuse of a rotated token as theft: the whole family, newest token included, is revoked', async () => {
    const session = await signUp(t.app)
    const second = (await refresh(session.refreshToken)).json()
    const third = (await refresh(second.refresh_token)).json()
    const reuse = await refresh(session.refreshToken)
    expect(reuse.statusCode).toBe(401)
    expect(reuse.json().error_code).toBe('UNAUTHORIZED')
    expect(reuse.json().message).toBe('Refresh token was already used; the session has been revoked')
    expect((await refresh(third.refresh_token)).statusCode).toBe(401)
    // Other logins of the same user are separate families and keep working.
    const other = await signIn(t.app, session.email, session.password)
    expect((await refresh(other.refreshToken)).statusCode).toBe(200)
  })

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const session = await signUp(t.app)
    const responses = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)])
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 401])
  })

  it('refuses an access token presented as a refresh token', async () => {
    const session = await signUp(t.app)
    const response = await refresh(session.accessToken)
    expect(response.statusCode).toBe(401)
  })

  it('refuses a well-signed refresh token that was never issued', async () => {
    const session = await signUp(t.app)
    const forged = t.deps.tokens.issueRefreshToken(session.id).token
    expect((await refresh(forged)).statusCode).toBe(401)
  })

  it('stores only the SHA-256 of a refresh token, never the token', async () => {
    const session = await signUp(t.app)
    const rows = await t.db.select().from(refreshTokens).where(eq(refreshTokens.userId, session.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.tokenHash).toBe(createHash('sha256').update(session.refreshToken).digest('hex'))
    expect(JSON.stringify(rows)).not.toContain(session.refreshToken)
  })

  it('answers 422 for a missing refresh_token', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/auth/refresh', payload: {} })
    expect(response.statusCode).toBe(422)
  })
})

describe('POST /auth/logout', () => {
  const logout = (session: Session, refreshToken = session.refreshToken) =>
    t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: session.headers,
      payload: { refresh_token: refreshToken },
    })

  it('revokes the refresh token and makes the current access token unusable', async () => {
    const session = await signUp(t.app)
    expect((await me(session.accessToken)).statusCode).toBe(200)
    const response = await logout(session)
    expectExactResponse(response, 200, { message: expect.any(String) })
    expect((await me(session.accessToken)).statusCode).toBe(401)
    expect((await refresh(session.refreshToken)).statusCode).toBe(401)
  })

  it('says a logged-out refresh token was logged out, not reused', async () => {
    const session = await signUp(t.app)
    const rotated = (await refresh(session.refreshToken)).json()
    expect((await logout(session, rotated.refresh_token)).statusCode).toBe(200)
    const response = await refresh(rotated.refresh_token)
    expectResponse(response, 401, {
      error_code: 'UNAUTHORIZED',
      message: 'This session was logged out or revoked; sign in again',
    })
    // The token rotated away before the logout is still real reuse.
    expect((await refresh(session.refreshToken)).json().message).toBe(
      'Refresh token was already used; the session has been revoked',
    )
  })

  it('leaves the user’s other sessions alone', async () => {
    const first = await signUp(t.app)
    const second = await signIn(t.app, first.email, first.password)
    expect((await logout(first)).statusCode).toBe(200)
    expect((await me(second.accessToken)).statusCode).toBe(200)
    expect((await refresh(second.refreshToken)).statusCode).toBe(200)
  })

  it('answers 403 for another user’s refresh token and revokes nothing', async () => {
    const caller = await signUp(t.app)
    const victim = await signUp(t.app)
    const response = await logout(caller, victim.refreshToken)
    expect(response.statusCode).toBe(403)
    expect(response.json().error_code).toBe('FORBIDDEN')
    expect((await refresh(victim.refreshToken)).statusCode).toBe(200)
    expect((await me(caller.accessToken)).statusCode).toBe(200)
  })

  it('answers 401 without an access token', async () => {
    const session = await signUp(t.app)
    const response = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      payload: { refresh_token: session.refreshToken },
    })
    expect(response.statusCode).toBe(401)
    expect((await refresh(session.refreshToken)).statusCode).toBe(200)
  })
})

describe('deleted users', () => {
  it('lose every access and refresh token at once', async () => {
    const session = await signUp(t.app)
    const second = await signIn(t.app, session.email, session.password)
    expect((await deleteUser(session.id)).statusCode).toBe(200)
    expect((await me(session.accessToken)).statusCode).toBe(401)
    expect((await me(second.accessToken)).statusCode).toBe(401)
    expect((await refresh(second.refreshToken)).statusCode).toBe(401)
  })

  it('keep their email reserved: registering it again answers 409 EMAIL_TAKEN', async () => {
    const session = await signUp(t.app)
    await deleteUser(session.id)
    const response = await register(t.app, newAccount({ email: session.email }))
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('EMAIL_TAKEN')
  })

  it('answer 401 on /users/me even when the revocation marker is gone from the cache', async () => {
    const session = await signUp(t.app)
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, session.id))
    expect((await me(session.accessToken)).statusCode).toBe(401)
  })
})

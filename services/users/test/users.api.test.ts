import { expectExactResponse, expectResponse, unique } from '@smartcourse/service-kit/testing'
import { and, eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { outbox, users } from '../src/db/tables.js'
import {
  type AdminTestApp,
  bearer,
  login,
  newAccount,
  register,
  type Session,
  signUp,
  useTestAppWithAdmin,
} from './helpers.js'

let t: AdminTestApp
useTestAppWithAdmin((started) => (t = started))

const get = (url: string, session?: Session) =>
  t.app.inject({ method: 'GET', url, headers: session ? session.headers : {} })
const put = (url: string, session: Session, payload: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: session.headers, payload: payload as object })
const remove = (url: string, session: Session) =>
  t.app.inject({ method: 'DELETE', url, headers: session.headers })
const userDeletedRows = (userId: number) =>
  t.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.type, 'user.deleted'), sql`(${outbox.payload}->>'user_id')::int = ${userId}`))
const deliveredFor = (userId: number) =>
  t.enrollmentEvents.received.filter(
    (request) => (request.body as { payload: { user_id: number } }).payload.user_id === userId,
  )

describe('GET /users/me', () => {
  it('answers the caller’s UserResponse', async () => {
    const session = await signUp(t.app, { first_name: 'Grace', last_name: 'Hopper' })
    const response = await get('/users/me', session)
    expectResponse(response, 200, {
      id: session.id,
      email: session.email,
      username: session.username,
      first_name: 'Grace',
      last_name: 'Hopper',
      role: 'student',
      is_active: true,
    })
  })

  it('answers 401 without a token', async () => {
    expect((await get('/users/me')).statusCode).toBe(401)
  })
})

describe('GET /users', () => {
  let tag: string
  const people: Session[] = []

  beforeAll(async () => {
    tag = unique('list')
    for (let index = 0; index < 3; index += 1) {
      people.push(await signUp(t.app, { username: `${tag}_s${index}`, last_name: `Student${index}` }))
    }
    people.push(
      await signUp(t.app, { username: `${tag}_i0`, role: 'instructor', first_name: 'Marie', last_name: tag }),
    )
  })

  it('answers 403 for a non-admin', async () => {
    const response = await get('/users', people[0])
    expect(response.statusCode).toBe(403)
    expect(response.json().error_code).toBe('FORBIDDEN')
  })

  it('pages through the matching users with totals', async () => {
    const first = await get(`/users?search=${tag}&page=1&page_size=3`, t.admin)
    expectResponse(first, 200, { total: 4, page: 1, page_size: 3, total_pages: 2 })
    expect(first.json().items).toHaveLength(3)
    const second = (await get(`/users?search=${tag}&page=2&page_size=3`, t.admin)).json()
    expect(second.items).toHaveLength(1)
    const ids = [...first.json().items, ...second.items].map((item: { id: number }) => item.id)
    expect(new Set(ids)).toEqual(new Set(people.map((person) => person.id)))
    expect(first.json().items[0]).toEqual({
      id: expect.any(Number),
      email: expect.any(String),
      username: expect.any(String),
      first_name: null,
      last_name: 'Student0',
      role: 'student',
      is_active: true,
    })
  })

  it('filters by role', async () => {
    const body = (await get(`/users?search=${tag}&role=instructor`, t.admin)).json()
    expect(body.total).toBe(1)
    expect(body.items[0]).toMatchObject({ id: people[3]!.id, role: 'instructor' })
  })

  it('searches email, username, first and last name case-insensitively', async () => {
    const byUsername = (await get(`/users?search=${tag.toUpperCase()}_S1`, t.admin)).json()
    expect(byUsername.items.map((item: { id: number }) => item.id)).toEqual([people[1]!.id])
    const byEmail = (await get(`/users?search=${encodeURIComponent(people[2]!.email)}`, t.admin)).json()
    expect(byEmail.items.map((item: { id: number }) => item.id)).toEqual([people[2]!.id])
    const byFullName = (await get(`/users?search=${encodeURIComponent(`marie ${tag}`)}`, t.admin)).json()
    expect(byFullName.items.map((item: { id: number }) => item.id)).toEqual([people[3]!.id])
  })

  it('treats % and _ in the search as plain characters', async () => {
    const body = (await get(`/users?search=${encodeURIComponent(`${tag}%`)}`, t.admin)).json()
    expect(body.total).toBe(0)
  })

  it('leaves deleted users out', async () => {
    const leaving = await signUp(t.app, { username: `${unique('gone')}_${tag}x` })
    expect((await get(`/users?search=${leaving.username}`, t.admin)).json().total).toBe(1)
    await remove(`/users/${leaving.id}`, t.admin)
    expect((await get(`/users?search=${leaving.username}`, t.admin)).json().total).toBe(0)
  })

  it.each([
    ['an unknown role', 'role=superuser'],
    ['page 0', 'page=0'],
    ['page_size 101', 'page_size=101'],
    ['a non-numeric page', 'page=abc'],
    ['a page beyond what the database can offset', 'page=99999999999999999999'],
    ['a page above the cap', 'page=1000001'],
    ['a page in hex', 'page=0x10'],
    ['a page_size in exponent notation', 'page_size=1e1'],
    ['a NUL byte in the search', 'search=%00'],
  ])('answers 422 for %s', async (_name, query) => {
    const response = await get(`/users?${query}`, t.admin)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })
})

describe('GET /users/{id}', () => {
  let owner: Session & { username: string }
  let other: Session

  beforeAll(async () => {
    owner = await signUp(t.app, { first_name: 'Alan', last_name: 'Turing' })
    other = await signUp(t.app)
  })

  it('answers the full UserResponse to the user themself', async () => {
    const body = (await get(`/users/${owner.id}`, owner)).json()
    expect(body).toMatchObject({ id: owner.id, email: owner.email, is_active: true })
  })

  it('answers the full UserResponse to an admin', async () => {
    const body = (await get(`/users/${owner.id}`, t.admin)).json()
    expect(body).toMatchObject({ id: owner.id, email: owner.email, is_active: true, is_verified: false })
  })

  it('answers a public profile without email to other users', async () => {
    const response = await get(`/users/${owner.id}`, other)
    const body = expectResponse(response, 200, {
      id: owner.id,
      username: owner.username,
      first_name: 'Alan',
      last_name: 'Turing',
    })
    expect(body).not.toHaveProperty('email')
    expect(body).not.toHaveProperty('is_active')
    expect(body).not.toHaveProperty('last_login_at')
  })

  it('answers 404 for a deleted user, to admins too (as the guide’s repository does)', async () => {
    const leaving = await signUp(t.app)
    await remove(`/users/${leaving.id}`, t.admin)
    for (const caller of [other, t.admin]) {
      const response = await get(`/users/${leaving.id}`, caller)
      expect(response.statusCode).toBe(404)
      expect(response.json().error_code).toBe('NOT_FOUND')
    }
  })

  it('answers 404 for an unknown id', async () => {
    expect((await get('/users/2147483647', other)).statusCode).toBe(404)
  })

  it.each([
    ...['abc', '1.5', '0', '-1', '99999999999', '0x1', '1e0', '%201', '%zz'].map((id) => [id, id]),
    ['of 3000 characters', 'x'.repeat(3000)],
  ])('answers 422, not 5xx, for the id %s', async (_label, id) => {
    const response = await get(`/users/${id}`, other)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 401 without a token', async () => {
    expect((await get(`/users/${owner.id}`)).statusCode).toBe(401)
  })
})

describe('PUT /users/{id}', () => {
  it('lets the owner change first_name, last_name, bio and profile_image_url', async () => {
    const session = await signUp(t.app)
    const before = (await get('/users/me', session)).json()
    const changes = {
      first_name: 'New',
      last_name: 'Name',
      bio: 'I like courses.',
      profile_image_url: 'https://images.example.test/me.png',
    }
    const response = await put(`/users/${session.id}`, session, changes)
    expectResponse(response, 200, { ...changes, email: session.email })
    expect(Date.parse(response.json().updated_at)).toBeGreaterThanOrEqual(Date.parse(before.updated_at))
  })

  it('changes only the fields sent, and null clears a field', async () => {
    const session = await signUp(t.app, { first_name: 'Keep', last_name: 'Clear' })
    const body = (await put(`/users/${session.id}`, session, { last_name: null })).json()
    expect(body).toMatchObject({ first_name: 'Keep', last_name: null })
  })

  it('lets an admin edit another user', async () => {
    const session = await signUp(t.app)
    const response = await put(`/users/${session.id}`, t.admin, { bio: 'Edited by admin' })
    expect(response.statusCode).toBe(200)
    expect((await get('/users/me', session)).json().bio).toBe('Edited by admin')
  })

  it('answers 403 when another user tries and changes nothing', async () => {
    const victim = await signUp(t.app, { first_name: 'Original' })
    const intruder = await signUp(t.app)
    const response = await put(`/users/${victim.id}`, intruder, { first_name: 'Hacked' })
    expect(response.statusCode).toBe(403)
    expect((await get('/users/me', victim)).json().first_name).toBe('Original')
  })

  it.each([
    ['role', { role: 'admin' }],
    ['email', { email: 'new@example.test' }],
    ['is_active', { is_active: false }],
    ['is_verified', { is_verified: true }],
    ['username', { username: 'renamed' }],
    ['id', { id: 1 }],
  ])(
    'answers 422 for %s and changes nothing, not even the allowed fields sent with it',
    async (_name, field) => {
      const session = await signUp(t.app, { first_name: 'Before' })
      const response = await put(`/users/${session.id}`, session, { first_name: 'After', ...field })
      expect(response.statusCode).toBe(422)
      expect(response.json().error_code).toBe('VALIDATION_ERROR')
      const [row] = await t.db.select().from(users).where(eq(users.id, session.id))
      expect(row).toMatchObject({
        firstName: 'Before',
        role: 'student',
        email: session.email,
        isActive: true,
      })
      expect(row!.isVerified).toBe(false)
    },
  )

  it.each([
    ['a javascript: image URL', { profile_image_url: 'javascript:alert(1)' }],
    ['a first_name of 101 characters', { first_name: 'x'.repeat(101) }],
    ['a number as bio', { bio: 42 }],
  ])('answers 422 for %s', async (_name, body) => {
    const session = await signUp(t.app)
    expect((await put(`/users/${session.id}`, session, body)).statusCode).toBe(422)
  })

  it('answers 422 for malformed JSON', async () => {
    const session = await signUp(t.app)
    const response = await t.app.inject({
      method: 'PUT',
      url: `/users/${session.id}`,
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload: '{"bio": "unterminated',
    })
    expect(response.statusCode).toBe(422)
  })

  it.each([
    ['bio', { bio: 'a\u0000b' }],
    ['first_name', { first_name: '\u0000' }],
  ])('answers 422, not 500, for a NUL byte in %s', async (_field, body) => {
    const session = await signUp(t.app)
    const response = await put(`/users/${session.id}`, session, body)
    expect(response.statusCode).toBe(422)
    expect(response.json().error_code).toBe('VALIDATION_ERROR')
  })

  it('answers 404 for a deleted user, even to an admin', async () => {
    const leaving = await signUp(t.app)
    await remove(`/users/${leaving.id}`, t.admin)
    expect((await put(`/users/${leaving.id}`, t.admin, { bio: 'x' })).statusCode).toBe(404)
  })
})

describe('DELETE /users/{id}', () => {
  it('answers 403 for a non-admin, even on their own account', async () => {
    const session = await signUp(t.app)
    const response = await remove(`/users/${session.id}`, session)
    expect(response.statusCode).toBe(403)
    expect((await get('/users/me', session)).statusCode).toBe(200)
  })

  it('soft deletes: the row stays, is_deleted and inactive, and a message is answered', async () => {
    const session = await signUp(t.app)
    const response = await remove(`/users/${session.id}`, t.admin)
    expectExactResponse(response, 200, { message: expect.any(String) })
    const [row] = await t.db.select().from(users).where(eq(users.id, session.id))
    expect(row).toMatchObject({ isDeleted: true, isActive: false, email: session.email })
  })

  it('makes the user’s access tokens unusable on every route, not only /users/me', async () => {
    const session = await signUp(t.app)
    const someoneElse = await signUp(t.app)
    expect((await get(`/users/${someoneElse.id}`, session)).statusCode).toBe(200)
    await remove(`/users/${session.id}`, t.admin)
    expect((await get(`/users/${someoneElse.id}`, session)).statusCode).toBe(401)
    expect((await get('/users/me', session)).statusCode).toBe(401)
  })

  it('keeps the email reserved and refuses logins', async () => {
    const session = await signUp(t.app)
    await remove(`/users/${session.id}`, t.admin)
    expect((await register(t.app, newAccount({ email: session.email }))).json().error_code).toBe(
      'EMAIL_TAKEN',
    )
    expect((await login(t.app, session.email, session.password)).json().error_code).toBe(
      'INVALID_CREDENTIALS',
    )
  })

  it('writes one user.deleted to the outbox with the delete and delivers it to enrollment-service', async () => {
    const session = await signUp(t.app)
    expect((await remove(`/users/${session.id}`, t.admin)).statusCode).toBe(200)
    const rows = await userDeletedRows(session.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ destination: 'enrollments', payload: { user_id: session.id } })
    await vi.waitFor(() => expect(deliveredFor(session.id)).toHaveLength(1))
    expect(deliveredFor(session.id)[0]).toEqual({
      method: 'POST',
      path: '/internal/events',
      body: {
        id: rows[0]!.eventId,
        type: 'user.deleted',
        occurred_at: expect.stringMatching(/Z$/),
        payload: { user_id: session.id },
      },
    })
    await vi.waitFor(async () => expect((await userDeletedRows(session.id))[0]!.deliveredAt).not.toBeNull())
  })

  it('delivers user.deleted once enrollment-service is back: nothing is lost', async () => {
    const session = await signUp(t.app)
    const events = t.enrollmentEvents
    events.state.down = true
    try {
      const attemptsBefore = events.state.attempts
      expect((await remove(`/users/${session.id}`, t.admin)).statusCode).toBe(200)
      await vi.waitFor(() => expect(events.state.attempts).toBeGreaterThan(attemptsBefore))
      expect(deliveredFor(session.id)).toHaveLength(0)
      expect((await userDeletedRows(session.id))[0]).toMatchObject({ deliveredAt: null })
    } finally {
      events.state.down = false
    }
    // Only the polling relay started with the app retries: nothing else nudges it now.
    await vi.waitFor(() => expect(deliveredFor(session.id)).toHaveLength(1), { timeout: 10_000 })
  })

  it('publishes no user.deleted for a refused or repeated delete', async () => {
    const session = await signUp(t.app)
    expect((await remove(`/users/${session.id}`, session)).statusCode).toBe(403)
    expect(await userDeletedRows(session.id)).toHaveLength(0)
    expect((await remove(`/users/${session.id}`, t.admin)).statusCode).toBe(200)
    expect((await remove(`/users/${session.id}`, t.admin)).statusCode).toBe(404)
    expect(await userDeletedRows(session.id)).toHaveLength(1)
  })

  it('answers 404 for an already deleted or unknown user', async () => {
    const session = await signUp(t.app)
    expect((await remove(`/users/${session.id}`, t.admin)).statusCode).toBe(200)
    expect((await remove(`/users/${session.id}`, t.admin)).statusCode).toBe(404)
    expect((await remove('/users/2147483647', t.admin)).statusCode).toBe(404)
  })
})

describe('GET /users/{id}/instructor-profile', () => {
  it('answers the InstructorProfileResponse to anyone, without signing in', async () => {
    const instructor = await signUp(t.app, { role: 'instructor' })
    const response = await get(`/users/${instructor.id}/instructor-profile`)
    expectExactResponse(response, 200, {
      id: expect.any(Number),
      user_id: instructor.id,
      specialization: null,
      bio: null,
      website_url: null,
      linkedin_url: null,
      total_students: 0,
      total_courses: 0,
      average_rating: 0,
      total_reviews: 0,
      is_verified: false,
    })
  })

  it('answers 404 for a student, an admin, a deleted instructor and an unknown id', async () => {
    const student = await signUp(t.app)
    const deleted = await signUp(t.app, { role: 'instructor' })
    await remove(`/users/${deleted.id}`, t.admin)
    for (const id of [student.id, t.admin.id, deleted.id, 2147483647]) {
      const response = await get(`/users/${id}/instructor-profile`)
      expect(response.statusCode).toBe(404)
      expect(response.json().error_code).toBe('NOT_FOUND')
    }
  })

  it('answers 422 for a non-integer id', async () => {
    expect((await get('/users/abc/instructor-profile')).statusCode).toBe(422)
  })
})

describe('GET /users/me/instructor-profile', () => {
  it('answers the caller’s own profile to an instructor, 404 to a student, 401 without a token', async () => {
    const instructor = await signUp(t.app, { role: 'instructor' })
    const own = await get('/users/me/instructor-profile', instructor)
    expectResponse(own, 200, { user_id: instructor.id, total_courses: 0 })
    const student = await signUp(t.app)
    expect((await get('/users/me/instructor-profile', student)).json().error_code).toBe('NOT_FOUND')
    expect((await get('/users/me/instructor-profile')).statusCode).toBe(401)
  })
})

describe('PUT /users/me/instructor-profile', () => {
  const update = (session: Session, payload: unknown) => put('/users/me/instructor-profile', session, payload)

  it('lets an instructor set specialization, bio, website_url and linkedin_url', async () => {
    const instructor = await signUp(t.app, { role: 'instructor' })
    const profile = {
      specialization: 'Databases',
      bio: 'Twenty years of SQL.',
      website_url: 'https://teacher.example.test',
      linkedin_url: 'https://linkedin.example.test/in/teacher',
    }
    const response = await update(instructor, profile)
    expectResponse(response, 200, { user_id: instructor.id, ...profile })
    const read = (await get(`/users/${instructor.id}/instructor-profile`)).json()
    expect(read.specialization).toBe('Databases')
    const partial = (await update(instructor, { bio: null })).json()
    expect(partial).toMatchObject({ specialization: 'Databases', bio: null })
  })

  it('answers 403 for students and admins', async () => {
    const student = await signUp(t.app)
    expect((await update(student, { specialization: 'x' })).statusCode).toBe(403)
    expect((await update(t.admin, { specialization: 'x' })).statusCode).toBe(403)
  })

  it.each([
    ['total_students', { total_students: 1000 }],
    ['is_verified', { is_verified: true }],
    ['average_rating', { average_rating: 5 }],
    ['a non-http website_url', { website_url: 'javascript:alert(1)' }],
    ['a specialization of 256 characters', { specialization: 's'.repeat(256) }],
  ])('answers 422 for %s', async (_name, body) => {
    const instructor = await signUp(t.app, { role: 'instructor' })
    const response = await update(instructor, body)
    expect(response.statusCode).toBe(422)
    expect((await get(`/users/${instructor.id}/instructor-profile`)).json()).toMatchObject({
      total_students: 0,
      is_verified: false,
      average_rating: 0,
      website_url: null,
      specialization: null,
    })
  })
})

describe('GET /internal/users/{id}', () => {
  const internal = (id: number, token?: string) =>
    t.app.inject({ method: 'GET', url: `/internal/users/${id}`, headers: token ? bearer(token) : {} })

  it('answers the contracts’ InternalUser with full_name to a service', async () => {
    const session = await signUp(t.app, { first_name: 'Ada', last_name: 'Lovelace', role: 'instructor' })
    const response = await internal(
      session.id,
      t.deps.tokens.issueServiceToken('certificate-service', 'user-service'),
    )
    expectExactResponse(response, 200, {
      id: session.id,
      email: session.email,
      username: session.username,
      first_name: 'Ada',
      last_name: 'Lovelace',
      full_name: 'Ada Lovelace',
      role: 'instructor',
      is_active: true,
      is_verified: false,
    })
  })

  it('falls back to the username as full_name when no name is set', async () => {
    const session = await signUp(t.app)
    const body = (
      await internal(session.id, t.deps.tokens.issueServiceToken('certificate-service', 'user-service'))
    ).json()
    expect(body.full_name).toBe(session.username)
  })

  it('still answers a deleted user, with is_active false', async () => {
    const session = await signUp(t.app, { first_name: 'Gone', last_name: 'Student' })
    await remove(`/users/${session.id}`, t.admin)
    const response = await internal(
      session.id,
      t.deps.tokens.issueServiceToken('certificate-service', 'user-service'),
    )
    expectResponse(response, 200, { full_name: 'Gone Student', is_active: false })
  })

  it('answers 404 for an unknown user', async () => {
    expect(
      (await internal(2147483647, t.deps.tokens.issueServiceToken('certificate-service', 'user-service')))
        .statusCode,
    ).toBe(404)
  })

  it('refuses user tokens, an admin’s too, and missing tokens (401)', async () => {
    const session = await signUp(t.app)
    for (const token of [session.accessToken, t.admin.accessToken, undefined]) {
      const response = await internal(session.id, token)
      expect(response.statusCode).toBe(401)
      expect(response.json().error_code).toBe('UNAUTHORIZED')
    }
  })

  it('refuses a service token meant for another service (401) and a caller not on its list (403)', async () => {
    const session = await signUp(t.app)
    const forCourses = t.deps.tokens.issueServiceToken('certificate-service', 'course-service')
    expect((await internal(session.id, forCourses)).statusCode).toBe(401)
    // Only certificate-service reads users (ARCHITECTURE.md, who calls whom).
    const fromCourses = t.deps.tokens.issueServiceToken('course-service', 'user-service')
    const refused = await internal(session.id, fromCourses)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error_code).toBe('FORBIDDEN')
  })
})

describe('OpenAPI', () => {
  it('documents every user-service route', async () => {
    const paths = Object.keys((await get('/openapi.json')).json().paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/auth/register',
        '/auth/login',
        '/auth/refresh',
        '/auth/logout',
        '/users/me',
        '/users',
        '/users/{id}',
        '/users/{id}/instructor-profile',
        '/users/me/instructor-profile',
        '/internal/users/{id}',
      ]),
    )
  })
})

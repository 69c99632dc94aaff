import { createTestDeps, unique } from '@smartcourse/service-kit/testing'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { users } from '../src/db/tables.js'
import { buildApp } from '../src/index.js'
import { bearer, login, newAccount, register, signUp, type TestApp, testConfig } from './helpers.js'

let deps: Awaited<ReturnType<typeof createTestDeps>>
const apps: TestApp[] = []

beforeAll(async () => {
  deps = await createTestDeps()
})
afterAll(async () => {
  for (const app of apps) await app.close()
  await deps.close()
})

/** A replica of user-service on the shared database, configured with this admin. */
async function startReplica(admin: { email: string; password: string }) {
  const app = await buildApp(testConfig(deps, admin), {
    database: deps.database,
    cache: deps.cache,
    tokens: deps.tokens,
    requestLogging: false,
  })
  apps.push(app)
  await app.ready()
  return app
}

const rowsWithEmail = (email: string) =>
  deps.database.db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`)

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())

describe('admin bootstrap (ADMIN_EMAIL + ADMIN_PASSWORD)', () => {
  it('creates a verified admin at start that can sign in', async () => {
    const admin = { email: `${unique('Boss')}@Example.test`, password: 'bootstrap-password' }
    const app = await startReplica(admin)
    const response = await login(app, admin.email, admin.password)
    expect(response.statusCode).toBe(200)
    const profile = (
      await app.inject({ method: 'GET', url: '/users/me', headers: bearer(response.json().access_token) })
    ).json()
    expect(profile).toMatchObject({
      email: admin.email.toLowerCase(),
      role: 'admin',
      is_active: true,
      is_verified: true,
    })
  })

  it('is idempotent: a restart and two replicas starting together leave exactly one admin', async () => {
    const admin = { email: `${unique('twin')}@example.test`, password: 'bootstrap-password' }
    await Promise.all([startReplica(admin), startReplica(admin)])
    const app = await startReplica(admin)
    const rows = await rowsWithEmail(admin.email)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.role).toBe('admin')
    expect((await login(app, admin.email, admin.password)).statusCode).toBe(200)
  })

  it('does not rewrite an admin that is already in place', async () => {
    const admin = { email: `${unique('steady')}@example.test`, password: 'bootstrap-password' }
    await startReplica(admin)
    const [before] = await rowsWithEmail(admin.email)
    await startReplica(admin)
    const [after] = await rowsWithEmail(admin.email)
    expect(after!.hashedPassword).toBe(before!.hashedPassword)
    expect(after!.updatedAt).toEqual(before!.updatedAt)
  })

  it('keeps the admin email reserved against registration', async () => {
    const admin = { email: `${unique('taken')}@example.test`, password: 'bootstrap-password' }
    const app = await startReplica(admin)
    const response = await register(app, newAccount({ email: admin.email }))
    expect(response.statusCode).toBe(409)
    expect(response.json().error_code).toBe('EMAIL_TAKEN')
  })

  it('takes over an account someone registered with ADMIN_EMAIL: admin role, new password, old sessions revoked', async () => {
    const first = await startReplica({
      email: `${unique('other')}@example.test`,
      password: 'bootstrap-password',
    })
    const squatter = await signUp(first, { password: 'squatter-password' })
    const app = await startReplica({ email: squatter.email, password: 'the-real-admin-password' })
    expect((await login(app, squatter.email, 'squatter-password')).statusCode).toBe(401)
    expect(
      (await app.inject({ method: 'GET', url: '/users/me', headers: squatter.headers })).statusCode,
    ).toBe(401)
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/auth/refresh',
          payload: { refresh_token: squatter.refreshToken },
        })
      ).statusCode,
    ).toBe(401)
    const response = await login(app, squatter.email, 'the-real-admin-password')
    expect(response.statusCode).toBe(200)
    expect(claimsOf(response.json().access_token).role).toBe('admin')
  })

  it('restores a deleted admin and applies a changed ADMIN_PASSWORD on the next start', async () => {
    const admin = { email: `${unique('phoenix')}@example.test`, password: 'first-password' }
    await startReplica(admin)
    await deps.database.db
      .update(users)
      .set({ isDeleted: true, isActive: false })
      .where(eq(users.email, admin.email))
    const app = await startReplica({ ...admin, password: 'second-password' })
    expect((await login(app, admin.email, 'first-password')).statusCode).toBe(401)
    expect((await login(app, admin.email, 'second-password')).statusCode).toBe(200)
    const [row] = await rowsWithEmail(admin.email)
    expect(row).toMatchObject({ role: 'admin', isActive: true, isDeleted: false })
  })

  it('picks another username when the one derived from the email is taken', async () => {
    const first = await startReplica({
      email: `${unique('seed')}@example.test`,
      password: 'bootstrap-password',
    })
    const holder = await signUp(first)
    const email = `${holder.username}@admins.example.test`
    await startReplica({ email, password: 'bootstrap-password' })
    const [row] = await rowsWithEmail(email)
    expect(row!.role).toBe('admin')
    expect(row!.username).toMatch(new RegExp(`^${holder.username}-[0-9a-f]{6}$`))
  })
})

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createFakeSubscriber,
  createServiceTestApp,
  createTestConfig,
  type createTestDeps,
  unique,
  usePerFile,
} from '@smartcourse/service-kit/testing'
import { buildApp, type UsersConfig, type UsersDeps } from '../src/index.js'

export type TestApp = Awaited<ReturnType<typeof buildApp>>
type TestDeps = Awaited<ReturnType<typeof createTestDeps>>

export const PASSWORD = 'correct-horse-battery'

// ENROLLMENT_SERVICE_URL is never called: tests pass `enrollmentEvents`, or publish nothing.
const PEERS = ['ENROLLMENT_SERVICE_URL'] as const

/** user-service's own test config; ADMIN_EMAIL/ADMIN_PASSWORD make start() create this file's own admin. */
function ownConfig(admin: { email: string; password: string }) {
  return {
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    PUBLIC_BASE_URL: 'http://localhost:8080',
    PLATFORM_NAME: 'SmartCourse',
    MAIL_FROM: 'SmartCourse <no-reply@example.test>',
    // Tests that read mail pass a mailer on a real SMTP server; the others' mails go here.
    MAIL_TRANSPORT: 'file' as const,
    MAIL_DIR: join(tmpdir(), 'smartcourse-test-mail'),
  }
}

/** Config for tests of an app built by hand over `deps`, with this bootstrap admin. */
export function testConfig(deps: TestDeps, admin: { email: string; password: string }): UsersConfig {
  return createTestConfig(deps.config, PEERS, ownConfig(admin))
}

/** One app per test file over PGlite (or DATABASE_URL/REDIS_URL), with its own bootstrap admin and a fake subscriber. */
export async function createTestApp(overrides: Partial<UsersDeps> = {}) {
  const admin = { email: `${unique('admin')}@example.test`, password: 'admin-password-123' }
  const enrollmentEvents = createFakeSubscriber()
  const { app, deps, close } = await createServiceTestApp({
    peers: PEERS,
    config: ownConfig(admin),
    build: (config, wiring) =>
      buildApp(config, { ...wiring, enrollmentEvents: enrollmentEvents.client, ...overrides }),
  })
  return {
    app,
    deps,
    admin,
    /** What the outbox delivered to enrollment-service (user.deleted). */
    enrollmentEvents,
    close,
  }
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` }
}

export interface NewAccount {
  email: string
  username: string
  password: string
  role?: 'student' | 'instructor'
  first_name?: string | null
  last_name?: string | null
}

/** A registration body no other test uses. */
export function newAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  const name = unique('user')
  return { email: `${name}@example.test`, username: name, password: PASSWORD, ...overrides }
}

export function register(app: TestApp, account: object) {
  return app.inject({ method: 'POST', url: '/auth/register', payload: account })
}

export function login(app: TestApp, email: string, password: string) {
  return app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })
}

export interface Session {
  id: number
  email: string
  password: string
  accessToken: string
  refreshToken: string
  headers: { authorization: string }
}

/** Registers and logs in; fails the test if either step does not succeed. */
export async function signUp(
  app: TestApp,
  overrides: Partial<NewAccount> = {},
): Promise<Session & { username: string }> {
  const account = newAccount(overrides)
  const registered = await register(app, account)
  if (registered.statusCode !== 201) throw new Error(`register failed: ${registered.body}`)
  const session = await signIn(app, account.email, account.password, registered.json().id)
  return { ...session, username: account.username }
}

export async function signIn(app: TestApp, email: string, password: string, id?: number): Promise<Session> {
  const response = await login(app, email, password)
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`)
  const tokens = response.json()
  const me =
    id ??
    (await app.inject({ method: 'GET', url: '/users/me', headers: bearer(tokens.access_token) })).json().id
  return {
    id: me,
    email,
    password,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    headers: bearer(tokens.access_token),
  }
}

export type UsersTestApp = Awaited<ReturnType<typeof createTestApp>>

/** What useTestAppWithAdmin hands a test file. */
export interface AdminTestApp {
  app: TestApp
  deps: TestDeps
  /** The file's bootstrap admin, signed in. */
  admin: Session
  /** What the outbox delivered to enrollment-service (user.deleted). */
  enrollmentEvents: UsersTestApp['enrollmentEvents']
  /** The service's database, for reading rows the API does not show. */
  db: TestDeps['database']['db']
}

/** The file's app, started before its tests (with its bootstrap admin signed in) and closed after them. */
export function useTestAppWithAdmin(onStart: (t: AdminTestApp) => void) {
  usePerFile(createTestApp, async (harness) => {
    const { app, deps, enrollmentEvents } = harness
    const admin = await signIn(app, harness.admin.email, harness.admin.password)
    onStart({ app, deps, admin, enrollmentEvents, db: deps.database.db })
  })
}

import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSystem, runAllInOneUntilExit, startAllInOne } from './all-in-one.js'

async function envFile(content: string) {
  const file = join(await mkdtemp(join(tmpdir(), 'smartcourse-env-')), '.env')
  await writeFile(file, content)
  return file
}

describe('npm start: what a person starting it is told', () => {
  let system: RunningSystem
  let dotenv: string

  beforeAll(async () => {
    // .env says LOG_LEVEL=verbose (not allowed) and names an admin; the real environment's
    // LOG_LEVEL wins, the admin comes from the file.
    dotenv = await envFile(
      'LOG_LEVEL=verbose\nADMIN_EMAIL=boss@example.test\nADMIN_PASSWORD=boss-password-123\n',
    )
    system = await startAllInOne({ captureOutput: true, env: { ENV_FILE: dotenv, LOG_LEVEL: 'info' } })
  })
  afterAll(() => system?.stop())

  it('prints one start-up summary: API, docs, database, cache, JWT secret, admin, settings file', () => {
    const summary = system
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'SmartCourse is running')
    expect(summary).toMatchObject({
      baseUrl: expect.stringMatching(/^http:\/\/localhost:\d+$/),
      database: process.env.DATABASE_URL
        ? expect.stringMatching(/^PostgreSQL at /)
        : `PGlite (embedded PostgreSQL) in ${join(system.dataDir, 'pg')}`,
      cache: process.env.REDIS_URL
        ? expect.stringMatching(/^Redis at /)
        : expect.stringMatching(/^in memory/),
      jwtSecret: expect.any(String),
      admin: 'boss@example.test (ADMIN_EMAIL)',
      envFile: dotenv,
    })
    expect(JSON.stringify(summary)).not.toContain('boss-password-123')
  })

  it('says which variable to set when the port is taken', async () => {
    const port = new URL(system.baseUrl).port
    const { code, output } = await runAllInOneUntilExit({
      PORT: port,
      DATA_DIR: await mkdtemp(join(tmpdir(), 'sc-')),
    })
    expect(code).toBe(1)
    expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`)
    expect(output).toContain('Set PORT to a free port')
    expect(output).not.toMatch(/\n\s+at /) // no stack trace
  }, 120_000)
})

describe('npm start: common mistakes in words', () => {
  it('lists the allowed values of an enum set in .env', async () => {
    const { code, output } = await runAllInOneUntilExit({
      ENV_FILE: await envFile('NODE_ENV=prod\n'),
      NODE_ENV: undefined,
    })
    expect(code).toBe(1)
    expect(output).toContain('NODE_ENV: must be one of: development, production, test (got "prod")')
    expect(output).not.toMatch(/\n\s+at /)
  }, 90_000)

  it('names the database host of DATABASE_URL that cannot be found', async () => {
    const { code, output } = await runAllInOneUntilExit({
      DATABASE_URL: 'postgresql://smartcourse:secret-pw@no-such-host.invalid:5432/smartcourse',
    })
    expect(code).toBe(1)
    expect(output).toContain('The database host "no-such-host.invalid" in DATABASE_URL cannot be found')
    expect(output).not.toContain('secret-pw')
    expect(output).not.toMatch(/\n\s+at /)
  }, 90_000)
})

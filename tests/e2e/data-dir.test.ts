import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort, type RunningSystem, runAllInOneUntilExit, startAllInOne } from './all-in-one.js'
import { createApi, uniqueName } from './http.js'

const SECRET = 'a-real-deployment-secret-of-more-than-32-characters'

/** Runs `npm start`'s entry point expecting it to refuse: resolves with its exit code and output. */
async function startExpectingExit(env: Record<string, string>) {
  return runAllInOneUntilExit({ PORT: String(await freePort()), ...env }, 30_000)
}

async function registers(system: RunningSystem) {
  const api = createApi(system.baseUrl)
  const name = uniqueName('datadir')
  const response = await api.post('/api/v1/auth/register', {
    email: `${name}@example.test`,
    username: name,
    password: 'a-good-password-1',
  })
  return response.status
}

let running: RunningSystem[] = []
afterEach(async () => {
  for (const system of running) await system.stop()
  running = []
})

describe('DATA_DIR of npm start', () => {
  it('is created, nested and all, when JWT_SECRET_KEY is set and the directory does not exist', {
    timeout: 180_000,
  }, async () => {
    const base = await mkdtemp(join(tmpdir(), 'smartcourse-datadir-'))
    for (const dataDir of [join(base, 'fresh'), join(base, 'a', 'b', 'c')]) {
      const system = await startAllInOne({ dataDir, env: { JWT_SECRET_KEY: SECRET } })
      running.push(system)
      expect(await registers(system)).toBe(201)
    }
  })

  it('that is a file, or lies under one, stops the start with a clear message and exit 1', {
    timeout: 180_000,
  }, async () => {
    const base = await mkdtemp(join(tmpdir(), 'smartcourse-datadir-'))
    const file = join(base, 'a-file')
    await writeFile(file, 'not a directory')
    for (const dataDir of [file, join(file, 'below')]) {
      const { code, output } = await startExpectingExit({ DATA_DIR: dataDir, JWT_SECRET_KEY: SECRET })
      expect(code).toBe(1)
      expect(output).toContain(`DATA_DIR ${dataDir}`)
      expect(output).toMatch(/not a directory/)
      expect(output).not.toMatch(/\n\s+at /) // no stack trace
    }
  })

  it('serves one process at a time: a second start names the directory and the pid holding it', {
    timeout: 180_000,
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-datadir-'))
    const first = await startAllInOne({ dataDir, env: { JWT_SECRET_KEY: SECRET } })
    running.push(first)
    const holder = (await readFile(join(dataDir, 'smartcourse.lock'), 'utf8')).trim()

    const second = await startExpectingExit({ DATA_DIR: dataDir, JWT_SECRET_KEY: SECRET })
    expect(second.code).toBe(1)
    expect(second.output).toContain(`DATA_DIR ${dataDir} is in use`)
    expect(second.output).toContain(`pid ${holder}`)
    expect(second.output).not.toMatch(/\n\s+at /)
    // The first one was not disturbed.
    expect(await registers(first)).toBe(201)
  })

  it('is not blocked by the lock a crashed process left behind', { timeout: 180_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'smartcourse-datadir-'))
    // What kill -9 leaves: the lock file naming a process that no longer exists.
    const crashed = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    await writeFile(join(dataDir, 'smartcourse.lock'), `${crashed.pid}\n`)
    crashed.kill('SIGKILL')
    await new Promise((resolve) => crashed.once('exit', resolve))

    const next = await startAllInOne({ dataDir, env: { JWT_SECRET_KEY: SECRET } })
    running.push(next)
    expect(await registers(next)).toBe(201)
    expect((await readFile(join(dataDir, 'smartcourse.lock'), 'utf8')).trim()).not.toBe(String(crashed.pid))
  })
})

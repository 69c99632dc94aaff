import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { send } from '../gateway/http-client.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

export interface RunningSystem {
  baseUrl: string
  dataDir: string
  /** What the process wrote to stdout and stderr, when started with `captureOutput`. */
  output(): string
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Boots all-in-one exactly as `npm start` does, as a child process on a free port, and waits
 * until its gateway answers /health. Uses DATABASE_URL / REDIS_URL when the test run has them.
 */
export async function startAllInOne(
  options: {
    dataDir?: string
    env?: Record<string, string>
    captureOutput?: boolean
    /** Another entry point with a /health, e.g. one service run alone (services/users/src/main.ts). */
    entry?: string
  } = {},
): Promise<RunningSystem> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'smartcourse-e2e-')))
  const port = await freePort()
  const entry = options.entry ?? 'apps/all-in-one/src/main.ts'
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      // Only what the test says: a developer's .env must not change what is tested.
      ENV_FILE: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      // Off unless a test asks: parallel test processes would fight over one metrics port.
      METRICS_PORT: '0',
      ...options.env,
    },
    stdio: ['ignore', options.captureOutput ? 'pipe' : 'inherit', options.captureOutput ? 'pipe' : 'inherit'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  // With TLS_CERT_FILE/TLS_KEY_FILE the gateway answers HTTPS (trust the certificate first).
  const scheme = options.env?.TLS_CERT_FILE ? 'https' : 'http'
  const baseUrl = `${scheme}://127.0.0.1:${port}`
  await waitUntilHealthy(baseUrl, child)
  return {
    baseUrl,
    dataDir,
    output: () => output,
    stop: () => stopChild(child),
  }
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`all-in-one exited with code ${child.exitCode}`)
    const healthy = await send(baseUrl, { path: '/health' })
      .then((response) => response.status === 200)
      .catch(() => false)
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGKILL')
  throw new Error('all-in-one did not become healthy within 120 s')
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/**
 * Runs all-in-one as `npm start` does (no .env) until it exits by itself, killed after
 * `killAfterMs`: its exit code and output. An override of `undefined` unsets that variable.
 */
export function runAllInOneUntilExit(
  overrides: Record<string, string | undefined>,
  killAfterMs = 110_000,
): Promise<{ code: number | null; output: string }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'test',
    ENV_FILE: '',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...overrides,
  }
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/all-in-one/src/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.once('exit', (code) => {
      clearTimeout(killer)
      resolve({ code, output })
    })
  })
}

import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { peerEnv, SERVICE_NAMES, type ServiceName } from '../../tests/e2e/distributed-env.js'
import { freePort } from '../../tests/gateway/nginx-harness.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface Child {
  name: string
  pid: number
  url: string
  port: number
  /** Resident set size in MiB right now (0 once it exited). */
  rssMiB(): number
  /** stdout + stderr written so far (for a failure's message). */
  output(): string
  stop(): Promise<void>
}

/** VmRSS of a process from /proc, in MiB. */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    return Math.round(kib / 1024)
  } catch {
    return 0
  }
}

/** CPU time (user + system) a process has used so far, in microseconds. */
export function cpuMicrosOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000
  } catch {
    return 0
  }
}

const children = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

/**
 * Runs a TypeScript entry point with this Node (`--import tsx`, so the pid is the server's own,
 * not a wrapper's), output to a file, and waits for `health` to answer 200.
 */
export async function startTs(
  name: string,
  entry: string,
  env: Record<string, string>,
  options: { port?: number; health?: string; timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<Child> {
  const port = options.port ?? (await freePort())
  const dir = await mkdtemp(join(tmpdir(), `smartcourse-bench-${name}-`))
  const logPath = join(dir, 'output.log')
  const fd = openSync(logPath, 'a')
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', fd, fd],
  })
  closeSync(fd)
  children.add(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const output = () => readFileSync(logPath, 'utf8')
  const url = `http://127.0.0.1:${port}`
  const started: Child = {
    name,
    pid: child.pid!,
    url,
    port,
    rssMiB: () => rssOf(child.pid!),
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
      children.delete(child)
    },
  }
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited while starting:\n${output().slice(-4000)}`)
    const ok = await fetch(`${url}${options.health ?? '/health'}`).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ok) return started
    if (Date.now() > deadline) {
      await started.stop()
      throw new Error(`${name} did not become healthy:\n${output().slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export { SERVICE_NAMES, type ServiceName }
const ENTRY: Record<ServiceName, string> = {
  user: 'services/users/src/main.ts',
  course: 'services/courses/src/main.ts',
  enrollment: 'services/enrollments/src/main.ts',
  progress: 'services/progress/src/main.ts',
  certificate: 'services/certificates/src/main.ts',
}

/** The five services as five processes on their own ports, each calling its peers over HTTP. */
export async function startServices(
  databaseUrl: string,
  redisUrl: string,
  extraEnv: Record<string, string>,
  nodeArgs: string[] = [],
) {
  const ports = Object.fromEntries(
    await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()] as const)),
  ) as Record<ServiceName, number>
  const url = (name: ServiceName) => `http://127.0.0.1:${ports[name]}`
  const secret = randomBytes(32).toString('hex')
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET_KEY: secret,
    ...peerEnv(url),
    // The gateway is the only proxy: the services take the client address from X-Forwarded-For.
    TRUST_PROXY: '127.0.0.1',
    ...extraEnv,
  }
  // One after the other: each runs its migrations on the shared database at start.
  const services = {} as Record<ServiceName, Child>
  for (const name of SERVICE_NAMES) {
    services[name] = await startTs(`${name}-service`, ENTRY[name], env, { port: ports[name], nodeArgs })
  }
  return { services, secret, env }
}

/** A throwaway redis-server on a free port (when REDIS_URL is not given). */
export async function startRedis(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  )
  children.add(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `redis://127.0.0.1:${port}`
  const { createConnection } = await import('node:net')
  const deadline = Date.now() + 10_000
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (up) break
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('redis-server did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM')
      await exited
      children.delete(child)
    },
  }
}

import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { connect } from 'node:net'
import pg from 'pg'

/** A command that must be on PATH (or an absolute path that must exist), and its Debian package. */
export interface Tool {
  name: string
  debianPackage: string
  /** Arguments that make it print its version and exit 0; absent for a path that only must exist. */
  versionArgs?: string[]
}

export function missingTools(tools: Tool[]): Tool[] {
  return tools.filter((tool) => {
    if (!tool.versionArgs) return !existsSync(tool.name)
    const result = spawnSync(tool.name, tool.versionArgs, { stdio: 'ignore' })
    return result.error !== undefined
  })
}

export function installLine(tools: Tool[]): string {
  const packages = [...new Set(tools.map((tool) => tool.debianPackage))]
  return `install with: apt-get install -y ${packages.join(' ')}`
}

/**
 * Why PostgreSQL at `url` cannot be used, or undefined when a query works. The database the URL
 * names is created when the server is up but it is missing (the tests make theirs beside it).
 */
export async function postgresProblem(url: string): Promise<string | undefined> {
  const problem = await query(url, 'SELECT 1')
  if (problem?.code !== '3D000') return problem?.message
  const maintenance = new URL(url)
  const name = decodeURIComponent(maintenance.pathname.slice(1))
  maintenance.pathname = '/postgres'
  const created = await query(maintenance.toString(), `CREATE DATABASE "${name.replaceAll('"', '""')}"`)
  return created?.code === '42P04' ? undefined : created?.message
}

async function query(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.query(statement)
    return undefined
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    return { code, message: `PostgreSQL at ${redact(url)} is not usable: ${message}` }
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Why Redis at `url` cannot be used, or undefined when it answers PING. */
export function redisProblem(url: string): Promise<string | undefined> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) })
    const done = (problem: string | undefined) => {
      socket.destroy()
      resolve(problem)
    }
    const timer = setTimeout(() => done(`Redis at ${redact(url)} did not answer PING within 3 s`), 3_000)
    socket.once('error', (error) => {
      clearTimeout(timer)
      done(`Redis at ${redact(url)} is not usable: ${error.message}`)
    })
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      clearTimeout(timer)
      // +PONG, or -NOAUTH etc. when the URL carries a password (the tests then connect with it).
      done(/^(\+PONG|-NOAUTH)/.test(data.toString()) ? undefined : `Redis at ${redact(url)} answered ${data}`)
    })
  })
}

function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unparsable URL)'
  }
}

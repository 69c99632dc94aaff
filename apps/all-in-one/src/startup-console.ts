import { ConfigError } from '@smartcourse/service-kit'

/** What a person starting `npm start` wants to know once it is up. */
export interface StartupFacts {
  baseUrl: string
  /** The host it listens on, when that is not only this machine. */
  listening: string
  appUrl?: string
  database: string
  cache: string
  jwtSecret: string
  admin: string
  envFile?: string
}

/**
 * Start-up messages. On a terminal: short plain lines for a person. Otherwise (docker, a test
 * harness reading the output) one JSON line each, like every other log line.
 */
export function createStartupConsole(options: { tty: boolean; nodeEnv: string; logLevel: string }) {
  const { tty } = options
  // The JSON lines are info-level log lines: LOG_LEVEL=warn and above leave them out.
  const quiet = !['trace', 'debug', 'info'].includes(options.logLevel)
  const json = (msg: string, fields: Record<string, unknown> = {}) =>
    quiet ||
    process.stdout.write(
      `${JSON.stringify({ level: 30, time: new Date().toISOString(), service: 'all-in-one', msg, ...fields })}\n`,
    )
  return {
    progress(message: string) {
      if (tty) process.stdout.write(`  ${message}\n`)
      else json(message)
    },
    summary(facts: StartupFacts) {
      if (!tty) return json('SmartCourse is running', { ...facts })
      const rows: Array<[string, string | undefined]> = [
        ['API', `${facts.baseUrl}/api/v1`],
        ['Docs', `${facts.baseUrl}/docs`],
        ['App', facts.appUrl],
        ['Listening on', facts.listening],
        ['Database', facts.database],
        ['Cache', facts.cache],
        ['JWT secret', facts.jwtSecret],
        ['Admin', facts.admin],
        ['Settings', facts.envFile ? `environment, then ${facts.envFile}` : 'environment (no .env file)'],
      ]
      const lines = rows
        .filter((row): row is [string, string] => row[1] !== undefined)
        .map(([label, value]) => `  ${label.padEnd(13)}${value}`)
      process.stdout.write(
        `\nSmartCourse is running (${options.nodeEnv}).\n${lines.join('\n')}\n  Stop it with Ctrl+C.\n\n`,
      )
    },
  }
}

interface Context {
  port: number
  host: string
  databaseUrl?: string
}

/**
 * The common mistakes, said in words with what to change; undefined for anything else (then the
 * error is shown as it is).
 */
export function describeStartupError(error: unknown, context: Context): string | undefined {
  if (error instanceof ConfigError) {
    return `${error.message}\nSet them in the environment or in .env (see .env.example for every variable).`
  }
  for (const cause of causes(error)) {
    const { code, syscall, hostname } = cause as { code?: string; syscall?: string; hostname?: string }
    if (syscall === 'listen' || code === 'EADDRINUSE') {
      if (code === 'EADDRINUSE')
        return `Port ${context.port} on ${context.host} is already in use (is SmartCourse already running?). Set PORT to a free port, e.g. PORT=${context.port + 1} npm start, or in .env.`
      if (code === 'EACCES')
        return `Listening on port ${context.port} needs more privileges. Set PORT to a port above 1023, e.g. PORT=8080.`
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        return `HOST=${context.host} is not an address of this machine. Set HOST to 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`
    }
    const database = describeDatabaseError(code, hostname, context.databaseUrl)
    if (database) return database
  }
  return undefined
}

function describeDatabaseError(
  code: string | undefined,
  hostname: string | undefined,
  url: string | undefined,
) {
  if (!url) return undefined
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return 'DATABASE_URL is not a URL. It looks like postgresql://USER:PASSWORD@HOST:5432/DATABASE (unset it to use the embedded PGlite).'
  }
  const where = `${target.hostname}:${target.port || 5432}`
  const database = decodeURIComponent(target.pathname.slice(1)) || target.username
  const fix = 'Fix DATABASE_URL, or unset it to use the embedded PGlite in DATA_DIR.'
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The database host "${hostname ?? target.hostname}" in DATABASE_URL cannot be found. ${fix}`
    case 'ECONNREFUSED':
      return `Nothing accepts connections at ${where} (DATABASE_URL): is PostgreSQL running there? ${fix}`
    case 'ETIMEDOUT':
      return `PostgreSQL at ${where} (DATABASE_URL) did not answer in time. ${fix}`
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the user "${decodeURIComponent(target.username)}" or its password (DATABASE_URL). ${fix}`
    case '3D000':
      return `The database "${database}" does not exist on ${where}. Create it (createdb -h ${target.hostname} -U ${decodeURIComponent(target.username) || 'postgres'} ${database}) or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`
    default:
      return undefined
  }
}

/** The error, what it wraps (`cause`) and what it aggregates (Node's connect tries). */
function causes(error: unknown): unknown[] {
  const seen: unknown[] = []
  const queue = [error]
  while (queue.length > 0 && seen.length < 20) {
    const next = queue.shift()
    if (!next || typeof next !== 'object' || seen.includes(next)) continue
    seen.push(next)
    const { cause, errors } = next as { cause?: unknown; errors?: unknown[] }
    queue.push(cause, ...(Array.isArray(errors) ? errors : []))
  }
  return seen
}

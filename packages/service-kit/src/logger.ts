import { type DestinationStream, type LoggerOptions, destination } from 'pino'

/** Headers and body fields that must never reach a log line. */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.refresh_token',
  '*.access_token',
  '*.token',
]

const isPretty = (nodeEnv: string) => Boolean(process.stdout.isTTY) && nodeEnv === 'development'

let stdout: DestinationStream | undefined

/**
 * Where the JSON lines go: one asynchronous writer on fd 1 shared by every logger of the
 * process (so lines from several services never interleave mid-line). Lines written while a
 * write is in flight go out together in the next one, instead of one blocking write(2) per
 * line (the access line is written on every request); whatever is pending is flushed at exit.
 * Undefined when the pretty transport writes instead.
 */
export function loggerDestination(nodeEnv: string): DestinationStream | undefined {
  if (isPretty(nodeEnv)) return undefined
  stdout ??= destination({ dest: 1, sync: false })
  return stdout
}

/** JSON lines to stdout; pretty only on an interactive terminal outside production. */
export function loggerOptions(service: string, level: string, nodeEnv: string): LoggerOptions {
  const pretty = isPretty(nodeEnv)
  return {
    level,
    base: { service },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: { paths: REDACTED, censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  }
}

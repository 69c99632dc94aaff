import type { LoggerOptions } from 'pino'

/** Headers and body fields that must never reach a log line. */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.refresh_token',
  '*.access_token',
  '*.token',
]

/** JSON lines to stdout; pretty only on an interactive terminal outside production. */
export function loggerOptions(service: string, level: string, nodeEnv: string): LoggerOptions {
  const pretty = process.stdout.isTTY && nodeEnv === 'development'
  return {
    level,
    base: { service },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: { paths: REDACTED, censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  }
}

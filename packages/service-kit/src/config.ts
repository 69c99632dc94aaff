import { type Static, type TObject, Type } from 'typebox'
import { Value } from 'typebox/value'

/** Keys every service reads; a service's own schema spreads these in. */
export const baseConfigProperties = {
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  HOST: Type.String({ default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ minLength: 1 })),
  REDIS_URL: Type.Optional(Type.String({ minLength: 1 })),
  JWT_SECRET_KEY: Type.String({ minLength: 32 }),
  JWT_ALGORITHM: Type.Literal('HS256', { default: 'HS256' }),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1_048_576 }),
}

/** The placeholder shipped in .env.example; production refuses to start with it. */
export const EXAMPLE_JWT_SECRET = 'change-me-to-a-random-string-of-at-least-32-chars'

export class ConfigError extends Error {}

/**
 * Reads config once: applies defaults, converts strings to the schema's types and fails
 * listing every bad key before anything listens.
 */
export function loadConfig<T extends TObject>(
  schema: T,
  env: Record<string, string | undefined> = process.env,
) {
  const keys = Object.keys(schema.properties)
  const raw: Record<string, unknown> = {}
  for (const key of keys) if (env[key] !== undefined && env[key] !== '') raw[key] = env[key]
  const value = Value.Convert(schema, Value.Default(schema, raw)) as Record<string, unknown>
  const problems: string[] = []
  for (const key of keys) {
    const property = schema.properties[key]!
    if (value[key] === undefined) {
      if (schema.required?.includes(key)) problems.push(`${key}: is required`)
      continue
    }
    const errors = [...Value.Errors(property, value[key])]
    const shown = /SECRET|PASSWORD/.test(key) ? '' : ` (got ${JSON.stringify(raw[key])})`
    const allowed = (property as { enum?: unknown[] }).enum
    const message = Array.isArray(allowed) ? `must be one of: ${allowed.join(', ')}` : errors.at(-1)?.message
    if (errors.length > 0) problems.push(`${key}: ${message}${shown}`)
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  const config = value as Static<T>
  assertProductionSecret(config as { NODE_ENV?: string; JWT_SECRET_KEY?: string })
  return config
}

function assertProductionSecret(config: { NODE_ENV?: string; JWT_SECRET_KEY?: string }) {
  if (config.NODE_ENV === 'production' && config.JWT_SECRET_KEY === EXAMPLE_JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET_KEY: the example value may not be used in production',
    )
  }
}

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
  /**
   * HS256 secret of service tokens (internal routes), never the user-token secret. Required in
   * production; elsewhere, unset, it is derived from JWT_SECRET_KEY (deriveServiceTokenSecret).
   */
  SERVICE_TOKEN_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, default: 1_048_576 }),
  /**
   * Which proxies may tell the client's address (X-Forwarded-For): a number of hops, or
   * comma-separated addresses/CIDRs. Unset: none; the socket's address is the client.
   */
  TRUST_PROXY: Type.Optional(
    Type.String({ pattern: '^\\s*(\\d+|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)\\s*$' }),
  ),
}

/** Fastify's `trustProxy` for TRUST_PROXY: a hop count, a list of addresses/CIDRs, or nothing. */
export function trustProxyOption(
  value: string | undefined,
): ((address: string, hop: number) => boolean) | string[] | false {
  if (value === undefined || value.trim() === '') return false
  if (/^\s*\d+\s*$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}

/** The placeholder shipped in .env.example; production refuses to start with it. */
export const EXAMPLE_JWT_SECRET = 'change-me-to-a-random-string-of-at-least-32-chars'
/** The service-token placeholder of deploy/k8s/secret.example.yaml; refused everywhere. */
export const EXAMPLE_SERVICE_TOKEN_SECRET = 'change-me-to-another-random-string-of-32-chars-or-more'

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
    if (errors.length > 0)
      problems.push(`${key}: ${allowedValues(property) ?? errors.at(-1)!.message}${shown}`)
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  const config = value as Static<T>
  assertProductionSecret(config as SecretConfig)
  const serviceSecret = schema.properties.SERVICE_TOKEN_SECRET as { generatedWhenUnset?: boolean } | undefined
  if (serviceSecret)
    assertServiceTokenSecret(config as SecretConfig, serviceSecret.generatedWhenUnset === true)
  return config
}

/** "must be one of: a, b, c" for an enum or a constant, so the person fixing it needs no docs. */
function allowedValues(property: unknown): string | undefined {
  const { enum: values, const: only } = property as { enum?: unknown[]; const?: unknown }
  if (Array.isArray(values)) return `must be one of: ${values.join(', ')}`
  if (only !== undefined) return `must be ${String(only)}`
  return undefined
}

interface SecretConfig {
  NODE_ENV?: string
  JWT_SECRET_KEY?: string
  SERVICE_TOKEN_SECRET?: string
}

/**
 * Service tokens get their own secret: one leaked secret must not give both impersonation of
 * users and access to internal routes. Production needs it set; equal to JWT_SECRET_KEY or the
 * .env.example placeholder is refused everywhere. A schema whose SERVICE_TOKEN_SECRET says
 * `generatedWhenUnset` (all-in-one, where service tokens never leave the process) makes its own.
 */
function assertServiceTokenSecret(config: SecretConfig, generatedWhenUnset: boolean) {
  const secret = config.SERVICE_TOKEN_SECRET
  const fix =
    'Set SERVICE_TOKEN_SECRET to a random secret of at least 32 characters, different from JWT_SECRET_KEY, ' +
    'e.g. the output of `openssl rand -hex 32` (docker compose: in .env; Kubernetes: in the smartcourse-secrets Secret)'
  if (secret === undefined) {
    if (config.NODE_ENV === 'production' && !generatedWhenUnset) {
      throw new ConfigError(
        `Invalid configuration:\n  SERVICE_TOKEN_SECRET: is required in production. ${fix}`,
      )
    }
    return
  }
  if (secret === config.JWT_SECRET_KEY) {
    throw new ConfigError(`Invalid configuration:\n  SERVICE_TOKEN_SECRET: equals JWT_SECRET_KEY. ${fix}`)
  }
  if (secret === EXAMPLE_JWT_SECRET || secret === EXAMPLE_SERVICE_TOKEN_SECRET) {
    throw new ConfigError(`Invalid configuration:\n  SERVICE_TOKEN_SECRET: is an example value. ${fix}`)
  }
}

function assertProductionSecret(config: SecretConfig) {
  if (config.NODE_ENV === 'production' && config.JWT_SECRET_KEY === EXAMPLE_JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET_KEY: is the example value from .env.example, refused in production. ' +
        'Set JWT_SECRET_KEY to a random secret of at least 32 characters, e.g. the output of `openssl rand -hex 32` ' +
        '(docker compose: in .env; Kubernetes: in the smartcourse-secrets Secret)',
    )
  }
}

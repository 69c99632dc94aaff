import { baseConfigProperties } from '@smartcourse/service-kit'
import { type Static, Type } from 'typebox'

const { JWT_SECRET_KEY: _required, ...shared } = baseConfigProperties

export const AllInOneConfigSchema = Type.Object({
  ...shared,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
  /** Unset: 127.0.0.1 (this machine only) outside production, 0.0.0.0 in production (listenHost). */
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  DATA_DIR: Type.String({ default: './data' }),
  /** When unset, a random secret is generated once and kept in DATA_DIR. */
  JWT_SECRET_KEY: Type.Optional(Type.String({ minLength: 32 })),
  /** When unset, a random one per process: service tokens never leave it (loadConfig reads the flag). */
  SERVICE_TOKEN_SECRET: Type.Optional(Type.String({ minLength: 32, generatedWhenUnset: true })),
  MONGODB_URL: Type.Optional(Type.String({ minLength: 1 })),
  /** Comma-separated allowed origins; `*` is the default in development only. */
  CORS_ORIGINS: Type.Optional(Type.String()),
  PUBLIC_BASE_URL: Type.Optional(Type.String()),
  UPSTREAM_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 30_000 }),
  RATE_LIMIT_AUTH_PER_SECOND: Type.Number({ exclusiveMinimum: 0, default: 10 }),
  RATE_LIMIT_AUTH_BURST: Type.Integer({ minimum: 1, default: 20 }),
  RATE_LIMIT_API_PER_SECOND: Type.Number({ exclusiveMinimum: 0, default: 100 }),
  RATE_LIMIT_API_BURST: Type.Integer({ minimum: 1, default: 50 }),
  RATE_LIMIT_VERIFY_PER_SECOND: Type.Number({ exclusiveMinimum: 0, default: 50 }),
  RATE_LIMIT_VERIFY_BURST: Type.Integer({ minimum: 1, default: 100 }),
  AUTH_CONNECTION_LIMIT: Type.Integer({ minimum: 1, default: 10 }),
  /** Prometheus /metrics on its own listener, never on the public port; 0 turns it off. */
  METRICS_PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 9464 }),
  METRICS_HOST: Type.String({ default: '127.0.0.1' }),
})
export type AllInOneConfig = Static<typeof AllInOneConfigSchema>

/** Where `npm start` listens: only this machine unless HOST says otherwise or it runs in production. */
export function listenHost(config: AllInOneConfig): string {
  return config.HOST ?? (config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1')
}

export function corsOriginsFrom(config: AllInOneConfig): string[] | '*' {
  if (config.CORS_ORIGINS) {
    const origins = config.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
    return origins.includes('*') ? '*' : origins
  }
  return config.NODE_ENV === 'production' ? [] : '*'
}

import { Type } from 'typebox'
import { describe, expect, it } from 'vitest'
import {
  baseConfigProperties,
  ConfigError,
  EXAMPLE_JWT_SECRET,
  EXAMPLE_SERVICE_TOKEN_SECRET,
  loadConfig,
} from './config.js'

const schema = Type.Object({ ...baseConfigProperties, PORT: Type.Integer({ minimum: 1, default: 8001 }) })
const secret = 'a-perfectly-random-secret-of-40-characters'
const serviceSecret = 'another-random-secret-for-service-tokens'

describe('loadConfig', () => {
  it('applies defaults and converts strings to the schema types', () => {
    const config = loadConfig(schema, { JWT_SECRET_KEY: secret, PORT: '9000' })
    expect(config).toMatchObject({
      PORT: 9000,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1_048_576,
    })
  })

  it('fails listing every bad key, without echoing the secret', () => {
    const attempt = () =>
      loadConfig(schema, { JWT_SECRET_KEY: 'too-short', PORT: 'eighty', LOG_LEVEL: 'loud' })
    expect(attempt).toThrow(ConfigError)
    const message = (() => {
      try {
        attempt()
      } catch (error) {
        return String(error)
      }
    })()
    expect(message).toMatch(/JWT_SECRET_KEY/)
    expect(message).toMatch(/PORT/)
    expect(message).toMatch(/LOG_LEVEL/)
    expect(message).not.toContain('too-short')
  })

  it('lists the allowed values of an enum or constant that is out of range', () => {
    expect(() => loadConfig(schema, { JWT_SECRET_KEY: secret, NODE_ENV: 'prod' })).toThrow(
      'NODE_ENV: must be one of: development, production, test (got "prod")',
    )
    expect(() => loadConfig(schema, { JWT_SECRET_KEY: secret, LOG_LEVEL: 'verbose' })).toThrow(
      'LOG_LEVEL: must be one of: fatal, error, warn, info, debug, trace, silent (got "verbose")',
    )
    expect(() => loadConfig(schema, { JWT_SECRET_KEY: secret, JWT_ALGORITHM: 'RS256' })).toThrow(
      'JWT_ALGORITHM: must be HS256 (got "RS256")',
    )
  })

  it('requires a JWT secret', () => {
    expect(() => loadConfig(schema, {})).toThrow(/JWT_SECRET_KEY: is required/)
  })

  it('refuses the example secret in production, and accepts a real one there', () => {
    expect(() => loadConfig(schema, { NODE_ENV: 'production', JWT_SECRET_KEY: EXAMPLE_JWT_SECRET })).toThrow(
      /example value .*Set JWT_SECRET_KEY to a random secret of at least 32 characters, e.g. the output of `openssl rand -hex 32`/,
    )
    expect(
      loadConfig(schema, {
        NODE_ENV: 'production',
        JWT_SECRET_KEY: secret,
        SERVICE_TOKEN_SECRET: serviceSecret,
      }).NODE_ENV,
    ).toBe('production')
  })

  describe('SERVICE_TOKEN_SECRET (issue 9.11)', () => {
    it('is required in production, saying what to set', () => {
      expect(() => loadConfig(schema, { NODE_ENV: 'production', JWT_SECRET_KEY: secret })).toThrow(
        /SERVICE_TOKEN_SECRET: is required in production\. Set SERVICE_TOKEN_SECRET .*different from JWT_SECRET_KEY/,
      )
    })

    it('is refused when equal to JWT_SECRET_KEY, in production and in development', () => {
      for (const NODE_ENV of ['production', 'development']) {
        expect(() =>
          loadConfig(schema, { NODE_ENV, JWT_SECRET_KEY: secret, SERVICE_TOKEN_SECRET: secret }),
        ).toThrow(/SERVICE_TOKEN_SECRET: equals JWT_SECRET_KEY/)
      }
    })

    it('is refused when weak (short) or the example value, without echoing it', () => {
      const short = () =>
        loadConfig(schema, { NODE_ENV: 'production', JWT_SECRET_KEY: secret, SERVICE_TOKEN_SECRET: 'short' })
      expect(short).toThrow(/SERVICE_TOKEN_SECRET/)
      expect(short).not.toThrow(/short/)
      expect(() =>
        loadConfig(schema, {
          NODE_ENV: 'production',
          JWT_SECRET_KEY: secret,
          SERVICE_TOKEN_SECRET: EXAMPLE_SERVICE_TOKEN_SECRET,
        }),
      ).toThrow(/SERVICE_TOKEN_SECRET: is an example value/)
    })

    it('may be left unset outside production (it is then derived from JWT_SECRET_KEY)', () => {
      expect(loadConfig(schema, { JWT_SECRET_KEY: secret }).SERVICE_TOKEN_SECRET).toBeUndefined()
    })
  })
})

import { Type } from 'typebox'
import { describe, expect, it } from 'vitest'
import { baseConfigProperties, ConfigError, EXAMPLE_JWT_SECRET, loadConfig } from './config.js'

const schema = Type.Object({ ...baseConfigProperties, PORT: Type.Integer({ minimum: 1, default: 8001 }) })
const secret = 'a-perfectly-random-secret-of-40-characters'

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

  it('lists the allowed values of an enum key', () => {
    expect(() => loadConfig(schema, { JWT_SECRET_KEY: secret, NODE_ENV: 'prod' })).toThrow(
      'NODE_ENV: must be one of: development, production, test (got "prod")',
    )
  })

  it('requires a JWT secret', () => {
    expect(() => loadConfig(schema, {})).toThrow(/JWT_SECRET_KEY: is required/)
  })

  it('refuses the example secret in production, and accepts a real one there', () => {
    expect(() => loadConfig(schema, { NODE_ENV: 'production', JWT_SECRET_KEY: EXAMPLE_JWT_SECRET })).toThrow(
      /example value/,
    )
    expect(loadConfig(schema, { NODE_ENV: 'production', JWT_SECRET_KEY: secret }).NODE_ENV).toBe('production')
  })
})

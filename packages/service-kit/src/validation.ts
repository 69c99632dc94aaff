import { Ajv, type ErrorObject, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

function createAjv(options: Options) {
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    strict: false,
    multipleOfPrecision: 6,
    ...options,
  })
  addFormats.default(ajv)
  return ajv
}

/** How a number must be written in a query string or path: plain decimal digits only. */
const NUMERIC_TEXT = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
} as const

type NumericType = keyof typeof NUMERIC_TEXT
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }

/** The top-level properties of an object schema that hold a plain integer or number. */
function numericProperties(schema: unknown): Array<[string, NumericType]> {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {}
  return Object.entries(properties).flatMap(([key, property]) =>
    property.type === 'integer' || property.type === 'number' ? [[key, property.type]] : [],
  )
}

/**
 * Ajv's coercion turns any text JavaScript reads as a number into one ("0x10", "1e3", " 7"); a
 * query string or path parameter of a numeric type must instead be written in plain digits,
 * anything else is a wrong type (422).
 */
function withPlainNumbers(validate: Validate, schema: unknown): Validate {
  const numeric = numericProperties(schema)
  if (numeric.length === 0) return validate
  const strict: Validate = (data) => {
    const values = (data ?? {}) as Record<string, unknown>
    const errors: ErrorObject[] = []
    for (const [key, type] of numeric) {
      const raw = values[key]
      const texts = (Array.isArray(raw) ? raw : [raw]).filter((value) => typeof value === 'string')
      if (texts.some((text) => !NUMERIC_TEXT[type].test(text))) {
        errors.push({
          instancePath: `/${key}`,
          schemaPath: `#/properties/${key}/type`,
          keyword: 'type',
          params: { type },
          message: `must be ${type}`,
        })
      }
    }
    if (errors.length > 0) {
      strict.errors = errors
      return false
    }
    const valid = validate(data)
    strict.errors = validate.errors
    return valid
  }
  return strict
}

/** The JSON pointer of the first string (or key) holding a NUL character, if any. */
function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (value === null || typeof value !== 'object') return undefined
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path}/${key}`
    const found = findNul(item, `${path}/${key}`)
    if (found !== undefined) return found
  }
  return undefined
}

/** PostgreSQL text cannot hold NUL: every input is refused with a 422 before a service stores it. */
function withoutNul(validate: Validate): Validate {
  const checked: Validate = (data) => {
    const path = findNul(data)
    if (path !== undefined) {
      checked.errors = [
        {
          instancePath: path,
          schemaPath: '#',
          keyword: 'nul',
          params: {},
          message: 'must not contain NUL characters',
        },
      ]
      return false
    }
    const valid = validate(data)
    checked.errors = validate.errors
    return valid
  }
  return checked
}

/**
 * Bodies are validated exactly as sent (no coercion, nothing stripped, so unknown fields and
 * wrong types are 422), while query strings and path params are text and need coercion.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<any> {
  const bodyAjv = createAjv({ coerceTypes: false, removeAdditional: false })
  const textAjv = createAjv({ coerceTypes: 'array', removeAdditional: false })
  return ({ schema, httpPart }) => {
    if (httpPart === 'body') return withoutNul(bodyAjv.compile(schema as object) as Validate) as any
    return withoutNul(withPlainNumbers(textAjv.compile(schema as object) as Validate, schema)) as any
  }
}

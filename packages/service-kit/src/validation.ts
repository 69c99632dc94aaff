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

/**
 * The JSON pointer of the first string (or key) holding a NUL character, if any. Walks with its
 * own stack, not recursion: no depth of input can overflow it.
 */
function findNul(root: unknown): string | undefined {
  const pending: Array<[unknown, string]> = [[root, '']]
  while (pending.length > 0) {
    const [value, path] = pending.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path
      continue
    }
    if (value === null || typeof value !== 'object') continue
    const entries = Object.entries(value)
    // Pushed in reverse so the first problem in document order is the one reported.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, item] = entries[index]!
      if (key.includes('\u0000')) return `${path}/${key}`
      pending.push([item, `${path}/${key}`])
    }
  }
  return undefined
}

/** Deepest nesting a JSON body may have; no request of this API needs more than a handful. */
export const MAX_JSON_DEPTH = 64

/**
 * Whether JSON text nests objects/arrays deeper than `limit`, found by one pass over the text
 * (brackets inside strings do not count) before anything parses or walks it.
 */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 92)
        index += 1 // backslash: skip the escaped character
      else if (char === 34) inString = false
    } else if (char === 34) inString = true
    else if (char === 123 || char === 91) {
      depth += 1
      if (depth > limit) return true
    } else if (char === 125 || char === 93) depth -= 1
  }
  return false
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

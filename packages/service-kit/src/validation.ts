import { Ajv, type Options } from 'ajv'
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

/**
 * Bodies are validated exactly as sent (no coercion, nothing stripped, so unknown fields and
 * wrong types are 422), while query strings and path params are text and need coercion.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<any> {
  const bodyAjv = createAjv({ coerceTypes: false, removeAdditional: false })
  const textAjv = createAjv({ coerceTypes: 'array', removeAdditional: false })
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? bodyAjv : textAjv
    return ajv.compile(schema as object) as any
  }
}

import { type TSchema, Type } from 'typebox'

/**
 * Postgres text cannot hold NUL characters: the database would fail the request with a 500
 * instead of validation answering 422, so every string input goes through these.
 */
const NO_NUL = '^[^\\u0000]*$'
/** No NUL and at least one non-space character. */
const NO_NUL_NOT_BLANK = '^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$'

export function Text(options: { minLength?: number; maxLength: number; description?: string }) {
  return Type.String({ ...options, pattern: NO_NUL })
}

export function Title(options: { minLength: number; maxLength: number }) {
  return Type.String({ ...options, pattern: NO_NUL_NOT_BLANK })
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

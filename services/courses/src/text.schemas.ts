import { type TSchema, Type } from 'typebox'

// NUL characters are refused for every input by the service kit's validator.
export function Text(options: { minLength?: number; maxLength: number; description?: string }) {
  return Type.String(options)
}

/** At least one non-space character. */
export function Title(options: { minLength: number; maxLength: number }) {
  return Type.String({ ...options, pattern: '\\S' })
}

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

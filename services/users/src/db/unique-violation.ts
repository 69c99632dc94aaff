/**
 * The name of the unique constraint/index a failed insert or update hit, or undefined when the
 * error is something else. Looks through Drizzle's wrapper at the driver error (pg and PGlite
 * both report SQLSTATE 23505 with the constraint name).
 */
export function uniqueViolation(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown }
    if (candidate.code === '23505')
      return typeof candidate.constraint === 'string' ? candidate.constraint : ''
    current = candidate.cause
  }
  return undefined
}

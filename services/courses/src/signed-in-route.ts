import type { FastifySchema } from 'fastify'

const security = [{ bearer: [] }]

/**
 * Options builder for routes behind one sign-in guard (e.g. instructors and admins): each gets
 * the guard, the feature's tags, the bearer security and the error statuses they share (a route
 * may list its own instead), then its own schema.
 */
export function signedInRoute<Guard>(onRequest: Guard, tags: string[], errors: readonly number[] = []) {
  return <Schema extends FastifySchema>(schema: Schema) => ({
    onRequest,
    schema: { tags, security, errors, ...schema },
  })
}

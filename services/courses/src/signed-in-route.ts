import type { FastifySchema } from 'fastify'

const security = [{ bearer: [] }]

/**
 * Options builder for routes behind one sign-in guard (e.g. instructors and admins): each gets
 * the guard, the feature's tags and the bearer security, then its own schema.
 */
export function signedInRoute<Guard>(onRequest: Guard, tags: string[]) {
  return <Schema extends FastifySchema>(schema: Schema) => ({
    onRequest,
    schema: { tags, security, ...schema },
  })
}

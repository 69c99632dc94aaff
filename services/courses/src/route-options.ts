import type { FastifySchema } from 'fastify'

const security = [{ bearer: [] }]

/**
 * Options builder for routes behind one sign-in guard (e.g. instructors and admins): each gets
 * the guard, the feature's tags, the bearer security and the error statuses they share (a route
 * may list its own instead), then its own schema.
 */
export function signedInRoute<Guard>(onRequest: Guard, tags: string[], errors: readonly number[] = []) {
  return routeOptions(onRequest, { tags, security, errors })
}

/**
 * The same for public reads (a guard that only notes who is signed in, if anyone): no bearer
 * security.
 */
export function publicRoute<Guard>(onRequest: Guard, tags: string[], errors: readonly number[] = []) {
  return routeOptions(onRequest, { tags, errors })
}

function routeOptions<Guard, Shared extends object>(onRequest: Guard, shared: Shared) {
  return <Schema extends FastifySchema>(schema: Schema) => ({ onRequest, schema: { ...shared, ...schema } })
}

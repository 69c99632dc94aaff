import type { FastifyReply, FastifyRequest } from 'fastify'
import { traceIdOf } from './tracing.js'

/** Probes (Kubernetes, Prometheus) and the docs the gateway reads at start: logged at debug only. */
const QUIET_ROUTES = new Set(['/health', '/metrics', '/openapi.json'])

/**
 * The one access-log line per request, the same from a service run alone, from a service inside
 * all-in-one and from the embedded gateway (for what it answers itself):
 * `{"msg":"access","method","route","status","duration_ms","request_id","trace_id","user_id"}`
 * plus the logger's `service`, `time` and `level`. `route` is the route template
 * (`/courses/:id`), null when no route matched; ids stay null when unknown.
 */
export function accessLogEntry(request: FastifyRequest, reply: FastifyReply) {
  return {
    method: request.method,
    route: request.routeOptions.url ?? null,
    status: reply.statusCode,
    duration_ms: Number(reply.elapsedTime.toFixed(1)),
    trace_id: traceIdOf(request) ?? null,
    user_id: request.actor?.id ?? null,
  }
}

export function writeAccessLog(request: FastifyRequest, reply: FastifyReply) {
  const entry = accessLogEntry(request, reply)
  if (entry.route && QUIET_ROUTES.has(entry.route)) request.log.debug(entry, 'access')
  else request.log.info(entry, 'access')
}

import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { errorBody } from './errors.js'

/**
 * The methods of every registered route path, so a request that matches a path but not its
 * method answers 405 METHOD_NOT_ALLOWED with `Allow` instead of 404. Feed it from `onRoute`.
 */
export function createMethodIndex() {
  const routes: Array<{ pattern: RegExp; methods: Set<string> }> = []
  const byUrl = new Map<string, Set<string>>()

  return {
    add(route: Pick<RouteOptions, 'method' | 'url'>) {
      // A catch-all (e.g. a CORS plugin's `OPTIONS *`) says nothing about which paths exist.
      if (route.url === '*' || route.url === '/*') return
      let methods = byUrl.get(route.url)
      if (!methods) {
        methods = new Set()
        byUrl.set(route.url, methods)
        routes.push({ pattern: patternFor(route.url), methods })
      }
      for (const method of [route.method].flat()) methods.add(String(method).toUpperCase())
      if (methods.has('GET')) methods.add('HEAD')
    },

    /** The methods some route allows on this concrete path (empty when no route has the path). */
    allowed(path: string): string[] {
      const found = new Set<string>()
      for (const route of routes) {
        if (route.pattern.test(path)) for (const method of route.methods) found.add(method)
      }
      return [...found].sort()
    },
  }
}

export type MethodIndex = ReturnType<typeof createMethodIndex>

/** `/courses/:id/modules/*` → a regex over concrete paths. */
function patternFor(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*'
      if (segment.startsWith(':')) return '[^/]+'
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return new RegExp(`^${source}/?$`)
}

/**
 * The public prefix a gateway strips before forwarding (`X-Forwarded-Prefix: /api/v1`), so error
 * messages name the path the client asked for. Only a plain path is accepted.
 */
export function publicPath(request: FastifyRequest): string {
  const prefix = request.headers['x-forwarded-prefix']
  const path = request.url.split('?')[0] ?? '/'
  if (typeof prefix === 'string' && /^(\/[A-Za-z0-9._-]+)+$/.test(prefix)) return `${prefix}${path}`
  return path
}

/** 405 with `Allow` when the path exists with other methods, else the docs/API.md#errors 404. */
export function answerUnrouted(index: MethodIndex, request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '/'
  const allowed = index.allowed(path)
  if (allowed.length > 0 && !allowed.includes(request.method)) {
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send(
        errorBody(
          'METHOD_NOT_ALLOWED',
          `Method ${request.method} is not allowed on ${publicPath(request)}; allowed: ${allowed.join(', ')}`,
        ),
      )
  }
  return reply
    .code(404)
    .send(errorBody('NOT_FOUND', `Route ${request.method} ${publicPath(request)} not found`))
}

/** The services behind the gateway, by the name the route table uses. */
export type ServiceName = 'users' | 'courses' | 'enrollments' | 'progress' | 'certificates'

/** How each service names itself in /health, logs and errors. */
export const SERVICE_LABELS: Record<ServiceName, string> = {
  users: 'user-service',
  courses: 'course-service',
  enrollments: 'enrollment-service',
  progress: 'progress-service',
  certificates: 'certificate-service',
}

export interface Route {
  /** Public path prefix, matched on whole segments. */
  prefix: string
  service: ServiceName
  /** What the prefix becomes on the service. */
  rewrite: string
  /** The rate-limit zone (docs/API.md#gateway-and-rate-limits), as in the Nginx config. */
  limit: 'auth' | 'api' | 'verify'
}

// Most specific first: the public verification endpoint has its own, looser limit.
export const ROUTES: readonly Route[] = [
  {
    prefix: '/api/v1/certificates/verify',
    service: 'certificates',
    rewrite: '/certificates/verify',
    limit: 'verify',
  },
  { prefix: '/api/v1/auth', service: 'users', rewrite: '/auth', limit: 'auth' },
  { prefix: '/api/v1/users', service: 'users', rewrite: '/users', limit: 'api' },
  { prefix: '/api/v1/courses', service: 'courses', rewrite: '/courses', limit: 'api' },
  { prefix: '/api/v1/enrollments', service: 'enrollments', rewrite: '/enrollments', limit: 'api' },
  // The payment provider's signed webhook (a server-to-server call, so no bearer token).
  { prefix: '/api/v1/payments/webhook', service: 'enrollments', rewrite: '/payments/webhook', limit: 'api' },
  // The test payment provider's checkout page (PAYMENTS_PROVIDER=test only).
  { prefix: '/checkout', service: 'enrollments', rewrite: '/checkout', limit: 'api' },
  { prefix: '/api/v1/progress', service: 'progress', rewrite: '/progress', limit: 'api' },
  { prefix: '/api/v1/certificates', service: 'certificates', rewrite: '/certificates', limit: 'api' },
  { prefix: '/verify', service: 'certificates', rewrite: '/verify', limit: 'verify' },
  // Each outbox's dead letters (admin): the service's own name is in the path it serves.
  ...(['users', 'courses', 'enrollments', 'progress', 'certificates'] as const).map((service) => ({
    prefix: `/api/v1/admin/events/${service}`,
    service,
    rewrite: `/admin/events/${service}`,
    limit: 'api' as const,
  })),
  {
    prefix: '/.well-known/jwks.json',
    service: 'certificates',
    rewrite: '/.well-known/jwks.json',
    limit: 'verify',
  },
]

export interface ResolvedRoute {
  service: ServiceName
  /** Path and query string as the service sees them. */
  url: string
  /** What the gateway strips from the public path (`/api/v1`), for `X-Forwarded-Prefix`. */
  prefix: string
  limit: Route['limit']
}

/**
 * Maps a public URL to a service URL, as the Nginx config does. The path is normalised first
 * (`..`, `%2e`), and nothing that would reach an `/internal` route is ever routed.
 */
export function resolveRoute(rawUrl: string): ResolvedRoute | undefined {
  let parsed: URL
  try {
    parsed = new URL(rawUrl, 'http://gateway')
  } catch {
    return undefined
  }
  const path = parsed.pathname
  if (/(^|\/)internal(\/|$)/i.test(safeDecode(path))) return undefined
  for (const route of ROUTES) {
    if (path === route.prefix || path.startsWith(`${route.prefix}/`)) {
      return {
        service: route.service,
        url: route.rewrite + path.slice(route.prefix.length) + parsed.search,
        prefix: route.prefix.slice(0, route.prefix.length - route.rewrite.length),
        limit: route.limit,
      }
    }
  }
  return undefined
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** The public prefix of a service path, for the merged API docs. */
export function publicPathFor(servicePath: string): string | undefined {
  if (servicePath.startsWith('/internal') || servicePath.startsWith('/health')) return undefined
  if (servicePath.startsWith('/verify') || servicePath.startsWith('/.well-known/')) return servicePath
  if (servicePath.startsWith('/docs') || servicePath === '/openapi.json') return undefined
  return `/api/v1${servicePath}`
}

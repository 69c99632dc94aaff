import compress from '@fastify/compress'
import cors from '@fastify/cors'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import {
  answerUnrouted,
  createClientErrorHandler,
  createMethodIndex,
  endServerSpan,
  errorBody,
  type HttpServer,
  observeRequest,
  serverOptions,
  startServerSpan,
  swaggerUiOptions,
  traceHeaders,
  writeAccessLog,
} from '@smartcourse/service-kit'
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import { mergeOpenApi } from './openapi.js'
import { createRateLimiter, type RateLimit } from './rate-limit.js'
import { ROUTES, resolveRoute, SERVICE_LABELS, type ServiceName } from './routes-table.js'
import { registerWebApp } from './web-app.js'

export interface GatewayOptions {
  services: Record<ServiceName, HttpServer>
  corsOrigins: string[] | '*'
  limits: { auth: RateLimit; api: RateLimit; verify: RateLimit }
  /** Requests in flight per client IP on the auth routes. */
  authConnectionLimit: number
  bodyLimitBytes: number
  /** TRUST_PROXY: hops or addresses/CIDRs whose X-Forwarded-For is believed; unset: none. */
  trustProxy?: string
  upstreamTimeoutMs: number
  logLevel: string
  nodeEnv: string
  version: string
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'upgrade',
  'host',
])
const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}
/** The guide's preflight list, plus the request id clients may send. */
const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-Request-ID',
  'DNT',
  'User-Agent',
  'X-Requested-With',
  'If-Modified-Since',
  'Cache-Control',
  'Range',
]
/** The code docs/API.md#errors gives each status the gateway itself may answer with. */
const GATEWAY_CODES: Record<number, { status: number; code: string }> = {
  404: { status: 404, code: 'NOT_FOUND' },
  413: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
}

declare module 'fastify' {
  interface FastifyRequest {
    upstreamMs: number | undefined
    /** The answer is the service's own: the service wrote the access line. */
    answeredByService: boolean
  }
  interface FastifyContextConfig {
    /** Forwarded to a service, which answers its own 404/405. */
    proxied?: boolean
  }
}

const GATEWAY = 'api-gateway'

/**
 * The embedded gateway: the same public behaviour as the Nginx config (docs/API.md#gateway-and-rate-limits) in front of
 * services that live in this process and answer through `inject`.
 */
export async function createGateway(options: GatewayOptions) {
  const app = Fastify({
    // Only these proxies may name the client (X-Forwarded-For); rate limits key on the result.
    ...serverOptions({
      name: GATEWAY,
      logLevel: options.logLevel,
      nodeEnv: options.nodeEnv,
      bodyLimitBytes: options.bodyLimitBytes,
      trustProxy: options.trustProxy,
    }),
    // What fails before any hook runs still gets the docs/API.md#errors body, the security headers and an id.
    frameworkErrors: (_error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      reply.headers({ ...SECURITY_HEADERS, 'x-request-id': String(request.id) })
      return reply.code(422).send(errorBody('VALIDATION_ERROR', 'The URL is not valid'))
    },
    clientErrorHandler: createClientErrorHandler(SECURITY_HEADERS),
  })
  app.decorateRequest('upstreamMs', undefined)
  app.decorateRequest('answeredByService', false)
  app.decorateRequest('traceContext', undefined)

  // Bodies are passed through untouched; each service validates its own.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    request.traceContext = startServerSpan(GATEWAY, request)
  })
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS)
    return payload
  })
  app.addHook('onResponse', async (request, reply) => {
    endServerSpan(request, reply)
    observeRequest(GATEWAY, request, reply)
    // One access line per request: a proxied answer is logged by the service that gave it, with
    // its route template and user; the gateway logs what it answers itself (429, 404, 502 …).
    if (!request.answeredByService) writeAccessLog(request, reply)
  })

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500
    if (status < 500) {
      // Anything else the gateway refuses by itself (bad compression, media type) is bad input.
      const { status: spec, code } = GATEWAY_CODES[status] ?? { status: 422, code: 'VALIDATION_ERROR' }
      return reply.code(spec).send(errorBody(code, error.message))
    }
    request.log.error({ err: error }, 'gateway error')
    return reply.code(500).send(errorBody('INTERNAL_ERROR', 'Internal server error'))
  })
  // The gateway's own paths (/, /health, /docs …) answer a wrong method with 405 and `Allow`;
  // proxied paths get the service's answer, 405 included.
  const ownMethods = createMethodIndex()
  app.addHook('onRoute', (route) => {
    if (!route.config?.proxied) ownMethods.add(route)
  })
  app.setNotFoundHandler((request, reply) => answerUnrouted(ownMethods, request, reply))

  await app.register(cors, {
    origin: options.corsOrigins,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: ['X-Request-ID', 'Retry-After'],
    maxAge: 86400,
    // Like the Nginx config: every OPTIONS is answered 204, even without Origin (no 400 text).
    strictPreflight: false,
  })
  await app.register(compress, { threshold: 1024, encodings: ['gzip', 'deflate'] })

  const document = await mergeOpenApi(options.services, options.version)
  await app.register(swagger, { mode: 'static', specification: { document: document as never } })
  await app.register(swaggerUi, swaggerUiOptions(document.info.title))
  app.get('/openapi.json', async () => document)
  await registerWebApp(app)

  app.get('/', async () => ({ message: 'SmartCourse API Gateway', version: options.version, docs: '/docs' }))
  app.get('/health', async (_request, reply) => {
    const dependencies: Record<string, 'up' | 'down'> = {}
    for (const [name, service] of Object.entries(options.services)) {
      const response = await service.inject({ method: 'GET', url: '/health' }).catch(() => undefined)
      dependencies[SERVICE_LABELS[name as ServiceName]] = response?.statusCode === 200 ? 'up' : 'down'
    }
    const healthy = Object.values(dependencies).every((state) => state === 'up')
    reply.code(healthy ? 200 : 503)
    return {
      status: healthy ? 'healthy' : 'unhealthy',
      service: GATEWAY,
      version: options.version,
      dependencies,
    }
  })

  const inFlight = new Map<string, number>()
  const limitAuthConnections = async (request: FastifyRequest, reply: FastifyReply) => {
    const count = (inFlight.get(request.ip) ?? 0) + 1
    if (count > options.authConnectionLimit) {
      reply.header('retry-after', '1')
      return reply.code(429).send(errorBody('RATE_LIMIT_EXCEEDED', 'Too many concurrent requests'))
    }
    inFlight.set(request.ip, count)
    reply.raw.once('close', () => {
      const left = (inFlight.get(request.ip) ?? 1) - 1
      if (left <= 0) inFlight.delete(request.ip)
      else inFlight.set(request.ip, left)
    })
  }

  // One limiter per zone, shared by its routes, as Nginx's limit_req_zone is; the route table
  // says which zone a prefix is in.
  const limiters = {
    auth: createRateLimiter(options.limits.auth),
    api: createRateLimiter(options.limits.api),
    verify: createRateLimiter(options.limits.verify),
  }
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const
  for (const route of ROUTES) {
    const limiter = limiters[route.limit]
    const limitRate = async (request: FastifyRequest, reply: FastifyReply) => {
      if (limiter.allow(request.ip)) return
      // Nginx answers its own 429 with Retry-After: 1 (default.conf.template).
      reply.header('retry-after', '1')
      return reply
        .code(429)
        .send(errorBody('RATE_LIMIT_EXCEEDED', 'Too many requests. Please try again later.'))
    }
    for (const url of [route.prefix, `${route.prefix}/*`]) {
      app.route({
        method: [...methods],
        url,
        config: { proxied: true },
        onRequest: limitRate,
        preHandler: route.limit === 'auth' ? limitAuthConnections : undefined,
        handler: (request, reply) => forward(request, reply),
      })
    }
  }

  async function forward(request: FastifyRequest, reply: FastifyReply) {
    const route = resolveRoute(request.url)
    if (!route) return answerUnrouted(ownMethods, request, reply)
    const headers: Record<string, string | string[] | undefined> = {
      ...request.headers,
      'x-request-id': String(request.id),
    }
    for (const name of [...HOP_BY_HOP, 'accept-encoding']) delete headers[name]
    headers['x-forwarded-for'] = request.ip
    if (route.prefix) headers['x-forwarded-prefix'] = route.prefix
    else delete headers['x-forwarded-prefix']
    delete headers.traceparent
    delete headers.tracestate
    Object.assign(headers, traceHeaders(request.traceContext))
    const started = performance.now()
    const upstream = options.services[route.service].inject({
      method: request.method as 'GET',
      url: route.url,
      headers,
      payload: request.body as Buffer | undefined,
    })
    const response = await withTimeout(upstream, options.upstreamTimeoutMs).catch((error: Error) => error)
    request.upstreamMs = performance.now() - started
    if (response instanceof TimeoutError) {
      return reply.code(504).send(errorBody('GATEWAY_TIMEOUT', 'The service took too long to answer'))
    }
    if (response instanceof Error) {
      request.log.error({ err: response, service: route.service }, 'upstream failed')
      return reply.code(502).send(errorBody('SERVICE_UNAVAILABLE', 'Service temporarily unavailable'))
    }
    request.answeredByService = true
    reply.code(response.statusCode)
    for (const [name, value] of Object.entries(response.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) reply.header(name, value)
    }
    return reply.send(response.rawPayload)
  }

  return app
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

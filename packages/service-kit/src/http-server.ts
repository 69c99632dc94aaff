import type { Duplex } from 'node:stream'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify'
import { writeAccessLog } from './access-log.js'
import type { Actor } from './auth/actor.js'
import {
  AppError,
  errorBody,
  hasSqlState,
  isConnectionFailure,
  RETRY_AFTER_SECONDS,
  ValidationError,
} from './errors.js'
import { answerUnrouted, createMethodIndex } from './method-not-allowed.js'
import { collectProcessMetrics, observeRequest, renderMetrics } from './metrics.js'
import { hoistComponents } from './openapi-components.js'
import { documentRoute, ERROR_RESPONSE_ID, ErrorResponseComponent } from './openapi-docs.js'
import { requestContext } from './request-context.js'
import { serverOptions } from './server-options.js'
import { MessageResponse } from './schemas.js'
import { PLATFORM_TITLE, swaggerUiOptions } from './swagger-ui.js'
import { endServerSpan, startServerSpan } from './tracing.js'
import { createValidatorCompiler, MAX_JSON_DEPTH, nestsDeeperThan } from './validation.js'

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined
  }
}

/** A dependency's probe: resolves when it is up. `critical` ones turn /health into a 503 when down. */
export interface HealthCheck {
  check: () => Promise<unknown>
  critical: boolean
}

export interface HttpServerOptions {
  name: string
  version?: string
  description?: string
  config: { LOG_LEVEL: string; NODE_ENV: string; BODY_LIMIT_BYTES: number; TRUST_PROXY?: string }
  health?: Record<string, HealthCheck>
  /** The access-log line per request (see access-log.ts); off only in tests that want quiet. */
  requestLogging?: boolean
  /** Named schemas (see namedSchemas) that become shared OpenAPI components where they are used. */
  components?: Record<string, object>
}

export type HttpServer = FastifyInstance<any, any, any, any, TypeBoxTypeProvider>

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
}
/** At most this many entries in a 422's `details`; the message gives the total. */
export const MAX_ERROR_DETAILS = 20

/** docs/API.md#errors ties these codes to one status, whatever status Fastify raised them with. */
const CODE_STATUS: Record<string, number> = { VALIDATION_ERROR: 422, NOT_FOUND: 404 }

/**
 * A Fastify server with what every service shares: request ids, JSON logs, strict body
 * validation, docs/API.md#errors error bodies for every failure, /health, /docs and /openapi.json.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { name, version = '1.0.0', config } = options
  const app = Fastify({
    ...serverOptions({
      name,
      logLevel: config.LOG_LEVEL,
      nodeEnv: config.NODE_ENV,
      bodyLimitBytes: config.BODY_LIMIT_BYTES,
      trustProxy: config.TRUST_PROXY,
    }),
    // Long path params reach validation (422) instead of the router's bare 414; Node's header
    // limit (16 KiB) bounds the whole URL anyway.
    routerOptions: { maxParamLength: 16_384 },
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: createClientErrorHandler(),
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.setValidatorCompiler(createValidatorCompiler())
  app.setSchemaErrorFormatter((errors, dataVar) => {
    const error = new Error(`Invalid ${dataVar}`) as FastifyError
    error.validation = errors as any
    error.validationContext = dataVar as any
    return error
  })
  app.decorateRequest('actor', undefined)
  app.decorateRequest('traceContext', undefined)
  collectProcessMetrics()

  // An empty body sent as JSON (what many clients do for action routes) counts as no body.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body)
    if (text.trim() === '') return done(null, undefined)
    if (nestsDeeperThan(text)) {
      return done(
        new ValidationError(`The request body is nested deeper than ${MAX_JSON_DEPTH} levels`),
        undefined,
      )
    }
    return parseJson(request, text, done)
  })

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id)
    request.traceContext = startServerSpan(name, request)
    requestContext.run({ requestId: String(request.id), traceContext: request.traceContext }, done)
  })
  app.addHook('onResponse', async (request, reply) => {
    endServerSpan(request, reply)
    observeRequest(name, request, reply)
    if (options.requestLogging !== false) writeAccessLog(request, reply)
  })

  app.setErrorHandler((error: FastifyError, request, reply) => sendError(reply, error, request.log))
  const methods = createMethodIndex()
  app.addHook('onRoute', (route) => methods.add(route))
  app.setNotFoundHandler((request, reply) => answerUnrouted(methods, request, reply))

  app.addSchema(ErrorResponseComponent)
  await app.register(swagger, {
    transform: documentRoute,
    // Shared schemas (those with an $id) become components named by their $id.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    openapi: {
      openapi: '3.1.0',
      info: { title: name, version, description: options.description },
      components: {
        schemas: { MessageResponse, ...options.components } as never,
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
  })
  await app.register(swaggerUi, swaggerUiOptions(`${PLATFORM_TITLE} · ${name}`))
  app.get('/openapi.json', { schema: { hide: true } }, async () =>
    hoistComponents(app.swagger() as never, [ERROR_RESPONSE_ID]),
  )
  // Prometheus text for scraping. Services are never routed by the gateways, so /metrics is
  // reachable only inside the deployment (all-in-one serves it on its own port: METRICS_PORT).
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    const { contentType, body } = await renderMetrics()
    return reply.type(contentType).send(body)
  })

  async function checkDependencies() {
    const dependencies: Record<string, 'up' | 'down'> = {}
    let healthy = true
    await Promise.all(
      Object.entries(options.health ?? {}).map(async ([dependency, probe]) => {
        const up = await probe.check().then(
          () => true,
          () => false,
        )
        dependencies[dependency] = up ? 'up' : 'down'
        if (!up && probe.critical) healthy = false
      }),
    )
    return { healthy, dependencies }
  }
  const reportHealth = async (_request: FastifyRequest, reply: FastifyReply) => {
    const { healthy, dependencies } = await checkDependencies()
    reply.code(healthy ? 200 : 503)
    return { status: healthy ? 'healthy' : 'unhealthy', service: name, version, dependencies }
  }
  app.get('/health', { schema: { hide: true } }, reportHealth)
  // Readiness (take traffic?): the critical dependencies answer. Same answer as /health.
  app.get('/health/ready', { schema: { hide: true } }, reportHealth)
  // Liveness (restart me?): the process answers; no dependency is asked, so an outage of the
  // database never gets healthy pods restarted.
  app.get('/health/live', { schema: { hide: true } }, async () => ({
    status: 'alive',
    service: name,
    version,
  }))

  return app
}

function sendError(reply: FastifyReply, error: FastifyError, log: FastifyInstance['log']) {
  if (error instanceof AppError) {
    reply.headers(error.headers)
    return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details))
  }
  if (error.validation) {
    // Bounded answer and work, however many problems a body has (116k unknown keys in 1 MiB).
    const total = error.validation.length
    const details = error.validation.slice(0, MAX_ERROR_DETAILS).map((issue) => {
      const field = fieldPath(String(error.validationContext ?? 'body'), issue)
      const allowed = issue.keyword === 'enum' ? issue.params?.allowedValues : undefined
      if (!Array.isArray(allowed)) return { field, message: issue.message ?? 'is invalid' }
      return { field, message: `must be one of: ${allowed.join(', ')}`, allowed }
    })
    const message =
      total > MAX_ERROR_DETAILS
        ? `Request validation failed: ${total} problems, the first ${MAX_ERROR_DETAILS} are listed`
        : 'Request validation failed'
    return reply.code(422).send(errorBody('VALIDATION_ERROR', message, details))
  }
  // PostgreSQL's class 22 (data exception, e.g. an out-of-range value) means the input was bad.
  if (isDataException(error)) {
    return reply
      .code(422)
      .send(errorBody('VALIDATION_ERROR', 'The request contains a value the database cannot store'))
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply
      .code(422)
      .send(errorBody('VALIDATION_ERROR', 'The request body must be JSON (application/json)'))
  }
  const status = error.statusCode ?? 500
  if (status === 400 && error.code?.startsWith('FST_ERR_CTP')) {
    return reply.code(422).send(errorBody('VALIDATION_ERROR', 'The request body is not valid JSON'))
  }
  if (status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'VALIDATION_ERROR'
    if (code === 'UNAUTHORIZED') reply.header('www-authenticate', 'Bearer')
    return reply.code(CODE_STATUS[code] ?? status).send(errorBody(code, error.message))
  }
  if (isConnectionFailure(error)) {
    log.warn({ err: error }, 'a dependency is unavailable')
    reply.header('retry-after', String(RETRY_AFTER_SECONDS))
    return reply
      .code(503)
      .send(errorBody('SERVICE_UNAVAILABLE', 'A service this request needs is unavailable; retry shortly'))
  }
  log.error({ err: error }, 'unhandled error')
  return reply.code(500).send(errorBody('INTERNAL_ERROR', 'Internal server error'))
}

/** SQLSTATE class 22: data exception. */
const isDataException = (error: unknown) => hasSqlState(error, /^22[0-9A-Z]{3}$/)

/**
 * Errors Fastify's router raises before any hook runs (a path that is not valid percent-encoding,
 * an over-long parameter): answered in the docs/API.md#errors shape like every other bad input.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id)
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long' : 'The URL is not valid'
  return reply.code(422).send(errorBody('VALIDATION_ERROR', message))
}

/**
 * What Node's HTTP parser rejects before Fastify sees a request (headers or URL beyond 16 KiB,
 * malformed HTTP) gets the docs/API.md#errors body too, with `headers` added (e.g. a gateway's security
 * headers). Hand the result to Fastify's `clientErrorHandler` option.
 */
export function createClientErrorHandler(headers: Record<string, string> = {}) {
  return (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return
    const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    const [status, reason] = timeout ? [408, 'Request Timeout'] : [422, 'Unprocessable Entity']
    const message = timeout
      ? 'The request was not received in time'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'The request URL or headers are too large'
        : 'The request is not valid HTTP'
    const body = JSON.stringify(errorBody(timeout ? 'REQUEST_TIMEOUT' : 'VALIDATION_ERROR', message))
    const lines = [
      `HTTP/1.1 ${status} ${reason}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ]
    if (socket.writable) socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`)
    socket.destroy(error)
  }
}

function fieldPath(part: string, issue: { instancePath?: string; params?: Record<string, unknown> }) {
  const segments = (issue.instancePath ?? '').split('/').filter(Boolean)
  const extra = issue.params?.additionalProperty ?? issue.params?.missingProperty
  if (typeof extra === 'string') segments.push(extra)
  return [part, ...segments].join('.')
}

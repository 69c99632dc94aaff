import type { TokenService } from './auth/tokens.js'
import { ServiceUnavailableError } from './errors.js'
import type { HttpServer } from './http-server.js'
import { ROOT_CONTEXT } from '@opentelemetry/api'
import { currentRequestId, currentTraceContext } from './request-context.js'
import { inSpan, SpanKind, traceHeaders } from './tracing.js'

export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
}

export interface ServiceResponse<T = unknown> {
  status: number
  body: T
}

/**
 * A call to another service's internal route, carrying a service token and the request id.
 * A peer that cannot be reached, times out or fails with 5xx throws ServiceUnavailableError.
 */
export interface ServiceClient {
  request<T = unknown>(request: ServiceRequest): Promise<ServiceResponse<T>>
}

interface ClientOptions {
  caller: string
  target: string
  tokens: TokenService
}

const DEFAULT_TIMEOUT_MS = 5000

function createHeaderSource({ caller, target, tokens }: ClientOptions) {
  let token = ''
  let issuedAt = 0
  return () => {
    // A token names this caller and this target (aud) and lives two minutes; reissue every
    // minute instead of per call.
    if (Date.now() - issuedAt > 60_000) {
      token = tokens.issueServiceToken(caller, target)
      issuedAt = Date.now()
    }
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    }
    const requestId = currentRequestId()
    if (requestId) headers['x-request-id'] = requestId
    return headers
  }
}

/** A client span for the call, whose `traceparent` goes to the peer (W3C trace context). */
function traced<T>(
  options: ClientOptions,
  request: ServiceRequest,
  send: (trace: Record<string, string>) => Promise<T>,
) {
  const parent = currentTraceContext() ?? ROOT_CONTEXT
  return inSpan(
    options.caller,
    `${request.method} ${options.target}`,
    SpanKind.CLIENT,
    parent,
    (context, span) => {
      span.setAttribute('url.path', request.path)
      return send(traceHeaders(context))
    },
  )
}

function unavailable(target: string, status?: number) {
  const suffix = status ? ` (status ${status})` : ''
  return new ServiceUnavailableError(`${target} is unavailable${suffix}`)
}

/** Over HTTP, for the distributed form. */
export function createHttpServiceClient(
  options: ClientOptions & { baseUrl: string; timeoutMs?: number },
): ServiceClient {
  const headers = createHeaderSource(options)
  const baseUrl = options.baseUrl.replace(/\/$/, '')
  return {
    request<T>(request: ServiceRequest) {
      return traced(options, request, (trace) => send<T>(request, trace))
    },
  }

  async function send<T>({ method, path, body }: ServiceRequest, trace: Record<string, string>) {
    let response: Response
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...headers(), ...trace },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      })
    } catch {
      throw unavailable(options.target)
    }
    if (response.status >= 500) throw unavailable(options.target, response.status)
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T }
  }
}

/** In the same process (all-in-one): the peer's Fastify app answers through `inject`. */
export function createInProcessServiceClient(
  options: ClientOptions & { app: () => HttpServer | undefined },
): ServiceClient {
  const headers = createHeaderSource(options)
  return {
    request<T>(request: ServiceRequest) {
      return traced(options, request, (trace) => send<T>(request, trace))
    },
  }

  async function send<T>({ method, path, body }: ServiceRequest, trace: Record<string, string>) {
    const app = options.app()
    if (!app) throw unavailable(options.target)
    const response = await app.inject({
      method,
      url: path,
      headers: { ...headers(), ...trace },
      payload: body as any,
    })
    if (response.statusCode >= 500) throw unavailable(options.target, response.statusCode)
    return { status: response.statusCode, body: (response.body ? response.json() : undefined) as T }
  }
}

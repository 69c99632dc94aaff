import {
  type Context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  TracerProvider,
} from '@opentelemetry/sdk-trace'
import type { FastifyReply, FastifyRequest } from 'fastify'

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's server span in its context (a no-op span while tracing is off). */
    traceContext: Context | undefined
  }
}

// W3C trace context is always read and written, so a `traceparent` passes through every hop and
// its trace id reaches the access log even while no spans are exported.
propagation.setGlobalPropagator(new W3CTraceContextPropagator())

export interface TracingOptions {
  /** `service.name` of the spans this process exports. */
  serviceName: string
  env?: Record<string, string | undefined>
  /** Tests: export to this (e.g. an InMemorySpanExporter) synchronously instead of OTLP. */
  exporter?: SpanExporter
}

/**
 * Turns tracing on: the official SDK with the OTLP/HTTP exporter when OTEL_EXPORTER_OTLP_ENDPOINT
 * is set (the exporter reads the standard OTEL_EXPORTER_OTLP_* variables), else nothing is
 * recorded. Returns the provider (to shut down, which flushes) or undefined when off.
 */
export function startTracing(options: TracingOptions): TracerProvider | undefined {
  const env = options.env ?? process.env
  if (!options.exporter && !env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined
  const processor = options.exporter
    ? new SimpleSpanProcessor({ exporter: options.exporter })
    : new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? options.serviceName }),
    spanProcessors: [processor],
  })
  trace.disable()
  trace.setGlobalTracerProvider(provider)
  return provider
}

/** Starts the server span of a request, continuing the caller's `traceparent` if it sent one. */
export function startServerSpan(service: string, request: FastifyRequest): Context {
  const parent = propagation.extract(ROOT_CONTEXT, request.headers)
  const route = request.routeOptions.url
  const span = trace.getTracer(service).startSpan(
    `${request.method} ${route ?? 'unmatched'}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'smartcourse.service': service,
        'http.request.method': request.method,
        ...(route ? { 'http.route': route } : {}),
      },
    },
    parent,
  )
  return trace.setSpan(parent, span)
}

export function endServerSpan(request: FastifyRequest, reply: FastifyReply) {
  const span = request.traceContext && trace.getSpan(request.traceContext)
  if (!span) return
  span.setAttribute('http.response.status_code', reply.statusCode)
  if (request.actor) span.setAttribute('enduser.id', String(request.actor.id))
  if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
  span.end()
}

/** The trace id of a request (from its span, or the caller's traceparent while tracing is off). */
export function traceIdOf(request: FastifyRequest): string | undefined {
  const spanContext = request.traceContext && trace.getSpanContext(request.traceContext)
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined
}

/** `{ traceparent, tracestate? }` for a context, empty when it carries no valid span. */
export function traceHeaders(context: Context | undefined): Record<string, string> {
  const carrier: Record<string, string> = {}
  if (context) propagation.inject(context, carrier)
  return carrier
}

/** The context a stored `traceparent` (e.g. an outbox row's) stands for. */
export function contextFromTraceparent(traceparent: string | null | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT
}

/**
 * Runs `work` inside a span that is a child of `parent` and hands it the span's context; the span
 * ends (marked as an error if `work` throws) when it settles.
 */
export async function inSpan<T>(
  tracer: string,
  name: string,
  kind: SpanKind,
  parent: Context,
  work: (context: Context, span: Span) => Promise<T>,
): Promise<T> {
  const span = trace.getTracer(tracer).startSpan(name, { kind }, parent)
  try {
    return await work(trace.setSpan(parent, span), span)
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) })
    throw error
  } finally {
    span.end()
  }
}

export { SpanKind }

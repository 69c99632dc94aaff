import { AsyncLocalStorage } from 'node:async_hooks'
import type { Context } from '@opentelemetry/api'

/** What a request carries into calls to other services without threading it through every function. */
export interface RequestContext {
  requestId?: string
  /** The span calls to other services and events written now are children of. */
  traceContext?: Context
}

export const requestContext = new AsyncLocalStorage<RequestContext>()

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId
}

export function currentTraceContext(): Context | undefined {
  return requestContext.getStore()?.traceContext
}

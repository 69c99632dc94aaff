import { AsyncLocalStorage } from 'node:async_hooks'

/** What a request carries into calls to other services without threading it through every function. */
export interface RequestContext {
  requestId: string
}

export const requestContext = new AsyncLocalStorage<RequestContext>()

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId
}

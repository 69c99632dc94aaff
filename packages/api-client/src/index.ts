import createClient from 'openapi-fetch'
import type { components, paths } from './schema.js'
import { Session, type SessionOptions } from './session.js'

export { ApiError, type ErrorBody, fieldErrors, toApiError } from './errors.js'
export type { paths, components }
export {
  type RefreshTokenStore,
  SESSION_ENDED_MESSAGE,
  Session,
  type SessionOptions,
  type TokenPair,
} from './session.js'

/** The JSON a path answers with on success (200 or 201). */
export type ResponseOf<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'patch' | 'delete',
> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never

export type ApiClient = ReturnType<typeof createClient<paths>>

/** A typed client of the public API (paths under /api/v1) that signs requests with `session`. */
export function createApiClient(options: SessionOptions) {
  const session = new Session(options)
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: session.fetch })
  return { client, session }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthGuards } from './auth/guards.js'
import { createTokenService } from './auth/tokens.js'
import { createCache } from './cache.js'
import { createHttpServer, type HttpServer } from './http-server.js'
import {
  createHttpServiceClient,
  createInProcessServiceClient,
  type ServiceClient,
} from './service-client.js'

const config = { LOG_LEVEL: 'silent', NODE_ENV: 'test', BODY_LIMIT_BYTES: 1024 }
const tokens = createTokenService({ secret: 's'.repeat(32), cache: createCache({}) })
let peer: HttpServer
let caller: HttpServer

/** A caller service whose route asks its peer over `client`, as the services do. */
async function callerUsing(client: ServiceClient) {
  const app = await createHttpServer({ name: 'caller', config })
  app.get('/ask', async () => (await client.request({ method: 'GET', path: '/internal/echo' })).body)
  return app
}

beforeAll(async () => {
  peer = await createHttpServer({ name: 'peer', config })
  peer.get(
    '/internal/echo',
    { onRequest: createAuthGuards(tokens, 'peer').service('caller') },
    async (request) => ({
      request_id: request.headers['x-request-id'],
    }),
  )
  await peer.listen({ port: 0, host: '127.0.0.1' })
  caller = await callerUsing(
    createInProcessServiceClient({ caller: 'caller', target: 'peer', tokens, app: () => peer }),
  )
})
afterAll(async () => {
  await caller.close()
  await peer.close()
})

describe('service clients', () => {
  it('carry the request id and a service token to the peer, in-process', async () => {
    const response = await caller.inject({ url: '/ask', headers: { 'x-request-id': 'journey-42' } })
    expect(response.json()).toEqual({ request_id: 'journey-42' })
  })

  it('carry the request id and a service token to the peer, over HTTP', async () => {
    const { port } = peer.server.address() as { port: number }
    const overHttp = await callerUsing(
      createHttpServiceClient({
        caller: 'caller',
        target: 'peer',
        tokens,
        baseUrl: `http://127.0.0.1:${port}`,
      }),
    )
    const response = await overHttp.inject({ url: '/ask', headers: { 'x-request-id': 'journey-43' } })
    expect(response.json()).toEqual({ request_id: 'journey-43' })
    await overHttp.close()
  })

  it('answer 503 SERVICE_UNAVAILABLE when the peer cannot be reached', async () => {
    const unreachable = await callerUsing(
      createHttpServiceClient({ caller: 'caller', target: 'peer', tokens, baseUrl: 'http://127.0.0.1:1' }),
    )
    const response = await unreachable.inject('/ask')
    expect(response.statusCode).toBe(503)
    expect(response.json()).toMatchObject({ success: false, error_code: 'SERVICE_UNAVAILABLE' })
    await unreachable.close()
  })
})

import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeStripeRequest {
  method: string
  path: string
  form: URLSearchParams
  idempotencyKey: string | undefined
}

/** A local HTTP fake of the two Stripe endpoints enrollment-service calls. */
export async function startFakeStripe() {
  const requests: FakeStripeRequest[] = []
  const state = { down: false }
  const server = createServer(async (request: IncomingMessage, response) => {
    let body = ''
    for await (const chunk of request) body += chunk
    const form = new URLSearchParams(body)
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      form,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
    })
    const send = (status: number, json: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(json))
    }
    if (state.down) return send(500, { error: { type: 'api_error', message: 'down' } })
    if (request.method === 'POST' && request.url === '/v1/checkout/sessions') {
      const id = `cs_test_${randomBytes(8).toString('hex')}`
      return send(200, { id, object: 'checkout.session', url: `https://checkout.stripe.example/c/pay/${id}` })
    }
    if (request.method === 'POST' && request.url === '/v1/refunds') {
      return send(200, { id: `re_${randomBytes(8).toString('hex')}`, object: 'refund', status: 'succeeded' })
    }
    send(404, { error: { type: 'invalid_request_error', message: 'unknown endpoint' } })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    api: { host: '127.0.0.1', port, protocol: 'http' as const },
    requests,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

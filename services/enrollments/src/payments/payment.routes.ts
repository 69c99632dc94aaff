import { toMoney } from '@smartcourse/contracts'
import type { HttpServer } from '@smartcourse/service-kit'
import { Type } from 'typebox'
import { checkoutPage } from './checkout-page.js'
import type { PaymentService } from './payment.service.js'
import type { TestPaymentProvider } from './test-provider.js'

const WebhookResult = Type.Object({ status: Type.Enum(['processed', 'duplicate', 'ignored']) })
const SessionParams = Type.Object({
  session: Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_]+$' }),
})

/** POST /payments/webhook: the provider's signed events, verified against the raw body. */
export function paymentRoutes({ service: payments }: { service: PaymentService }) {
  return async (app: HttpServer) => {
    // This plugin only: keep the body as sent, since the signature covers the exact bytes.
    app.removeContentTypeParser('application/json')
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    )
    app.post(
      '/payments/webhook',
      {
        schema: {
          tags: ['payments'],
          operationId: 'receivePaymentWebhook',
          summary: "The payment provider's signed webhook (Stripe's scheme; replays are ignored)",
          response: { 200: WebhookResult },
        },
      },
      async (request) => ({
        status: await payments.handleWebhook(String(request.body ?? ''), request.headers),
      }),
    )
  }
}

/** The test provider's checkout page; its buttons send signed webhooks through the same path. */
export function testCheckoutRoutes(deps: {
  provider: TestPaymentProvider
  payments: PaymentService
  currency: string
}) {
  const { provider, payments, currency } = deps
  const findSession = payments.findCheckout
  return async (app: HttpServer) => {
    // The page's plain HTML forms post an empty form body.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, _body, done) => done(null, undefined),
    )
    const schema = { hide: true, params: SessionParams }
    app.get('/checkout/:session', { schema }, async (request, reply) => {
      const row = await findSession((request.params as { session: string }).session)
      reply.type('text/html; charset=utf-8')
      return checkoutPage({
        sessionId: row.checkoutSessionId!,
        courseTitle: row.courseTitle,
        amount: toMoney(row.paymentAmount ?? '0'),
        currency,
        open: row.status === 'pending_payment',
        status: row.status,
      })
    })
    for (const [action, type] of [
      ['pay', 'checkout.session.completed'],
      ['cancel', 'checkout.session.expired'],
    ] as const) {
      app.post(`/checkout/:session/${action}`, { schema }, async (request, reply) => {
        const row = await findSession((request.params as { session: string }).session)
        const { rawBody, headers } = provider.signedEvent(type, {
          id: row.checkoutSessionId!,
          amount: toMoney(row.paymentAmount ?? '0'),
          currency,
        })
        const status = await payments.handleWebhook(rawBody, headers)
        if ((request.headers.accept ?? '').includes('text/html')) {
          return reply.redirect(`/checkout/${encodeURIComponent(row.checkoutSessionId!)}`, 303)
        }
        return { status }
      })
    }
  }
}

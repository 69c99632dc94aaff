import { describe, expect, it } from 'vitest'
import { choosePaymentProvider } from '../src/payments/choose-provider.js'
import { type EnrollmentsTestApp, useEnrollmentsTestApp } from './helpers.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

async function pending() {
  const student = await t.user()
  const course = await t.course({ price: '199.00' })
  const response = await t.enroll(student, course.course_id)
  expect(response.statusCode).toBe(201)
  const enrollment = response.json()
  return { student, enrollment, path: new URL(enrollment.checkout_url).pathname }
}

describe('the test payment provider (PAYMENTS_PROVIDER=test)', () => {
  it("links to the platform's own checkout page, which says TEST MODE in large letters", async () => {
    const { enrollment, path } = await pending()
    expect(enrollment.checkout_url).toMatch(/^http:\/\/smartcourse\.test\/checkout\/cs_test_[0-9a-f]+$/)
    const page = await t.app.inject({ url: path })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.body).toMatch(/<h1>TEST MODE<\/h1>/)
    expect(page.body).toContain('h1{font-size:4rem')
    expect(page.body).toContain(`action="${path}/pay"`)
    expect(page.body).toContain(`action="${path}/cancel"`)
  })

  it('activates the enrollment when Pay is pressed, through the signed webhook path', async () => {
    const { student, enrollment, path } = await pending()
    const paid = await t.payTestCheckout(path)
    expect(paid.statusCode).toBe(303)
    expect(paid.headers.location).toBe(path)
    const after = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}`, headers: student.headers })
    ).json()
    expect(after).toMatchObject({ status: 'active', payment_status: 'completed', payment_amount: '199.00' })
    expect(after.payment_id).toMatch(/^pi_test_/)
    expect((await t.app.inject({ url: path })).body).toContain('This checkout is closed')
    expect((await t.app.inject({ method: 'POST', url: `${path}/pay` })).json()).toEqual({ status: 'ignored' })
  })

  it('drops the enrollment with "Payment not completed" when Cancel is pressed', async () => {
    const { student, enrollment, path } = await pending()
    expect((await t.app.inject({ method: 'POST', url: `${path}/cancel` })).json()).toEqual({
      status: 'processed',
    })
    const history = (
      await t.app.inject({ url: `/enrollments/${enrollment.id}/history`, headers: student.headers })
    ).json()
    expect(history.at(-1)).toMatchObject({ to_status: 'dropped', reason: 'Payment not completed' })
  })

  it('refuses a webhook not signed with its secret', async () => {
    const { path } = await pending()
    const response = await t.app.inject({
      method: 'POST',
      url: '/payments/webhook',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
      payload: JSON.stringify({
        id: 'evt_x',
        type: 'checkout.session.completed',
        data: { object: { id: path } },
      }),
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error_code).toBe('INVALID_SIGNATURE')
  })

  it('answers 404 for an unknown checkout session', async () => {
    expect((await t.app.inject({ url: '/checkout/cs_test_nobody' })).statusCode).toBe(404)
  })
})

describe('choosing the provider', () => {
  it('refuses the test provider in production, and Stripe without its keys', () => {
    const config = t.config
    expect(() =>
      choosePaymentProvider({ ...config, NODE_ENV: 'production', PAYMENTS_PROVIDER: 'test' }),
    ).toThrow(/refused in production/)
    expect(() => choosePaymentProvider({ ...config, PAYMENTS_PROVIDER: 'stripe' })).toThrow(
      /STRIPE_SECRET_KEY/,
    )
    const stripe = choosePaymentProvider({
      ...config,
      NODE_ENV: 'production',
      PAYMENTS_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_live_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
    })
    expect(stripe.name).toBe('stripe')
  })
})

import { randomBytes } from 'node:crypto'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStripeProvider } from '../src/payments/stripe-provider.js'
import { createEnrollmentsTestApp, type EnrollmentsTestApp, progressEvent } from './helpers.js'
import { startFakeStripe } from './stripe-fake.js'

const WEBHOOK_SECRET = 'whsec_test_secret_for_the_fake'
const signer = new Stripe('sk_test_signer')
let t: EnrollmentsTestApp
let stripe: Awaited<ReturnType<typeof startFakeStripe>>
type User = Awaited<ReturnType<EnrollmentsTestApp['user']>>

beforeAll(async () => {
  stripe = await startFakeStripe()
  t = await createEnrollmentsTestApp({
    config: { PAYMENTS_PROVIDER: 'stripe' },
    overrides: {
      payments: createStripeProvider({
        secretKey: 'sk_test_fake',
        webhookSecret: WEBHOOK_SECRET,
        publicBaseUrl: 'http://smartcourse.test',
        api: stripe.api,
      }),
    },
  })
})
afterAll(async () => {
  await t.close()
  await stripe.close()
})

const eventId = () => `evt_${randomBytes(10).toString('hex')}`

function stripeEvent(type: string, object: Record<string, unknown>, id = eventId()) {
  return JSON.stringify({
    id,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  })
}

function webhook(payload: string, secret = WEBHOOK_SECRET) {
  return t.app.inject({
    method: 'POST',
    url: '/payments/webhook',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret }),
    },
    payload,
  })
}

const completedEvent = (
  sessionId: string,
  amountTotal: number,
  id?: string,
  paymentIntent = `pi_${randomBytes(6).toString('hex')}`,
) =>
  stripeEvent(
    'checkout.session.completed',
    {
      id: sessionId,
      object: 'checkout.session',
      payment_status: 'paid',
      payment_intent: paymentIntent,
      amount_total: amountTotal,
      currency: 'usd',
    },
    id,
  )
const expiredEvent = (sessionId: string) =>
  stripeEvent('checkout.session.expired', {
    id: sessionId,
    object: 'checkout.session',
    payment_status: 'unpaid',
  })

/** A student holding a seat in a fresh 199.00 course, with the checkout session id. */
async function pending(overrides: Parameters<EnrollmentsTestApp['course']>[0] = {}) {
  const student = await t.user()
  const course = await t.course({ price: '199.00', ...overrides })
  const response = await t.enroll(student, course.course_id)
  expect(response.statusCode).toBe(201)
  const enrollment = response.json()
  const sessionId = enrollment.checkout_url.split('/').at(-1) as string
  return { student, course, enrollment, sessionId }
}

const get = async (student: User, id: number) =>
  (await t.app.inject({ url: `/enrollments/${id}`, headers: student.headers })).json()
const history = async (student: User, id: number) =>
  (await t.app.inject({ url: `/enrollments/${id}/history`, headers: student.headers })).json()

describe('paying for a course through Stripe Checkout', () => {
  it('holds a seat as pending_payment with the checkout link, for the course price', async () => {
    const before = t.clock.now().getTime()
    const { enrollment, course, sessionId } = await pending()
    expect(enrollment).toMatchObject({
      status: 'pending_payment',
      payment_status: 'pending',
      payment_amount: '199.00',
      payment_id: null,
    })
    expect(enrollment.checkout_url).toBe(`https://checkout.stripe.example/c/pay/${sessionId}`)
    const holdEnds = new Date(enrollment.payment_hold_expires_at).getTime()
    expect(holdEnds - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000)
    expect(holdEnds - before).toBeLessThan(31 * 60_000)
    const created = stripe.requests.findLast((request) => request.path === '/v1/checkout/sessions')!
    expect(created.form.get('mode')).toBe('payment')
    expect(created.form.get('line_items[0][price_data][unit_amount]')).toBe('19900')
    expect(created.form.get('line_items[0][price_data][currency]')).toBe('usd')
    expect(created.form.get('line_items[0][price_data][product_data][name]')).toBe(course.title)
    expect(created.form.get('expires_at')).toBe(String(Math.floor(holdEnds / 1000)))
  })

  it('gives no content access while pending: the status is not active', async () => {
    const { student, enrollment } = await pending()
    const mine = await t.app.inject({ url: '/enrollments/my-courses', headers: student.headers })
    expect(mine.json().items[0]).toMatchObject({
      status: 'pending_payment',
      checkout_url: enrollment.checkout_url,
    })
  })

  it('activates on a signed checkout.session.completed with the payment id and amount', async () => {
    const { student, enrollment, sessionId } = await pending()
    const response = await webhook(completedEvent(sessionId, 19900, undefined, 'pi_paid_1'))
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'processed' })
    expect(await get(student, enrollment.id)).toMatchObject({
      status: 'active',
      payment_status: 'completed',
      payment_id: 'pi_paid_1',
      payment_amount: '199.00',
      checkout_url: null,
    })
    expect((await history(student, enrollment.id)).at(-1)).toMatchObject({
      from_status: 'pending_payment',
      to_status: 'active',
      reason: 'Payment completed',
      changed_by: null,
    })
  })

  it('answers 400 INVALID_SIGNATURE to a forged or missing signature and changes nothing', async () => {
    const { student, enrollment, sessionId } = await pending()
    const forged = await webhook(completedEvent(sessionId, 19900), 'whsec_someone_else')
    expect(forged.statusCode).toBe(400)
    expect(forged.json().error_code).toBe('INVALID_SIGNATURE')
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/payments/webhook',
      headers: { 'content-type': 'application/json' },
      payload: completedEvent(sessionId, 19900),
    })
    expect(unsigned.statusCode).toBe(400)
    expect((await get(student, enrollment.id)).status).toBe('pending_payment')
  })

  it('applies a replayed event once', async () => {
    const { student, enrollment, sessionId } = await pending()
    const id = eventId()
    expect((await webhook(completedEvent(sessionId, 19900, id))).json()).toEqual({ status: 'processed' })
    expect((await webhook(completedEvent(sessionId, 19900, id))).json()).toEqual({ status: 'duplicate' })
    expect(
      (await history(student, enrollment.id)).filter(
        (entry: { to_status: string }) => entry.to_status === 'active',
      ),
    ).toHaveLength(1)
  })

  it('ignores an expiry that arrives after the completion', async () => {
    const { student, enrollment, sessionId } = await pending()
    await webhook(completedEvent(sessionId, 19900))
    expect((await webhook(expiredEvent(sessionId))).json()).toEqual({ status: 'ignored' })
    expect((await get(student, enrollment.id)).status).toBe('active')
  })

  it('ignores a webhook for an unknown session', async () => {
    expect((await webhook(completedEvent('cs_test_nobody', 19900))).json()).toEqual({ status: 'ignored' })
  })

  it('keeps the enrollment pending when the amount paid is not the price, visible to admins', async () => {
    const { enrollment, course, sessionId } = await pending()
    await webhook(completedEvent(sessionId, 100))
    const roster = await t.app.inject({
      url: `/enrollments?course_id=${course.course_id}`,
      headers: (await t.user('admin')).headers,
    })
    expect(roster.json().items[0]).toMatchObject({
      id: enrollment.id,
      status: 'pending_payment',
      payment_status: 'pending',
    })
    expect(roster.json().items[0].payment_issue).toMatch(/Paid 1\.00 USD, expected 199\.00 USD/)
  })

  it('drops the enrollment on checkout.session.expired with "Payment not completed", freeing the seat', async () => {
    const { student, enrollment, course, sessionId } = await pending({ max_students: 1 })
    expect((await t.enroll(await t.user(), course.course_id)).json().error_code).toBe('COURSE_FULL')
    await webhook(expiredEvent(sessionId))
    expect((await get(student, enrollment.id)).status).toBe('dropped')
    expect((await history(student, enrollment.id)).at(-1)).toMatchObject({
      to_status: 'dropped',
      reason: 'Payment not completed',
    })
    expect((await t.enroll(await t.user(), course.course_id)).statusCode).toBe(201)
  })

  it('counts pending holds toward max_students and frees them once PAYMENT_HOLD_MINUTES pass', async () => {
    const { student, enrollment, course } = await pending({ max_students: 2 })
    expect((await t.enroll(await t.user(), course.course_id)).statusCode).toBe(201)
    expect((await t.enroll(await t.user(), course.course_id)).json().error_code).toBe('COURSE_FULL')
    t.clock.advance(31 * 60_000)
    expect((await t.enroll(await t.user(), course.course_id)).statusCode).toBe(201)
    expect((await get(student, enrollment.id)).status).toBe('dropped')
    expect((await history(student, enrollment.id)).at(-1).reason).toBe('Payment not completed')
  })

  it('refunds a payment that arrives after its hold was released', async () => {
    const { student, enrollment, sessionId } = await pending()
    await t.app.inject({ method: 'DELETE', url: `/enrollments/${enrollment.id}`, headers: student.headers })
    await webhook(completedEvent(sessionId, 19900, undefined, 'pi_late'))
    expect(await get(student, enrollment.id)).toMatchObject({ status: 'dropped', payment_status: 'refunded' })
    expect(
      stripe.requests.findLast((request) => request.path === '/v1/refunds')!.form.get('payment_intent'),
    ).toBe('pi_late')
  })
})

describe('refunds', () => {
  async function paid() {
    const ctx = await pending()
    const paymentIntent = `pi_${randomBytes(6).toString('hex')}`
    await webhook(completedEvent(ctx.sessionId, 19900, undefined, paymentIntent))
    return { ...ctx, paymentIntent }
  }
  const drop = (student: User, id: number) =>
    t.app.inject({ method: 'DELETE', url: `/enrollments/${id}`, headers: student.headers })

  it('refunds through Stripe when dropped within the window and before 30 % completion', async () => {
    const { student, enrollment, paymentIntent } = await paid()
    const response = await drop(student, enrollment.id)
    expect(response.json().message).toBe('Enrollment dropped; payment refunded')
    const refund = stripe.requests.findLast((request) => request.path === '/v1/refunds')!
    expect(refund.form.get('payment_intent')).toBe(paymentIntent)
    expect(refund.idempotencyKey).toBe(`refund-${enrollment.id}-${paymentIntent}`)
    expect(await get(student, enrollment.id)).toMatchObject({ status: 'dropped', payment_status: 'refunded' })
    expect((await history(student, enrollment.id)).at(-1).reason).toBe('Dropped; payment refunded')
  })

  it('does not refund at 30 % completion or after REFUND_WINDOW_DAYS', async () => {
    const first = await paid()
    await t.deliver(progressEvent(first.enrollment, 30, 1))
    const second = await paid()
    t.clock.advance(15 * 24 * 60 * 60_000)
    const refundsBefore = stripe.requests.filter((request) => request.path === '/v1/refunds').length
    for (const { student, enrollment } of [first, second]) {
      expect((await drop(student, enrollment.id)).json().message).toBe('Enrollment dropped')
      expect((await get(student, enrollment.id)).payment_status).toBe('completed')
    }
    expect(stripe.requests.filter((request) => request.path === '/v1/refunds')).toHaveLength(refundsBefore)
  })

  it('answers 503 and keeps the enrollment when Stripe cannot refund', async () => {
    const { student, enrollment } = await paid()
    stripe.state.down = true
    try {
      expect((await drop(student, enrollment.id)).statusCode).toBe(503)
    } finally {
      stripe.state.down = false
    }
    expect((await get(student, enrollment.id)).status).toBe('active')
  })

  it('drops the enrollment when Stripe reports a refund (charge.refunded)', async () => {
    const { student, enrollment, paymentIntent } = await paid()
    const refunded = stripeEvent('charge.refunded', {
      id: 'ch_1',
      object: 'charge',
      refunded: true,
      payment_intent: paymentIntent,
    })
    expect((await webhook(refunded)).json()).toEqual({ status: 'processed' })
    expect(await get(student, enrollment.id)).toMatchObject({ status: 'dropped', payment_status: 'refunded' })
    expect((await history(student, enrollment.id)).at(-1).reason).toBe('Payment refunded')
  })
})

describe('payments under concurrency', () => {
  it('activates once when 20 webhooks for one session arrive at once', async () => {
    const { student, enrollment, sessionId } = await pending()
    const sameEvent = eventId()
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        webhook(completedEvent(sessionId, 19900, i < 10 ? sameEvent : undefined, 'pi_once')),
      ),
    )
    const outcomes = responses.map((response) => response.json().status)
    expect(outcomes.filter((status) => status === 'processed')).toHaveLength(1)
    expect(outcomes.filter((status) => status === 'duplicate').length).toBeGreaterThanOrEqual(9)
    const activations = (await history(student, enrollment.id)).filter(
      (entry: { to_status: string }) => entry.to_status === 'active',
    )
    expect(activations).toHaveLength(1)
    expect((await get(student, enrollment.id)).payment_id).toBe('pi_once')
  })

  it('has exactly one outcome when the hold expires while the payment webhook arrives', async () => {
    for (let round = 0; round < 3; round++) {
      const { student, enrollment, course, sessionId } = await pending({ max_students: 1 })
      t.clock.advance(31 * 60_000)
      const other = await t.user()
      const [paidResponse, otherResponse] = await Promise.all([
        webhook(completedEvent(sessionId, 19900)),
        t.enroll(other, course.course_id),
      ])
      expect(paidResponse.statusCode).toBe(200)
      const first = await get(student, enrollment.id)
      if (first.status === 'active') {
        expect(otherResponse.json().error_code).toBe('COURSE_FULL')
      } else {
        expect(first).toMatchObject({ status: 'dropped', payment_status: 'refunded' })
        expect(otherResponse.statusCode).toBe(201)
      }
      const roster = await t.app.inject({
        url: `/enrollments?course_id=${course.course_id}`,
        headers: (await t.user('admin')).headers,
      })
      const holding = roster.json().items.filter((item: { status: string }) => item.status !== 'dropped')
      expect(holding).toHaveLength(1)
    }
  })
})

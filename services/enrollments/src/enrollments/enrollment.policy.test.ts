import { describe, expect, it } from 'vitest'
import { freesSeat, paymentFor, takesSeat } from './enrollment.policy.js'

describe('paymentFor', () => {
  const now = new Date('2026-01-01T00:00:00Z')
  const none = {
    paymentStatus: null,
    paymentAmount: null,
    paymentId: null,
    paymentProvider: null,
    paidAt: null,
  }

  it('leaves payment empty for a free course, whatever the request says', () => {
    expect(paymentFor('0.00', { payment_id: 'p1', payment_amount: 10 }, now)).toEqual(none)
  })

  it('records nothing paid without payment_id (paid courses go through checkout)', () => {
    expect(paymentFor('49.99', {}, now)).toEqual(none)
  })

  it("records an admin's grant by hand as manual, keeping the amount paid", () => {
    expect(paymentFor('49.99', { payment_id: 'p1', payment_amount: '45' }, now)).toEqual({
      paymentStatus: 'completed',
      paymentAmount: '45.00',
      paymentId: 'p1',
      paymentProvider: 'manual',
      paidAt: now,
    })
  })
})

describe('takesSeat', () => {
  it('takes a seat when entering the course or coming back from dropped, suspended or the waitlist', () => {
    expect(takesSeat(undefined, 'active')).toBe(true)
    expect(takesSeat('dropped', 'active')).toBe(true)
    expect(takesSeat('suspended', 'active')).toBe(true)
    expect(takesSeat('waitlisted', 'active')).toBe(true)
  })

  it('takes no new seat between seat-holding statuses, when suspending, dropping or waitlisting', () => {
    expect(takesSeat('pending_payment', 'active')).toBe(false)
    expect(takesSeat('active', 'suspended')).toBe(false)
    expect(takesSeat('dropped', 'suspended')).toBe(false)
    expect(takesSeat('active', 'dropped')).toBe(false)
    expect(takesSeat(undefined, 'waitlisted')).toBe(false)
  })
})

describe('freesSeat', () => {
  it('frees the seat when a seat holder is suspended or dropped, not when a waitlisted student leaves', () => {
    expect(freesSeat('active', 'suspended')).toBe(true)
    expect(freesSeat('active', 'dropped')).toBe(true)
    expect(freesSeat('pending_payment', 'dropped')).toBe(true)
    expect(freesSeat('waitlisted', 'dropped')).toBe(false)
    expect(freesSeat('suspended', 'dropped')).toBe(false)
  })
})

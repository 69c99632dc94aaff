import { describe, expect, it } from 'vitest'
import { paymentFor, takesSeat } from './enrollment.service.js'

describe('paymentFor', () => {
  it('leaves payment empty for a free course, whatever the request says', () => {
    expect(paymentFor('0.00', { payment_id: 'p1', payment_amount: 10 })).toEqual({
      paymentStatus: null,
      paymentAmount: null,
      paymentId: null,
    })
  })

  it('is pending without payment_id and charges the course price by default', () => {
    expect(paymentFor('49.99', {})).toEqual({
      paymentStatus: 'pending',
      paymentAmount: '49.99',
      paymentId: null,
    })
  })

  it('is completed with payment_id and keeps the amount paid', () => {
    expect(paymentFor('49.99', { payment_id: 'p1', payment_amount: '45' })).toEqual({
      paymentStatus: 'completed',
      paymentAmount: '45.00',
      paymentId: 'p1',
    })
  })
})

describe('takesSeat', () => {
  it('takes a seat when entering the course or coming back from dropped', () => {
    expect(takesSeat(undefined, 'active')).toBe(true)
    expect(takesSeat('dropped', 'active')).toBe(true)
    expect(takesSeat('dropped', 'suspended')).toBe(true)
  })

  it('takes no new seat between seat-holding statuses or when dropping', () => {
    expect(takesSeat('suspended', 'active')).toBe(false)
    expect(takesSeat('active', 'suspended')).toBe(false)
    expect(takesSeat('active', 'dropped')).toBe(false)
  })
})

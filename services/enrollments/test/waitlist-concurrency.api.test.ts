import { describe } from 'vitest'
import { type EnrollmentsTestApp, useEnrollmentsTestApp } from './helpers.js'
import { waitlistConcurrencySuite } from './waitlist.suite.js'

let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

describe('waitlist and Idempotency-Key under concurrency (PGlite, or DATABASE_URL)', () => {
  waitlistConcurrencySuite(() => t)
})

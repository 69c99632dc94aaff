import { afterAll, beforeAll, describe } from 'vitest'
import { createEnrollmentsTestApp, type EnrollmentsTestApp } from './helpers.js'
import { waitlistConcurrencySuite } from './waitlist.suite.js'

let t: EnrollmentsTestApp
beforeAll(async () => {
  t = await createEnrollmentsTestApp()
})
afterAll(() => t.close())

describe('waitlist and Idempotency-Key under concurrency (PGlite, or DATABASE_URL)', () => {
  waitlistConcurrencySuite(() => t)
})

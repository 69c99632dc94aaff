import { describe, expect, it } from 'vitest'
import { type EnrollmentsTestApp, useEnrollmentsTestApp } from './helpers.js'
import { waitlistConcurrencySuite } from './waitlist.suite.js'

// On real PostgreSQL (npm run test:faults sets DATABASE_URL; its global setup fails, naming what
// is missing, when PostgreSQL is not there): requests race on separate pooled connections.
let t: EnrollmentsTestApp
useEnrollmentsTestApp((started) => (t = started))

describe('waitlist and Idempotency-Key under concurrency on PostgreSQL', () => {
  it('runs on PostgreSQL, not PGlite', () => {
    expect(process.env.DATABASE_URL).toMatch(/^postgres/)
  })
  waitlistConcurrencySuite(() => t)
})

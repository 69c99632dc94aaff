import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limit.js'

/** Which of the requests at these times (ms) pass a limiter of 10 r/s, burst 20. */
function decisions(times: number[], key = '192.0.2.1') {
  let clock = 0
  const limiter = createRateLimiter({ perSecond: 10, burst: 20 }, { now: () => clock })
  return times.map((at) => {
    clock = at
    return limiter.allow(key)
  })
}

const count = (values: boolean[], wanted: boolean) => values.filter((value) => value === wanted).length

describe('rate limiter (Nginx limit_req rate=10r/s burst=20 nodelay)', () => {
  it('lets burst + 1 requests through at once, then refuses', () => {
    const result = decisions(Array.from({ length: 30 }, () => 0))
    expect(count(result, true)).toBe(21)
    expect(result.slice(0, 21).every(Boolean)).toBe(true)
  })

  it('lets one more request through every 100 ms after the burst is spent', () => {
    const burst = Array.from({ length: 21 }, () => 0)
    expect(decisions([...burst, 50, 99, 100, 150, 200])).toEqual([
      ...burst.map(() => true),
      false,
      false,
      true,
      false,
      true,
    ])
  })

  it('never refuses a client at 10 r/s, however long', () => {
    expect(decisions(Array.from({ length: 500 }, (_, i) => i * 100)).every(Boolean)).toBe(true)
  })

  it('never refuses bursts of 10 paced at 7 r/s (the login sequence of issue 8)', () => {
    // 10 requests at once, then a pause, averaging 7 r/s: fixed windows of 20 per 2 s refused some.
    const times = Array.from({ length: 100 }, (_, i) => Math.floor(i / 10) * Math.round(10_000 / 7))
    expect(decisions(times).every(Boolean)).toBe(true)
  })

  it('refuses a client above the rate once its burst is used up, and keeps the rate it allows', () => {
    // 20 r/s for 10 s: 21 at the start, then 10 per second.
    const result = decisions(Array.from({ length: 200 }, (_, i) => i * 50))
    expect(count(result, true)).toBeGreaterThanOrEqual(21 + 98)
    expect(count(result, true)).toBeLessThanOrEqual(21 + 100)
  })

  it('counts each client on its own', () => {
    let clock = 0
    const limiter = createRateLimiter({ perSecond: 1, burst: 0 }, { now: () => clock })
    expect(limiter.allow('a')).toBe(true)
    expect(limiter.allow('a')).toBe(false)
    expect(limiter.allow('b')).toBe(true)
    clock = 1000
    expect(limiter.allow('a')).toBe(true)
  })

  it('forgets idle clients, and a forgotten client starts afresh', () => {
    const clock = 0
    const limiter = createRateLimiter({ perSecond: 1, burst: 0 }, { now: () => clock, maxKeys: 2 })
    expect(limiter.allow('a')).toBe(true)
    expect(limiter.allow('b')).toBe(true)
    // A third key pushes out the least recently used one (a), which then starts fresh.
    expect(limiter.allow('c')).toBe(true)
    expect(limiter.allow('a')).toBe(true)
    expect(limiter.allow('c')).toBe(false)
  })
})

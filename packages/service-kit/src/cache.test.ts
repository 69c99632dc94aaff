import { afterAll, describe, expect, it } from 'vitest'
import { createCache } from './cache.js'
import { createMemoryStore } from './memory-store.js'

// Nothing listens on port 1: Redis that is down.
const down = createCache({ redisUrl: 'redis://127.0.0.1:1' })
afterAll(() => down.close())

describe('createCache', () => {
  it('keeps values with a time-to-live and counts in memory when no Redis URL is given', async () => {
    const cache = createCache({})
    await cache.set('k', 'v', 60)
    expect(await cache.get('k')).toBe('v')
    expect(await cache.ttl('k')).toBeGreaterThan(50)
    expect([await cache.increment('n', 60), await cache.increment('n', 60)]).toEqual([1, 2])
    await cache.del('k')
    expect(await cache.get('k')).toBeNull()
    await cache.close()
  })

  it('fails open when Redis is down: nothing cached, counters at 0, writes ignored', async () => {
    expect(await down.get('k')).toBeNull()
    await expect(down.set('k', 'v', 60)).resolves.toBeUndefined()
    expect(await down.increment('n', 60)).toBe(0)
    expect(await down.ttl('k')).toBe(0)
    await expect(down.ping()).rejects.toThrow()
  })
})

describe('in-process store', () => {
  it('expires keys and counters like Redis: gone after their time-to-live, counters restart', () => {
    let clock = 1_000_000
    const store = createMemoryStore(() => clock)
    store.set('k', 'v', 10)
    expect(store.increment('n', 5)).toBe(1)
    clock += 3_000
    expect(store.increment('n', 5)).toBe(2)
    expect(store.ttl('n')).toBe(2) // the counter keeps the time-to-live of its first increment
    expect(store.ttl('k')).toBe(7)
    clock += 2_000
    expect(store.increment('n', 5)).toBe(1)
    clock += 5_000
    expect(store.get('k')).toBeNull()
    expect(store.ttl('k')).toBe(0)
    store.close()
  })
})

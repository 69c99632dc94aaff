import { createCache } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { createCatalogCounts } from './catalog-counts.js'
import type { CatalogFilter } from './course.repository.js'

function setup(cache = createCache({})) {
  let stored = 7
  const counted: CatalogFilter[] = []
  const counts = createCatalogCounts(cache, async (filter) => {
    counted.push(filter)
    return stored
  })
  return { counts, counted, setStored: (n: number) => (stored = n) }
}

describe('catalog counts', () => {
  it('counts a filter set once and answers later reads from the cache', async () => {
    const { counts, counted } = setup()
    expect(await counts.total({ status: 'published' })).toBe(7)
    expect(await counts.total({ status: 'published' })).toBe(7)
    expect(counted).toHaveLength(1)
  })

  it('keeps separate counts per filter set', async () => {
    const { counts, counted } = setup()
    await counts.total({ status: 'published', category: 'a' })
    await counts.total({ status: 'published', category: 'b' })
    await counts.total({ status: 'published', category: 'a' })
    expect(counted.map((f) => f.category)).toEqual(['a', 'b'])
  })

  it('counts afresh after a write invalidated the catalog version', async () => {
    const { counts, counted, setStored } = setup()
    await counts.total({ status: 'published' })
    setStored(8)
    await counts.invalidate()
    expect(await counts.total({ status: 'published' })).toBe(8)
    expect(counted).toHaveLength(2)
  })

  it('counts every time when the cache is unavailable', async () => {
    const broken = {
      get: async () => null,
      set: async () => {},
      del: async () => {},
      increment: async () => 0,
      ttl: async () => 0,
      mustGetMany: async () => {
        throw new Error('down')
      },
      mustSet: async () => {
        throw new Error('down')
      },
      mustIncrement: async () => {
        throw new Error('down')
      },
      ping: async () => {
        throw new Error('down')
      },
      state: () => 'down' as const,
      close: async () => {},
    }
    const { counts, counted } = setup(broken)
    await counts.total({ status: 'published' })
    await counts.total({ status: 'published' })
    expect(counted).toHaveLength(2)
  })
})

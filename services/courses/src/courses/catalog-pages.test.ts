import { createCache } from '@smartcourse/service-kit'
import { describe, expect, it } from 'vitest'
import { createCatalogCounts } from './catalog-counts.js'
import { createCatalogPages } from './catalog-pages.js'

function setup(options?: { enabled: boolean }) {
  const cache = createCache({})
  const pages = createCatalogPages(
    cache,
    createCatalogCounts(cache, async () => 0),
    options,
  )
  let renders = 0
  const read = () =>
    pages.read(['page', 1], async (version) => {
      renders += 1
      return `body ${renders} under ${version}`
    })
  return { read, renders: () => renders }
}

describe('catalog pages', () => {
  it('renders a page once per catalog version by default', async () => {
    const { read, renders } = setup()
    const first = await read()
    expect(await read()).toBe(first)
    expect(renders()).toBe(1)
  })

  it('renders every read with the page cache switched off (CATALOG_PAGE_CACHE=false)', async () => {
    const { read, renders } = setup({ enabled: false })
    const first = await read()
    const second = await read()
    expect(renders()).toBe(2)
    expect(second).not.toBe(first)
    // Still under the current catalog version, so the counts it reads stay cached.
    expect(second.split(' under ')[1]).toBe(first.split(' under ')[1])
  })
})

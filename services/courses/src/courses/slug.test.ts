import { describe, expect, it } from 'vitest'
import { nextSlug, slugify } from './slug.js'

describe('slugify', () => {
  it('lowercases, drops accents and joins words with single dashes', () => {
    expect(slugify('  Intro to SQL: Joins & Más!  ')).toBe('intro-to-sql-joins-mas')
  })

  it('falls back to "course" when nothing usable is left', () => {
    expect(slugify('!!! ???')).toBe('course')
  })

  it('keeps slugs short enough for a numeric suffix', () => {
    const slug = slugify(`${'a'.repeat(150)} ${'b'.repeat(150)}`)
    expect(slug.length).toBeLessThanOrEqual(200)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('nextSlug', () => {
  it('uses the base when it is free', () => {
    expect(nextSlug('intro', ['intro-2'])).toBe('intro')
  })

  it('continues after the highest numeric suffix', () => {
    expect(nextSlug('intro', ['intro', 'intro-2', 'intro-7', 'intro-sql'])).toBe('intro-8')
  })

  it('starts at 2 on the first collision', () => {
    expect(nextSlug('intro', ['intro', 'intro-sql'])).toBe('intro-2')
  })
})
